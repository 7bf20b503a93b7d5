// The one table writer (see util/table.hpp).
#include "util/table.hpp"

#include <algorithm>

#include "util/strings.hpp"

namespace hwk {
namespace {

constexpr std::size_t narrowest_last = 20;  // below this, rows become blocks

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t at = 0;;) {
    const auto end = text.find('\n', at);
    out.emplace_back(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
    if (end == std::string_view::npos) return out;
    at = end + 1;
  }
}

void trim_right(std::string& line) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
}

// One line of cells, each but the last padded to its column's width; the header's cells are
// painted with their padding, a row's styled first cell without it.
std::string line_of(const Table& t, const std::vector<std::string>& cells, const std::vector<std::size_t>& widths, std::optional<Style> first,
                    bool header, bool color) {
  std::string line = t.indent;
  for (std::size_t k = 0; k < cells.size(); ++k) {
    const bool last = k + 1 == cells.size();
    const std::string pad = last ? "" : std::string(widths[k] - display_width(cells[k]) + t.gap, ' ');
    if (header) line += paint(cells[k] + pad, Style::bold, color);
    else if (k == 0 && first) line += paint(cells[k], *first, color) + pad;
    else line += cells[k] + pad;
  }
  trim_right(line);
  return line + "\n";
}

std::size_t widest_line(const Table& t, const std::vector<std::size_t>& widths) {
  std::size_t fixed = display_width(t.indent);
  for (std::size_t k = 0; k + 1 < widths.size(); ++k) fixed += widths[k] + t.gap;
  return fixed + (widths.empty() ? 0 : widths.back());
}

// Each row as a block of "HEADER  value" lines, a long value wrapped at its words.
std::string blocks(const Table& t, const TableLayout& layout) {
  const bool color = layout.color;
  std::size_t label = 0;
  for (const auto& h : t.header) label = std::max(label, display_width(h));
  const std::size_t start = display_width(t.indent) + (t.header.empty() ? 0 : label) + t.gap;
  const bool wrap = layout.width > start && layout.width - start >= narrowest_last;
  std::string out;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (r > 0) out += "\n";
    const auto& row = t.rows[r];
    for (std::size_t k = 0; k < row.size(); ++k) {
      std::string line = t.indent;
      if (k < t.header.size()) line += paint(t.header[k], Style::bold, color) + std::string(label - display_width(t.header[k]) + t.gap, ' ');
      else if (k > 0) line += std::string(t.gap, ' ');
      const std::optional<Style> first = k == 0 && r < t.first_cell.size() ? t.first_cell[r] : std::nullopt;
      const auto lines = wrap ? lines_of(wrap_words(row[k], layout.width - start)) : std::vector<std::string>{row[k]};
      line += first ? paint(lines.front(), *first, color) : lines.front();
      trim_right(line);
      out += line + "\n";
      for (std::size_t i = 1; i < lines.size(); ++i) {
        std::string more = std::string(start, ' ') + lines[i];
        trim_right(more);
        out += more + "\n";
      }
    }
  }
  return out;
}

}  // namespace

std::string render_table(const Table& t, const TableLayout& layout) {
  std::vector<std::size_t> widths;
  auto widen = [&](const std::vector<std::string>& row) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (std::size_t k = 0; k < row.size(); ++k) widths[k] = std::max(widths[k], display_width(row[k]));
  };
  widen(t.header);
  for (const auto& row : t.rows) widen(row);
  const auto style_of = [&](std::size_t r) { return r < t.first_cell.size() ? t.first_cell[r] : std::nullopt; };

  const bool fits = layout.width == 0 || widest_line(t, widths) <= layout.width;
  std::string out;
  if (fits) {
    if (!t.header.empty()) out += line_of(t, t.header, widths, std::nullopt, true, layout.color);
    for (std::size_t r = 0; r < t.rows.size(); ++r) out += line_of(t, t.rows[r], widths, style_of(r), false, layout.color);
    return out;
  }
  const std::size_t start = widest_line(t, widths) - widths.back();  // where the last column starts
  if (start + narrowest_last > layout.width) return blocks(t, layout);
  // The last column's words wrap, the lines after its first starting where it starts.
  const std::string hang(start, ' ');
  auto wrapped = [&](const std::vector<std::string>& cells, std::optional<Style> first, bool header) {
    std::vector<std::string> head(cells);
    const auto lines = lines_of(wrap_words(head.back(), layout.width - start));
    head.back() = lines.empty() ? std::string() : lines.front();
    out += line_of(t, head, widths, first, header, layout.color);
    for (std::size_t i = 1; i < lines.size(); ++i) {
      std::string line = hang + lines[i];
      trim_right(line);
      out += line + "\n";
    }
  };
  if (!t.header.empty()) wrapped(t.header, std::nullopt, true);
  for (std::size_t r = 0; r < t.rows.size(); ++r) wrapped(t.rows[r], style_of(r), false);
  return out;
}

}  // namespace hwk
