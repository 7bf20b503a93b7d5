// Text from files made safe to print: control characters, escape sequences, bidi overrides and
// invalid UTF-8 are shown as visible escapes instead of reaching the terminal.
#pragma once
#include <string>
#include <string_view>

namespace hwk {

enum class Newlines { keep, escape };

/// Returns `text` with every byte sequence that a terminal would interpret (C0/C1 controls, DEL,
/// bidirectional overrides, invalid UTF-8) replaced by a visible escape such as `\x1b` or
/// `\u202e`. Tabs are kept; newlines are kept or escaped as asked.
std::string terminal_safe(std::string_view text, Newlines newlines = Newlines::escape);

/// A value from a file as an error message quotes it: in single quotes, cut to its first
/// `max_chars` characters ("..." and its length in bytes follow), so that a message, which cron
/// may mail, never carries a whole reflection or a screenful of garbage. (Every message is made
/// terminal-safe where it is printed: see format_diagnostic.)
std::string quoted_value(std::string_view text, std::size_t max_chars = 40);

/// `text` without what terminal_safe would escape, for formats that have no escapes (iCalendar).
/// Tabs, newlines and carriage returns are kept for the caller to handle.
std::string without_terminal_controls(std::string_view text);

/// True for code points a terminal acts on or that reorder what it shows: C0 and C1 controls,
/// DEL, and the bidirectional controls (U+061C, U+200E/F, U+202A–E, U+2066–9).
bool is_terminal_control(char32_t cp);

/// The length of the well-formed UTF-8 sequence at text[i], setting `cp` to its code point; 0
/// when the bytes there are not valid UTF-8 (overlong, a surrogate, past U+10FFFF, cut short).
std::size_t decode_utf8(std::string_view text, std::size_t i, char32_t& cp);

}  // namespace hwk
