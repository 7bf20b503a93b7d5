// Output helpers: colour, aligned tables, JSON strings. Every cell is made terminal-safe.
#pragma once
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "util/strings.hpp"  // json_string

namespace hwk {

enum class Style { bold, dim, red, green, yellow, cyan };

/// `text` wrapped in the escape sequence for `style` when `color` is on.
std::string paint(std::string_view text, Style style, bool color);

/// Prints rows as columns separated by two spaces; the first row is the header (bold).
void print_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows, bool color);

/// Display width of UTF-8 text (code points; good enough for Latin, Greek, Cyrillic).
std::size_t display_width(std::string_view text);

}  // namespace hwk
