// The interactive prompt.
#include "cli/prompt.hpp"

#include <istream>
#include <ostream>

#include "cli/terminal.hpp"
#include "diag/diag.hpp"
#include "model/text_value.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {

std::string Prompter::read_answer(bool multiline, const std::vector<std::string>& history) {
  for (;;) {
    std::string answer = reader_.read(multiline, history);
    const std::string control = control_character_problem(answer, multiline);
    if (control.empty()) return answer;
    out_ << paint("  That answer has a key in it that is not text (" + control + "). Please type it again.", Style::yellow, color_) << "\n";
  }
}

std::optional<FieldValue> Prompter::ask_field(const Field& f, bool required, const std::vector<std::string>& history) {
  out_ << paint(terminal_safe(f.label), Style::bold, color_) << paint(required ? " (required)" : " (optional, Enter to skip)", Style::dim, color_)
       << "\n";
  if (!f.prompt.empty()) out_ << "  " << terminal_safe(f.prompt) << "\n";
  if (!f.help.empty()) out_ << paint("  " + terminal_safe(f.help), Style::dim, color_) << "\n";
  const std::string yes_or_no = language_.starts_with("es") ? "sí o no" : language_.starts_with("fr") ? "oui ou non" : "";
  if (f.type != FieldType::text) {
    const std::string takes = f.type == FieldType::yesno && !yes_or_no.empty() ? yes_or_no : describe_field_input(f);
    out_ << paint("  " + terminal_safe(takes), Style::dim, color_) << "\n";
  }
  for (;;) {
    const std::string line = read_answer(f.type == FieldType::text, history);
    if (trim(line).empty()) {
      if (!required) return std::nullopt;
      out_ << paint("  this one is needed for the record", Style::yellow, color_) << "\n";
      continue;
    }
    std::string error;
    if (auto v = parse_field_input(f, line, error)) return v;
    if (f.type == FieldType::yesno && !yes_or_no.empty()) error = "'" + line + "': " + yes_or_no + "?";
    out_ << paint("  " + terminal_safe(error), Style::yellow, color_) << "\n";
  }
}

std::string Prompter::ask_text(const std::string& question, const std::string& detail, bool required, bool multiline,
                               const std::vector<std::string>& history) {
  out_ << paint(terminal_safe(question), Style::bold, color_) << "\n";
  if (!detail.empty()) out_ << paint("  " + terminal_safe(detail), Style::dim, color_) << "\n";
  for (;;) {
    const std::string line(trim(read_answer(multiline, history)));
    // The rule every reader of the log applies: a text it refuses is asked for again.
    if (auto problem = text_value_problem(line); !problem.empty()) {
      out_ << paint("  " + terminal_safe(problem), Style::yellow, color_) << "\n";
      continue;
    }
    if (!line.empty() || !required) return line;
    out_ << paint("  this one is needed for the record", Style::yellow, color_) << "\n";
  }
}

std::string Prompter::ask_checked(const std::string& question, const std::string& detail,
                                  const std::function<std::string(const std::string&)>& check) {
  out_ << paint(terminal_safe(question), Style::bold, color_) << "\n";
  if (!detail.empty()) out_ << paint("  " + terminal_safe(detail, Newlines::keep), Style::dim, color_) << "\n";
  for (;;) {
    const std::string answer(trim(read_answer(false, {})));
    const std::string problem = check(answer);
    if (problem.empty()) return answer;
    out_ << paint("  " + terminal_safe(problem), Style::yellow, color_) << "\n";
  }
}

char Prompter::ask_choice(const std::string& question, const std::string& choices) {
  for (;;) {
    out_ << terminal_safe(question) << " ";
    const std::string line = to_lower(trim(read_answer(false, {})));
    if (line.size() == 1 && choices.find(line[0]) != std::string::npos) return line[0];
  }
}

}  // namespace hwk
