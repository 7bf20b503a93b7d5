// Parsing WHEN.
#include "cli/when_arg.hpp"

#include "diag/diag.hpp"
#include "schedule/occurrences.hpp"
#include "util/duration.hpp"

namespace hwk {
namespace {

std::optional<WhenNamed> named(std::string_view text) {
  for (const auto& n : when_names) {
    if (n.word == text) return n.names;
  }
  return std::nullopt;
}

// The hint shown with a bad WHEN.
std::string when_hint() {
  std::string hint = "write a date (2026-11-01), a duration back from now (4w, 10d)";
  for (std::size_t i = 0; i < when_names.size(); ++i) hint += (i + 1 == when_names.size() ? " or " : ", ") + std::string(when_names[i].word);
  return hint;
}

}  // namespace

std::vector<std::string_view> when_names_for(std::string_view option) {
  std::vector<std::string_view> out;
  for (const auto& n : when_names) {
    const bool week = n.names == WhenNamed::this_week || n.names == WhenNamed::last_week;
    if (option == "--week" ? week : option != "--until" || n.names != WhenNamed::last_session) out.push_back(n.word);
  }
  return out;
}

std::optional<WhenSpan> parse_when(std::string_view text, Instant now, Zone zone, unsigned week_start) {
  const LocalDay today = local_day(now, zone);
  auto span = [zone](LocalDay first, LocalDay after) { return WhenSpan{false, start_of_day(first, zone), start_of_day(after, zone)}; };
  if (const auto n = named(text)) {
    const LocalDay week = today - date::days{(date::weekday{today}.c_encoding() + 7 - week_start) % 7};
    const date::year_month_day ymd{today};
    const LocalDay month{ymd.year() / ymd.month() / 1};
    switch (*n) {
      case WhenNamed::last_session:
        return WhenSpan{true, {}, {}};
      case WhenNamed::this_week:
        return span(week, week + date::days{7});
      case WhenNamed::last_week:
        return span(week - date::days{7}, week);
      case WhenNamed::this_month:
        return span(month, LocalDay{(ymd.year() / ymd.month() + date::months{1}) / 1});
      case WhenNamed::last_month:
        return span(LocalDay{(ymd.year() / ymd.month() - date::months{1}) / 1}, month);
    }
  }
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
  if (!w) throw usage_error("invalid " + option + " '" + text + "'", when_hint());
  return *w;
}

}  // namespace hwk
