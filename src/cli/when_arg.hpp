// WHEN on the command line (--since, --until of summary and review): a date, a duration back
// from now, or a named period.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "util/time.hpp"

namespace hwk {

/// What WHEN names: a span of time, or the client's last session (resolved per client).
struct WhenSpan {
  bool last_session = false;
  Instant start{}, end{};  ///< --since takes the start, --until the end
};

/// Parses "YYYY-MM-DD" (that day), "4w"/"10d"/… (the start of the local day that long before
/// now), "this-week", "last-week", "this-month", "last-month" and "last-session", with days and
/// weeks in `zone` and weeks starting on `week_start`. Nothing when `text` is none of these.
std::optional<WhenSpan> parse_when(std::string_view text, Instant now, Zone zone, unsigned week_start);

/// The same for a command-line option: a usage error naming `option` when `text` is not a WHEN.
WhenSpan parse_when_option(const std::string& option, const std::string& text, Instant now, Zone zone, unsigned week_start);

/// The hint shown with a bad WHEN.
inline constexpr const char* when_hint =
    "write a date (2026-11-01), a duration back from now (4w, 10d), last-session, this-week, last-week, this-month or last-month";

}  // namespace hwk
