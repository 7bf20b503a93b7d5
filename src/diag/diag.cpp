// Diagnostic formatting and the error types.
#include "diag/diag.hpp"

#include "util/term_safe.hpp"

namespace hwk {

Error::Error(Diagnostic d, int status) : std::runtime_error(d.message), diag_(std::move(d)), status_(status) {}

Error::Error(SourceLoc loc, std::string message, std::string hint)
    : Error(Diagnostic{std::move(loc), Severity::error, std::move(message), std::move(hint)}) {}

Error::Error(std::string message, std::string hint) : Error(SourceLoc{}, std::move(message), std::move(hint)) {}

Error usage_error(std::string message, std::string hint) {
  return Error(Diagnostic{{}, Severity::error, std::move(message), std::move(hint)}, exit_usage);
}

Errors::Errors(std::vector<Diagnostic> diags)
    : std::runtime_error(diags.empty() ? "errors" : diags.front().message), diags_(std::move(diags)) {}

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
