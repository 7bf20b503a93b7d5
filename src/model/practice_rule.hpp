// The plain-word rules a plan gives graded steps and triggers: "3 done with suds_peak <= 40",
// "5 done in 7 days", "distress >= 8". Pure: parsing, and judging records against a rule.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/condition.hpp"
#include "model/record.hpp"
#include "model/template.hpp"
#include "util/time.hpp"

namespace hwk {

/// "COUNT done [in a row] [with CONDITION and …] [in N days|weeks]".
struct AdvanceRule {
  int count = 1;
  bool in_a_row = false;  ///< the last COUNT practices on the step were all done and met the conditions
  std::vector<Condition> conditions;
  std::optional<int> within_days;  ///< only practice in the last N days counts
  bool window_in_weeks = false;    ///< the window was written in weeks
};

/// What is wrong with a phrase, and where.
struct RuleError {
  std::size_t column = 0;  ///< 0-based offset of the word that is wrong
  std::string message;
  std::string hint;
};

std::variant<AdvanceRule, RuleError> parse_advance_rule(std::string_view phrase);
/// One or more conditions joined by "and".
std::variant<std::vector<Condition>, RuleError> parse_conditions(std::string_view phrase);

/// The canonical phrase of a rule or of conditions.
std::string describe_rule(const AdvanceRule& rule);
std::string describe_conditions(const std::vector<Condition>& conditions);

/// What is wrong with a condition for `tmpl`, or empty (about its field when `tmpl` lacks it,
/// else about its value): a field it lacks, a text field (which no
/// condition compares), an answer the field cannot take (a word on a scale, 7 on a 0–5 scale, an
/// option it does not offer), or an order (<, >) on answers that have none.
std::string condition_field_problem(const Condition& c, const Template& tmpl);
/// Where that problem lies in the phrase: at the field's name when the template lacks the field or
/// it holds text, else at the value.
std::size_t condition_problem_column(const Condition& c, const Template& tmpl);

/// Whether one value of `field` meets the condition.
bool value_meets(const Condition& c, const Field& field, const FieldValue& value);

/// Whether the record's values meet every condition (a missing value meets none).
bool meets(const Record& r, const Template& tmpl, const std::vector<Condition>& conditions);

/// How far `practices` (one step's effective practice records, oldest first, up to now) go
/// toward the rule: how many count, and whether that is enough.
struct RuleProgress {
  int counted = 0;
  int needed = 0;
  bool met = false;
};
RuleProgress rule_progress(const AdvanceRule& rule, const Template& tmpl, const std::vector<const Record*>& practices, Instant now);

}  // namespace hwk
