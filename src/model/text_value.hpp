// One text value as hwk's files hold it (a reflection, a reason, a note, a text field): the one
// rule that the writers of records and the readers of files share, so that nothing is written that
// cannot be read back.
#pragma once
#include <string>
#include <string_view>

namespace hwk {

/// What keeps `text` from being one value of a file hwk reads: not valid UTF-8, a NUL byte, or
/// more than limits::max_text_bytes. Empty when it is fine. The message names no field: the
/// caller says which text it is.
std::string text_value_problem(std::string_view text);

/// The hint for a text refused by that rule.
inline constexpr const char* text_value_hint = "give UTF-8 text of at most 64 KiB (check your terminal's or file's encoding)";

}  // namespace hwk
