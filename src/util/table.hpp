// The one table writer: columns separated by two spaces, fitted to the terminal's width.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "util/style.hpp"

namespace hwk {

/// A table's text. Cells are shown as they are: whoever fills them makes text from files
/// terminal-safe first.
struct Table {
  std::vector<std::string> header;  ///< bold when coloured; none: no header line
  std::vector<std::vector<std::string>> rows;
  std::vector<std::optional<Style>> first_cell;  ///< per row, the style of its first cell (may be shorter than rows)
  std::string indent;                            ///< before every line
  std::size_t gap = 2;                           ///< spaces between columns
};

/// How a table is laid out.
struct TableLayout {
  /// The terminal's width in columns; 0 for output that is not a terminal (a pipe, a file),
  /// which is never wrapped, so scripts and tests see one line per row.
  std::size_t width = 0;
  bool color = false;
};

/// The table's lines. Each column is as wide as its widest cell; trailing spaces are dropped.
/// When a line would be wider than `layout.width`, the last column's words wrap onto lines of its
/// own, starting where it starts. When even that leaves the last column fewer than 20 columns,
/// each row is shown as a block instead, one "HEADER  value" line per cell, with a blank line
/// between rows (the way psql's expanded display does), so nothing is cut or folded mid-word.
std::string render_table(const Table& table, const TableLayout& layout);

}  // namespace hwk
