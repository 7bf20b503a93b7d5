// Interactive questions on a terminal: a field's prompt with its anchors or choices, re-asked
// until the answer is valid.
#pragma once
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/line_reader.hpp"
#include "model/field_value.hpp"

namespace hwk {

class Prompter {
 public:
  Prompter(std::istream& in, std::ostream& out, bool color) : reader_(in, out, color), out_(out), color_(color) {}

  /// The language of the plan (en, es, fr): the words for yes and no in the prompt.
  void set_language(std::string language) { language_ = std::move(language); }

  /// Asks for `field`; an empty answer skips it unless `required`. A text field's answer may
  /// hold several lines. `history`: earlier answers to it, oldest first (Up and Down recall
  /// them). Throws InputStopped when the person stops or the input ends.
  std::optional<FieldValue> ask_field(const Field& field, bool required, const std::vector<std::string>& history = {});
  /// Asks a free-text question; empty allowed unless `required`; `multiline` lets the answer
  /// hold several lines.
  std::string ask_text(const std::string& question, const std::string& detail, bool required, bool multiline = false,
                       const std::vector<std::string>& history = {});
  /// Asks until `check` finds nothing wrong with the answer (it returns what is wrong, or empty).
  std::string ask_checked(const std::string& question, const std::string& detail, const std::function<std::string(const std::string&)>& check);
  /// Asks until the answer is one of the letters in `choices`; returns it (lowercase).
  char ask_choice(const std::string& question, const std::string& choices);

 private:
  /// One answer, asked again while it holds a control character.
  std::string read_answer(bool multiline, const std::vector<std::string>& history);
  LineReader reader_;
  std::string language_;
  std::ostream& out_;
  bool color_;
};

}  // namespace hwk
