// Finding git's conflict markers.
#include "util/merge_conflicts.hpp"

namespace hwk {
namespace {

enum class Marker { none, ours, separator, theirs };

Marker marker_of(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  auto labelled = [&](std::string_view m) { return line == m || (line.starts_with(m) && line[m.size()] == ' '); };
  if (labelled("<<<<<<<")) return Marker::ours;
  if (line == "=======") return Marker::separator;
  if (labelled(">>>>>>>")) return Marker::theirs;
  return Marker::none;
}

}  // namespace

std::vector<std::pair<int, int>> merge_conflict_blocks(std::string_view text) {
  std::vector<std::pair<int, int>> blocks;
  if (text.find("<<<<<<<") == std::string_view::npos) return blocks;
  int line = 0, begin = 0;
  bool separated = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    ++line;
    switch (marker_of(text.substr(start, end - start))) {
      case Marker::ours:
        begin = line;
        separated = false;
        break;
      case Marker::separator:
        if (begin) separated = true;
        break;
      case Marker::theirs:
        if (begin && separated) blocks.emplace_back(begin, line);
        begin = 0;
        separated = false;
        break;
      case Marker::none:
        break;
    }
    start = end + 1;
  }
  return blocks;
}

std::optional<MergeConflictReport> find_merge_conflicts(std::string_view text) {
  const auto blocks = merge_conflict_blocks(text);
  if (blocks.empty()) return std::nullopt;
  std::string where;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    if (k) where += k + 1 == blocks.size() ? " and " : ", ";
    where += std::to_string(blocks[k].first) + "-" + std::to_string(blocks[k].second);
  }
  return MergeConflictReport{blocks.front().first,
                             std::string(blocks.size() == 1 ? "unresolved merge conflict at lines " : "unresolved merge conflicts at lines ") + where,
                             "someone merged by hand and left git's markers: keep what belongs from each side "
                             "(every record, in a log) and delete the lines '<<<<<<<', '=======' and '>>>>>>>'"};
}

}  // namespace hwk
