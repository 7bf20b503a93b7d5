// Colour for a terminal (see util/style.hpp).
#include "util/style.hpp"

#include "util/strings.hpp"

namespace hwk {

std::string paint(std::string_view text, Style style, bool color) {
  if (!color) return std::string(text);
  const char* code = "";
  switch (style) {
    case Style::bold:
      code = "\033[1m";
      break;
    case Style::dim:
      code = "\033[2m";
      break;
    case Style::red:
      code = "\033[31m";
      break;
    case Style::green:
      code = "\033[32m";
      break;
    case Style::yellow:
      code = "\033[33m";
      break;
    case Style::cyan:
      code = "\033[36m";
      break;
  }
  return code + std::string(text) + "\033[0m";
}

std::size_t display_width(std::string_view text) { return utf8_length(text); }

}  // namespace hwk
