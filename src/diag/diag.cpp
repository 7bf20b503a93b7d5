// Diagnostic formatting and the error type.
#include "diag/diag.hpp"

#include "util/term_safe.hpp"

namespace hwk {

Error::Error(Diagnostic d, int status) : Error(std::vector<Diagnostic>{std::move(d)}, status) {}

Error::Error(SourceLoc loc, std::string message, std::string hint)
    : Error(Diagnostic{std::move(loc), Severity::error, std::move(message), std::move(hint)}) {}

Error::Error(std::string message, std::string hint) : Error(SourceLoc{}, std::move(message), std::move(hint)) {}

Error usage_error(std::string message, std::string hint) {
  return Error(Diagnostic{{}, Severity::error, std::move(message), std::move(hint)}, exit_usage);
}

Error::Error(std::vector<Diagnostic> diags, int status)
    : std::runtime_error(diags.empty() ? "invalid data" : diags.front().message), diags_(std::move(diags)), status_(status) {
  if (diags_.empty()) diags_.push_back({{}, Severity::error, "invalid data", {}});
}

bool has_errors(const std::vector<Diagnostic>& diags) {
  for (const auto& d : diags) {
    if (d.severity == Severity::error) return true;
  }
  return false;
}

std::string format_diagnostic(const Diagnostic& d, const std::filesystem::path& base, bool color) {
  std::string out;
  if (!d.loc.path.empty()) {
    std::filesystem::path shown = d.loc.path;
    if (!base.empty() && shown.is_absolute()) {
      const auto rel = shown.lexically_relative(base);
      if (!rel.empty() && *rel.begin() != "..") shown = rel;
    }
    out += terminal_safe(shown.string());
    if (d.loc.line > 0) {
      out += ":" + std::to_string(d.loc.line);
      if (d.loc.col > 0) out += ":" + std::to_string(d.loc.col);
    }
    out += ": ";
  } else {
    out += "hwk: ";
  }
  const char* word = d.severity == Severity::error ? "error" : d.severity == Severity::warning ? "warning" : "note";
  const char* tint = d.severity == Severity::error ? "\033[1;31m" : d.severity == Severity::warning ? "\033[1;35m" : "\033[1;36m";
  if (color) out += tint;
  out += word;
  if (color) out += "\033[0m";
  out += ": " + terminal_safe(d.message) + "\n";
  if (!d.hint.empty()) out += "  hint: " + terminal_safe(d.hint) + "\n";
  return out;
}

}  // namespace hwk
