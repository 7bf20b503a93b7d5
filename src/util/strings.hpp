// Small string helpers that know nothing of hwk.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hwk {

std::string_view trim(std::string_view s);
std::string to_lower(std::string_view s);
/// Splits on runs of spaces and tabs; no empty pieces.
std::vector<std::string> split_words(std::string_view s);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
/// Levenshtein distance, for "did you mean" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);
/// `s` with its first letter made lowercase, unless it begins an acronym ("Could not" → "could
/// not", "ARGS" stays): messages from libraries read as hwk's own.
std::string lowercase_first(std::string s);
/// The candidate closest to `word` when it is close enough to be a likely typo.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);
/// Parses a whole string as a base-10 integer; nothing on junk or overflow.
std::optional<long long> parse_integer(std::string_view s);
/// Parses a whole string as a finite decimal number.
std::optional<double> parse_number(std::string_view s);
/// Number of Unicode code points in valid UTF-8 text (bytes of invalid sequences count one each).
std::size_t utf8_length(std::string_view s);
/// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or bytes past U+10FFFF).
bool is_valid_utf8(std::string_view s);
/// The length in bytes of the longest well-formed UTF-8 start of `s` (its size when all is valid).
std::size_t valid_utf8_prefix(std::string_view s);
/// Shortest text that reads back as the same double ("7", "2.5").
std::string format_number(double value);

/// `text` broken at spaces into lines of at most `width` characters (code points; a longer word
/// keeps its own line), each starting with `indent`; line breaks in `text` are kept.
std::string wrap_words(std::string_view text, std::size_t width, std::string_view indent = {});

}  // namespace hwk

namespace hwk {

/// Text for HTML or XML content and attribute values: & < > " ' as character references.
std::string html_escape(std::string_view text);

}  // namespace hwk
