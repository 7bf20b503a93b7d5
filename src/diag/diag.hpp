// Diagnostics: a place in a file, a message and a hint, and the one error type that carries them.
#pragma once
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace hwk {

/// A place in a file; line and column count from 1, 0 meaning unknown (the whole file or line).
struct SourceLoc {
  std::filesystem::path path;
  int line = 0;
  int col = 0;
  bool operator==(const SourceLoc&) const = default;
};

enum class Severity { error, warning, note };

struct Diagnostic {
  SourceLoc loc;
  Severity severity = Severity::error;
  std::string message;  ///< lowercase, no full stop, subjects quoted
  std::string hint;     ///< optional advice printed on its own line
};

/// Exit statuses of the command-line contract.
enum ExitStatus : int { exit_ok = 0, exit_invalid = 1, exit_usage = 2, exit_interrupted = 130 };

/// The error every layer throws, for one problem or for many (a file that failed validation): its
/// diagnostics, never none, and the exit status they lead to.
class Error : public std::runtime_error {
 public:
  explicit Error(Diagnostic d, int status = exit_invalid);
  Error(SourceLoc loc, std::string message, std::string hint = {});
  /// An error with no place in a file (a bad argument or environment).
  explicit Error(std::string message, std::string hint = {});
  /// Every problem found in one phase; exit status 1.
  explicit Error(std::vector<Diagnostic> diags, int status = exit_invalid);
  /// The first problem, for callers that tell one.
  const Diagnostic& diagnostic() const { return diags_.front(); }
  const std::vector<Diagnostic>& diagnostics() const { return diags_; }
  int status() const { return status_; }

 private:
  std::vector<Diagnostic> diags_;
  int status_;
};

/// An error in how hwk was called: exit status 2.
Error usage_error(std::string message, std::string hint = {});

bool has_errors(const std::vector<Diagnostic>& diags);

/// Renders "path:line:col: error: message" and, when present, "  hint: …" on the next line.
/// Paths are shown relative to `base` when they lie under it. All text is made terminal-safe.
std::string format_diagnostic(const Diagnostic& d, const std::filesystem::path& base, bool color);

}  // namespace hwk
