// WHEN on the command line (--since, --until of summary and review, --week of feedback): a date,
// a duration back from now, or a named period.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/time.hpp"

namespace CLI {
class App;
}

namespace hwk {

/// What WHEN names: a span of time, or the client's last session (resolved per client).
struct WhenSpan {
  bool last_session = false;
  Instant start{}, end{};  ///< --since takes the start, --until the end
};

/// The named forms of WHEN, written here once: parse_when reads them, its usage error lists them,
/// and completion offers them for an option of type WHEN.
enum class WhenNamed { last_session, this_week, last_week, this_month, last_month };
struct WhenName {
  std::string_view word;
  WhenNamed names;
};
inline constexpr std::array<WhenName, 5> when_names = {{
    {"last-session", WhenNamed::last_session},
    {"this-week", WhenNamed::this_week},
    {"last-week", WhenNamed::last_week},
    {"this-month", WhenNamed::this_month},
    {"last-month", WhenNamed::last_month},
}};

/// The named forms the WHEN of `option` ("--since") may be: every one, but for --until none
/// without an end (last-session) and for --week none but a week, as the commands refuse them.
std::vector<std::string_view> when_names_for(std::string_view option);

/// Parses "YYYY-MM-DD" (that day), "4w"/"10d"/… (the start of the local day that long before
/// now), or one of when_names, with days and weeks in `zone` and weeks starting on `week_start`.
/// Nothing when `text` is none of these.
std::optional<WhenSpan> parse_when(std::string_view text, Instant now, Zone zone, unsigned week_start);

/// The same for a command-line option: a usage error naming `option` when `text` is not a WHEN.
WhenSpan parse_when_option(const std::string& option, const std::string& text, Instant now, Zone zone, unsigned week_start);

/// Declares --since and --until, the period of a report; `since_default` says in the help what the
/// start is when --since is not given ("4w").
void add_period_options(CLI::App& app, std::optional<std::string>& since, std::optional<std::string>& until, std::string_view since_default);

/// The end of the period that --until names (never after now), or `now` without --until; a usage
/// error for last-session, which has no end.
Instant parse_until_option(const std::optional<std::string>& until, Instant now, Zone zone, unsigned week_start);

}  // namespace hwk
