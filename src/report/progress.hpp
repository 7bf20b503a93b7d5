// Graded steps and triggers: which step a client is on, how far the step's advance rule is met,
// and which follow-ups a record calls for. Pure: the plan, the records and the clock come in.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "model/practice_rule.hpp"
#include "model/record.hpp"
#include "model/template.hpp"

namespace hwk {

/// One change of step, from a `step` record.
struct StepChange {
  std::size_t index = 0;  ///< into Assignment::steps
  Instant at{};
  std::string record_id;
  std::string note;
};

struct StepState {
  std::size_t current = 0;               ///< index into Assignment::steps
  std::optional<Instant> since;          ///< when the current step began; nothing: from the start
  std::vector<StepChange> history;       ///< every change up to the clock, in order
  const AdvanceRule* rule = nullptr;     ///< what moves the client on, if anything
  std::optional<RuleProgress> progress;  ///< toward that rule, when there is one and a template
  int practices = 0;                     ///< practice records on the current step
  bool last = false;                     ///< the current step is the last one
  /// The rule is met and there is a step after this one.
  bool ready() const { return progress && progress->met && !last; }
};

/// The step `a` is on at `now`: the latest `step` record for it at or before `now` (ties broken by
/// id, so every clone agrees after a merge), else the first step. Progress counts the practice
/// records made since that step began that name it (or name no step). `a` must have steps.
StepState step_state(const Assignment& a, const Template* tmpl, const std::vector<Record>& records, Instant now);

/// "step 2 of 5: Ride the lift with a friend".
std::string step_label(const Assignment& a, std::size_t index);

/// The triggers of `a` that the record's values set off.
std::vector<const Trigger*> fired_triggers(const Assignment& a, const Template& tmpl, const Record& r);

/// How often each trigger fired in [from, to), counting effective practice records.
struct TriggerCount {
  const Trigger* trigger = nullptr;
  int fired = 0;
  std::optional<Instant> last;
};
std::vector<TriggerCount> trigger_counts(const Assignment& a, const Template& tmpl, const std::vector<Record>& records, Instant from, Instant to);

/// A concrete change the review proposes for practice that has stalled.
struct Adjustment {
  enum class Kind { smaller, fewer, time, rationale };
  Kind kind = Kind::smaller;
  std::string text;
};

/// Practice that has stalled: adherence over the window below the threshold.
struct Stall {
  double rate = 0;  ///< (done + 0.5·partial) / expected over the window
  int expected = 0;
  double threshold = 0.5;
  Instant from{}, to{};                                  ///< the window, [from, to)
  std::vector<std::pair<Instant, std::string>> reasons;  ///< what got in the way, in order, as the client said it
  std::vector<Adjustment> adjustments;
};

/// Whether practice of `a` has stalled over the `days` before `now` (adherence below `threshold`,
/// with at least 2 practices expected), and if so the adjustments the literature recommends:
/// a smaller step or task, fewer times, another time of day (naming the time most often missed),
/// and revisiting the rationale and barriers, quoting the reasons given. As-needed practice never
/// stalls.
std::optional<Stall> stalled_practice(const Assignment& a, const Template* tmpl, const std::vector<Record>& records,
                                      const std::vector<LocalTime>& sessions, Zone zone, Instant now, double threshold, unsigned week_start,
                                      int days = 14);

}  // namespace hwk
