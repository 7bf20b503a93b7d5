// Interactive questions on a terminal: a field's prompt with its anchors or choices, re-asked
// until the answer is valid.
#pragma once
#include <iosfwd>
#include <optional>
#include <string>

#include "model/field_value.hpp"

namespace hwk {

class Prompter {
 public:
  Prompter(std::istream& in, std::ostream& out, bool color) : in_(in), out_(out), color_(color) {}

  /// Asks for `field`; an empty answer skips it unless `required`. Throws Error when input ends.
  std::optional<FieldValue> ask_field(const Field& field, bool required);
  /// Asks a free-text question; empty allowed unless `required`.
  std::string ask_text(const std::string& question, const std::string& detail, bool required);
  /// Asks until the answer is one of the letters in `choices`; returns it (lowercase).
  char ask_choice(const std::string& question, const std::string& choices);

 private:
  std::string read_line();
  std::istream& in_;
  std::ostream& out_;
  bool color_;
};

}  // namespace hwk
