// The completion engine behind `hwk _complete` (cmd_complete.cpp, which documents the protocol):
// the candidates for a command line, read from the command tree main builds (its commands,
// options, validators and type names) and, for ids, from a CompletionSource.
#pragma once
#include <CLI/CLI.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/context.hpp"

namespace hwk {

/// One completion candidate (the protocol of `hwk _complete line`, in cmd_complete.cpp): its kind
/// ("command", "option", "value", "client", …, or "file" and "directory" for a path the shell
/// completes after `word`), the word, and a short description.
struct Completion {
  std::string kind, word, description;
  bool operator==(const Completion&) const = default;
};

/// What completion reads from the practice.
class CompletionSource {
 public:
  virtual ~CompletionSource() = default;
  virtual bool is_client(const std::string& word) = 0;
  /// Whether a command's optional CLIENT may be left out (one client, or a client's own repository).
  virtual bool has_implied_client() = 0;
  /// The ids of `kind` ("client", "template", "assignment", "field", "step", "record", "language",
  /// "zone"), given what the line has named, by type name: CLIENT, ASSIGNMENT, TEMPLATE.
  virtual std::vector<std::string> ids(const std::string& kind, const std::map<std::string, std::string>& named) = 0;
};

/// The ids of the practice `ctx` names (or of none: only templates and zones), each one that can
/// go into a command line as it is; a practice that cannot be read gives none.
std::unique_ptr<CompletionSource> practice_completion_source(const Context& ctx);

/// The candidates for the last of `words` (the words after the program's name, up to the cursor),
/// read from the command tree `root` as main builds it: its commands, options, validators and
/// type names.
std::vector<Completion> complete_line(CLI::App& root, const std::vector<std::string>& words, CompletionSource& source);

}  // namespace hwk
