// Parsing WHEN.
#include "cli/when_arg.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>

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

// ", last-session, this-week, … or last-month": the named forms, as the help and the hint list them.
std::string named_list() {
  std::string out;
  for (std::size_t i = 0; i < when_names.size(); ++i) out += (i + 1 == when_names.size() ? " or " : ", ") + std::string(when_names[i].word);
  return out;
}

// The hint shown with a bad WHEN.
std::string when_hint() { return "write a date (2026-11-01), a duration back from now (4w, 10d)" + named_list(); }

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

void add_period_options(CLI::App& app, std::optional<std::string>& since, std::optional<std::string>& until, std::string_view since_default) {
  app.add_option("--since", since,
                 "Start of the period (default: " + std::string(since_default) + "): a date, a duration back from now" + named_list())
      ->type_name("WHEN");
  app.add_option("--until", until, "End of the period (default: now), in the same forms")->type_name("WHEN");
}

Instant parse_until_option(const std::optional<std::string>& until, Instant now, Zone zone, unsigned week_start) {
  if (!until) return now;
  const WhenSpan span = parse_when_option("--until", *until, now, zone, week_start);
  if (span.last_session) throw usage_error("--until last-session is not supported", "use --since last-session");
  return std::min(span.end, now);
}

}  // namespace hwk
