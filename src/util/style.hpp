// Colour for a terminal: the styles hwk uses and the escape sequences that show them.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace hwk {

enum class Style { bold, dim, red, green, yellow, cyan };

/// `text` wrapped in the escape sequence for `style` when `color` is on.
std::string paint(std::string_view text, Style style, bool color);

/// Display width of UTF-8 text (code points; good enough for Latin, Greek, Cyrillic).
std::size_t display_width(std::string_view text);

}  // namespace hwk
