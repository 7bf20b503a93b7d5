// A client's plan: who they are, their goals, and the homework assigned to them.
#pragma once
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diag/diag.hpp"
#include "model/crisis.hpp"
#include "model/practice_rule.hpp"
#include "model/schedule_rule.hpp"
#include "util/time.hpp"

namespace hwk {

/// One rung of a graded assignment (a fear hierarchy, a graded task).
struct Step {
  std::string id;  ///< its own id, or its number ("1", "2", …) when the plan gives none
  std::string title;
  std::vector<std::pair<std::string, double>> expected;  ///< anticipated ratings, e.g. suds = 40
  std::string advance_text;                              ///< the rule as written ("" when the step has none)
  std::optional<AdvanceRule> advance;                    ///< this step's rule, else the assignment's
  SourceLoc advance_loc;                                 ///< where the rule's text starts (for messages)
  SourceLoc loc;
};

/// "When distress >= 8, suggest paced-breathing": a follow-up offered right after a record.
struct Trigger {
  std::string when_text;
  std::vector<Condition> when;
  SourceLoc when_loc;
  std::string suggest;  ///< a template id to try, or empty
  std::string message;  ///< what to tell the client, or empty
  SourceLoc loc;
};

struct Assignment {
  std::string id;
  std::string template_id;
  std::optional<int> template_version;  ///< nothing: the newest copy in the client's templates/
  std::string schedule_text;
  Schedule schedule;
  std::vector<std::chrono::minutes> times;  ///< local times of day
  std::optional<date::year_month_day> start, end;
  std::string goal;
  std::string why;
  std::string backup;
  std::string advance_text;  ///< the rule every step uses unless it has its own
  std::optional<AdvanceRule> advance;
  SourceLoc advance_loc;
  std::vector<Step> steps;  ///< graded steps, in order (empty: not graded)
  std::vector<Trigger> triggers;
  SourceLoc loc;

  /// The rule that moves the client on from step `index`, if any.
  const AdvanceRule* advance_rule(std::size_t index) const {
    if (index < steps.size() && steps[index].advance) return &*steps[index].advance;
    return advance ? &*advance : nullptr;
  }
  /// The index of the step with id `id`, if it is one of this assignment's.
  std::optional<std::size_t> step_index(std::string_view step_id) const {
    for (std::size_t i = 0; i < steps.size(); ++i) {
      if (steps[i].id == step_id) return i;
    }
    return std::nullopt;
  }
};

struct Plan {
  std::string client;
  std::string name;
  std::string timezone;
  Zone zone = nullptr;
  std::string language;
  bool discreet = false;                  ///< reminders say "practice time" instead of the activity's title
  std::optional<double> stall_threshold;  ///< adherence (0–1) below which practice has stalled
  CrisisTexts crisis;                     ///< this client's own crisis text, by language (before the practice's)
  std::vector<std::string> goals;
  std::vector<LocalTime> sessions;  ///< planned sessions, local wall-clock time
  std::vector<Assignment> assignments;
  std::filesystem::path path;

  const Assignment* find_assignment(std::string_view id) const {
    for (const auto& a : assignments) {
      if (a.id == id) return &a;
    }
    return nullptr;
  }
};

}  // namespace hwk
