// Parsing WHEN.
#include "cli/when_arg.hpp"

#include "diag/diag.hpp"
#include "schedule/occurrences.hpp"
#include "util/duration.hpp"

namespace hwk {

std::optional<WhenSpan> parse_when(std::string_view text, Instant now, Zone zone, unsigned week_start) {
  const LocalDay today = local_day(now, zone);
  auto span = [zone](LocalDay first, LocalDay after) { return WhenSpan{false, start_of_day(first, zone), start_of_day(after, zone)}; };
  if (text == "last-session") return WhenSpan{true, {}, {}};
  const LocalDay week = today - date::days{(date::weekday{today}.c_encoding() + 7 - week_start) % 7};
  if (text == "this-week") return span(week, week + date::days{7});
  if (text == "last-week") return span(week - date::days{7}, week);
  const date::year_month_day ymd{today};
  const LocalDay month{ymd.year() / ymd.month() / 1};
  if (text == "this-month") return span(month, LocalDay{(ymd.year() / ymd.month() + date::months{1}) / 1});
  if (text == "last-month") return span(LocalDay{(ymd.year() / ymd.month() - date::months{1}) / 1}, month);
  if (const auto d = parse_date(text)) return span(LocalDay{*d}, LocalDay{*d} + date::days{1});
  if (const auto d = parse_duration(text)) {
    if (d->count() <= 0) return std::nullopt;
    const Instant t = start_of_day(local_day(now - *d, zone), zone);
    return WhenSpan{false, t, t};
  }
  return std::nullopt;
}

WhenSpan parse_when_option(const std::string& option, const std::string& text, Instant now, Zone zone, unsigned week_start) {
  const auto w = parse_when(text, now, zone, week_start);
  if (!w) throw usage_error("invalid " + option + " '" + text + "'", when_hint);
  return *w;
}

}  // namespace hwk
