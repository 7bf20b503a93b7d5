// The rule of one text value.
#include "model/text_value.hpp"

#include "model/limits.hpp"
#include "util/strings.hpp"

namespace hwk {

std::string text_value_problem(std::string_view text) {
  if (const std::size_t valid = valid_utf8_prefix(text); valid < text.size()) {
    return "not valid UTF-8 text (at byte " + std::to_string(valid + 1) + ")";
  }
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    return "the text holds a NUL byte (at byte " + std::to_string(nul + 1) + ")";
  }
  if (text.size() > limits::max_text_bytes) {
    return "a text value of " + std::to_string(text.size()) + " bytes; hwk reads at most " + std::to_string(limits::max_text_bytes / 1024) +
           " KiB in one value";
  }
  return {};
}

}  // namespace hwk
