// Output helpers.
#include "cli/terminal.hpp"

#include <cstdio>
#include <ostream>

#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {

std::string paint(std::string_view text, Style style, bool color) {
  if (!color) return std::string(text);
  const char* code = "";
  switch (style) {
    case Style::bold: code = "\033[1m"; break;
    case Style::dim: code = "\033[2m"; break;
    case Style::red: code = "\033[31m"; break;
    case Style::green: code = "\033[32m"; break;
    case Style::yellow: code = "\033[33m"; break;
    case Style::cyan: code = "\033[36m"; break;
  }
  return code + std::string(text) + "\033[0m";
}

std::size_t display_width(std::string_view text) { return utf8_length(text); }

void print_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows, bool color) {
  std::vector<std::vector<std::string>> safe;
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < row.size(); ++i) {
      cells.push_back(terminal_safe(row[i]));
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], display_width(cells.back()));
    }
    safe.push_back(std::move(cells));
  }
  for (std::size_t r = 0; r < safe.size(); ++r) {
    std::string line;
    for (std::size_t i = 0; i < safe[r].size(); ++i) {
      std::string cell = safe[r][i];
      const bool last = i + 1 == safe[r].size();
      if (!last) cell += std::string(widths[i] - display_width(cell) + 2, ' ');
      line += r == 0 ? paint(cell, Style::bold, color) : cell;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}


}  // namespace hwk
