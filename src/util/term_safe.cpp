// Terminal-safe rendering of untrusted text.
#include "util/term_safe.hpp"

#include <algorithm>
#include <cstdio>

namespace hwk {
namespace {

void append_hex_byte(std::string& out, unsigned char byte) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\x%02x", byte);
  out += buf;
}

void append_code_point(std::string& out, char32_t cp) {
  char buf[12];
  std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
  out += buf;
}

bool is_bidi_control(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

}  // namespace

std::size_t decode_utf8(std::string_view text, std::size_t i, char32_t& cp) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t len = 0;
  if (lead < 0x80) {
    cp = lead;
    return 1;
  }
  if (lead >= 0xC2 && lead <= 0xDF) {
    len = 2;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    len = 3;
    cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    len = 4;
    cp = lead & 0x07;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(text[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
  const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
  if (overlong || surrogate || cp > 0x10FFFF) return 0;
  return len;
}

bool is_terminal_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || is_bidi_control(cp); }

namespace {

// Calls `valid(code point, its bytes)` for each well-formed UTF-8 sequence of `text` and
// `invalid(byte)` for each byte that is not part of one.
template <class Valid, class Invalid>
void for_each_code_point(std::string_view text, Valid valid, Invalid invalid) {
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t len = decode_utf8(text, i, cp);
    if (len == 0) {
      invalid(static_cast<unsigned char>(text[i++]));
      continue;
    }
    valid(cp, text.substr(i, len));
    i += len;
  }
}

}  // namespace

std::string quoted_value(std::string_view text, std::size_t max_chars) {
  std::size_t cut = 0, chars = 0;
  while (cut < text.size() && chars < max_chars) {
    char32_t cp = 0;
    const std::size_t n = decode_utf8(text, cut, cp);
    cut += n ? n : 1;
    ++chars;
  }
  if (cut >= text.size()) return "'" + std::string(text) + "'";
  return "'" + std::string(text.substr(0, cut)) + "...' (" + std::to_string(text.size()) + " bytes)";
}

std::string without_terminal_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(
      text,
      [&](char32_t cp, std::string_view bytes) {
        if (!is_terminal_control(cp) || cp == '\t' || cp == '\n' || cp == '\r') out.append(bytes);
      },
      [](unsigned char) {});
  return out;
}

std::string terminal_safe(std::string_view text, Newlines newlines) {
  // Most text is printable ASCII, which is safe as it is.
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; })) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for_each_code_point(
      text,
      [&](char32_t cp, std::string_view bytes) {
        if (cp == '\n' && newlines == Newlines::keep) {
          out += '\n';
        } else if (cp == '\t') {
          out += '\t';
        } else if (cp == '\n') {
          out += "\\n";
        } else if (cp == '\r') {
          out += "\\r";
        } else if (cp < 0x20 || cp == 0x7F) {
          append_hex_byte(out, static_cast<unsigned char>(cp));
        } else if (is_terminal_control(cp)) {
          append_code_point(out, cp);
        } else {
          out.append(bytes);
        }
      },
      [&](unsigned char byte) { append_hex_byte(out, byte); });
  return out;
}

}  // namespace hwk
