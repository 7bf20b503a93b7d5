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

std::string Prompter::read_line() {
  out_ << paint("> ", Style::cyan, color_) << std::flush;
  std::string line;
  if (!std::getline(in_, line)) {
    out_ << "\n";
    throw Error("input ended before the record was complete; nothing was recorded");
  }
  return line;
}

std::optional<FieldValue> Prompter::ask_field(const Field& f, bool required) {
  out_ << paint(terminal_safe(f.label), Style::bold, color_)
       << paint(required ? " (required)" : " (optional, Enter to skip)", Style::dim, color_) << "\n";
  if (!f.prompt.empty()) out_ << "  " << terminal_safe(f.prompt) << "\n";
  if (!f.help.empty()) out_ << paint("  " + terminal_safe(f.help), Style::dim, color_) << "\n";
  if (f.type != FieldType::text) out_ << paint("  " + terminal_safe(describe_field_input(f)), Style::dim, color_) << "\n";
  for (;;) {
    const std::string line = read_line();
    if (trim(line).empty()) {
      if (!required) return std::nullopt;
      out_ << paint("  this one is needed for the record", Style::yellow, color_) << "\n";
      continue;
    }
    std::string error;
    if (auto v = parse_field_input(f, line, error)) return v;
    out_ << paint("  " + terminal_safe(error), Style::yellow, color_) << "\n";
  }
}

std::string Prompter::ask_text(const std::string& question, const std::string& detail, bool required) {
  out_ << paint(terminal_safe(question), Style::bold, color_) << "\n";
  if (!detail.empty()) out_ << paint("  " + terminal_safe(detail), Style::dim, color_) << "\n";
  for (;;) {
    const std::string line(trim(read_line()));
    // The rule every reader of the log applies: a text it refuses is asked for again.
    if (auto problem = text_value_problem(line); !problem.empty()) {
      out_ << paint("  " + terminal_safe(problem), Style::yellow, color_) << "\n";
      continue;
    }
    if (!line.empty() || !required) return line;
    out_ << paint("  this one is needed for the record", Style::yellow, color_) << "\n";
  }
}

char Prompter::ask_choice(const std::string& question, const std::string& choices) {
  for (;;) {
    out_ << terminal_safe(question) << " ";
    const std::string line = to_lower(trim(read_line()));
    if (line.size() == 1 && choices.find(line[0]) != std::string::npos) return line[0];
  }
}

}  // namespace hwk
