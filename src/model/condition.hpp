// One condition on a record's answer ("urge_suicide >= 3", "self_harm = yes"): the words that
// advance rules, triggers and a template's risk conditions share. Parsed and judged in
// practice_rule.hpp.
#pragma once
#include <cstddef>
#include <string>

namespace hwk {

enum class Comparison { less, less_equal, equal, not_equal, greater_equal, greater };
const char* comparison_text(Comparison c);

/// FIELD OP VALUE: suds_peak <= 40 on a number, scale or duration; self_harm = yes on a yes/no
/// field; acted = "did not act" on a choice (a chosen option), skills = mindfulness on a checklist
/// (a ticked item); bedtime > 23:00 on a time. Yes/no, choice and checklist answers compare with =
/// and != only.
struct Condition {
  std::string field;
  Comparison op = Comparison::less_equal;
  double value = 0;
  std::string word;              ///< the answer compared with when it is not a number (lowercase), else empty
  std::size_t column = 0;        ///< 0-based offset of the field's name in the phrase
  std::size_t value_column = 0;  ///< … and of the value
  bool operator==(const Condition&) const = default;
};

}  // namespace hwk
