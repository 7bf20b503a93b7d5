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

}  // namespace hwk
