// Durations written the way people write them: 90s, 10m, 1h30m, 2d, 1w.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace hwk {

/// Parses a duration made of one or more <number><unit> parts (units w, d, h, m, s; "min" is
/// accepted for m). Nothing when the text is not a duration or is longer than 10 years.
std::optional<std::chrono::seconds> parse_duration(std::string_view text);

/// Canonical form: largest units first, zero parts left out ("1h30m", "45s", "0m").
std::string format_duration(std::chrono::seconds d);

}  // namespace hwk
