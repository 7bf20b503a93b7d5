// Risk flags: practice records whose answers meet a risk condition of their template, each open
// until the clinician acknowledges it with an `ack` record. Pure: records and templates come in,
// so every clone that holds the same records (after any merge) shows the same flags.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/record.hpp"
#include "model/template.hpp"
#include "util/time.hpp"

namespace hwk {

/// One condition a record met.
struct RiskReason {
  std::string field;      ///< the field's id
  std::string label;      ///< its label, as the template words it
  std::string value;      ///< the answer, as a person reads it ("5", "yes")
  std::string condition;  ///< for a rating, the line it crossed ("4 or more"); else empty
};

struct RiskAck {
  std::string id;
  Instant at{};
  std::string note;
};

struct RiskFlag {
  std::string record;  ///< the practice record that raised it
  std::string assignment;
  Instant at{};
  std::vector<RiskReason> reasons;  ///< every condition met, in the template's order
  std::string reflection;           ///< the record's own words, if any
  std::optional<RiskAck> ack;       ///< the earliest acknowledgement, if any
  Instant recorded{};               ///< when the record was made (a record may be made days later)

  bool open() const { return !ack; }
};

/// The conditions of `tmpl`'s risk rules that `r` meets (a rule counts when all its conditions
/// are met); empty when none. Labels come from `shown` (the template as the reader sees it, e.g.
/// localized), values are judged against `tmpl` (what records store).
std::vector<RiskReason> risk_reasons(const Record& r, const Template& tmpl, const Template& shown);

/// Every flag raised by a practice record in `records` (a client's whole log, any order), oldest
/// first. `template_for(assignment)` gives the template a record is judged by (null: none).
/// Every practice record is judged, corrections included: a flag is the clinician's to clear.
std::vector<RiskFlag> risk_flags(const std::vector<Record>& records, const std::function<const Template*(const std::string&)>& template_for);

/// Whether `f` was raised at or before `t` and not acknowledged by then.
bool open_at(const RiskFlag& f, Instant t);

/// How many of `flags` are still open.
int open_flags(const std::vector<RiskFlag>& flags);

/// "1 record needs your attention", "3 records need your attention".
std::string attention_text(int open);

/// The client's current safety plan: the latest practice record (done or partial, not corrected by
/// a later one) of an assignment whose template is of kind `safety-plan`; with `until`, the plan
/// as it stood then.
struct SafetyPlan {
  const Record* record = nullptr;
  const Template* tmpl = nullptr;
  /// Each answered section as (label, answer), in the template's order.
  std::vector<std::pair<std::string, std::string>> sections;
};
std::optional<SafetyPlan> current_safety_plan(const std::vector<Record>& records,
                                              const std::function<const Template*(const std::string&)>& template_for,
                                              std::optional<Instant> until = std::nullopt);

/// "Your safety plan" in `language` (en, es, fr; others get English).
std::string safety_plan_heading(std::string_view language);

/// What a condition asks, for the clinician: "4 or more", "less than 2", "yes", "not 'calm'".
std::string condition_words(const Condition& c, const Field& f);

/// The line a client reads right after saving, in `language` (en, es, fr; others get English),
/// naming the field by its label: "You rated Thoughts of suicide 4 or more."
std::string client_risk_line(const Condition& c, const Field& shown, std::string_view language);

}  // namespace hwk
