// Conflict markers that git leaves in a file when a merge needs a person: found so that a file
// merged by hand and committed with its markers is reported as such, not as a syntax error.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hwk {

/// The (first, last) lines, counted from 1, of each complete conflict block in `text`: a line
/// "<<<<<<<" (or "<<<<<<< LABEL"), later a line "=======", later a line ">>>>>>>" (or with a
/// label). Lone markers are not blocks, so text that merely contains "=======" is not one.
std::vector<std::pair<int, int>> merge_conflict_blocks(std::string_view text);

struct MergeConflictReport {
  int line = 0;         ///< the first block's first line
  std::string message;  ///< e.g. "unresolved merge conflict at lines 12-20 and 31-40"
  std::string hint;
};

/// A report of the conflict blocks in `text`, or nothing when it has none.
std::optional<MergeConflictReport> find_merge_conflicts(std::string_view text);

}  // namespace hwk
