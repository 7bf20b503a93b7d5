// Time parsing, formatting and zone conversion.
#include "util/time.hpp"

#include <cstdio>
#include <cstdlib>
#include <vector>

#include "util/strings.hpp"

namespace hwk {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int digits_value(std::string_view s) { return static_cast<int>(*parse_integer(s)); }

// Parses "HH:MM" or "HH:MM:SS" (optionally with a fraction, which is dropped) into seconds.
std::optional<std::chrono::seconds> parse_hms(std::string_view s) {
  if (s.size() < 5 || s[2] != ':' || !all_digits(s.substr(0, 2)) || !all_digits(s.substr(3, 2))) {
    return std::nullopt;
  }
  const int h = digits_value(s.substr(0, 2)), m = digits_value(s.substr(3, 2));
  int sec = 0;
  std::string_view rest = s.substr(5);
  if (!rest.empty()) {
    if (rest.size() < 3 || rest[0] != ':' || !all_digits(rest.substr(1, 2))) return std::nullopt;
    sec = digits_value(rest.substr(1, 2));
    rest = rest.substr(3);
    if (!rest.empty()) {
      if (rest[0] != '.' || !all_digits(rest.substr(1))) return std::nullopt;
    }
  }
  if (h > 23 || m > 59 || sec > 59) return std::nullopt;
  return std::chrono::hours(h) + std::chrono::minutes(m) + std::chrono::seconds(sec);
}

// The UTC offset that ends the time of day of an RFC 3339 time ("20:15:00Z", "20:15-05:00"): "Z"
// or "z", the six characters from the sign (not checked further here), or nothing.
std::string_view offset_suffix(std::string_view time_of_day) {
  if (!time_of_day.empty() && (time_of_day.back() == 'Z' || time_of_day.back() == 'z')) return time_of_day.substr(time_of_day.size() - 1);
  const std::size_t n = time_of_day.size();
  if (n > 6 && (time_of_day[n - 6] == '+' || time_of_day[n - 6] == '-')) return time_of_day.substr(n - 6);
  return {};
}

}  // namespace

Zone find_zone(std::string_view name) {
  if (name.empty() || name.size() > 64 || name.find("..") != std::string_view::npos) return nullptr;
  try {
    return date::locate_zone(std::string(name));
  } catch (const std::exception&) {
    return nullptr;
  }
}

Zone utc_zone() {
  static const Zone utc = find_zone("Etc/UTC") ? find_zone("Etc/UTC") : find_zone("UTC");
  return utc;
}

void load_zone_database() {
  try {
    date::get_tzdb();
  } catch (const std::exception&) {
    // find_zone reports the zone it cannot find
  }
}

bool has_utc_offset(std::string_view text) {
  text = trim(text);
  return text.size() >= 16 && !offset_suffix(text.substr(11)).empty();
}

Zone system_zone() {
  if (const char* tz = std::getenv("TZ"); tz && *tz) {
    std::string_view name(tz);
    if (name.front() == ':') name.remove_prefix(1);
    if (Zone z = find_zone(name)) return z;
    return utc_zone();
  }
  try {
    return date::current_zone();
  } catch (const std::exception&) {
    return utc_zone();
  }
}

namespace {

// The span of time over which one zone keeps one offset, as last looked up on this thread. A due
// list converts tens of thousands of times, nearly all in the same few spans, and each lookup in
// the time zone database also builds a string (the zone's abbreviation).
struct OffsetSpan {
  Zone zone = nullptr;
  Instant begin{}, end{};
  std::chrono::seconds offset{};
};
thread_local OffsetSpan last_span;

// Times this far from both ends of a span cannot be ambiguous or skipped: no zone has moved its
// clocks by as much as two days.
constexpr std::chrono::seconds span_margin = std::chrono::hours{48};

void remember(Zone zone, const date::sys_info& info) { last_span = {zone, info.begin, info.end, info.offset}; }

}  // namespace

Instant resolve_local(LocalTime local, Zone zone) {
  if (last_span.zone == zone) {
    const Instant t{local.time_since_epoch() - last_span.offset};
    if (t >= last_span.begin + span_margin && t < last_span.end - span_margin) return t;
  }
  const date::local_info info = zone->get_info(local);
  if (info.result == date::local_info::unique) remember(zone, info.first);
  switch (info.result) {
    case date::local_info::unique:
    case date::local_info::ambiguous:
      return Instant{local.time_since_epoch() - info.first.offset};
    case date::local_info::nonexistent:
    default:
      // Before the gap the old offset applies; using it moves the time forward by the gap.
      return Instant{local.time_since_epoch() - info.first.offset};
  }
}

LocalTime to_local(Instant t, Zone zone) {
  if (last_span.zone != zone || t < last_span.begin || t >= last_span.end) remember(zone, zone->get_info(t));
  return LocalTime{t.time_since_epoch() + last_span.offset};
}

date::year_month_day local_date(Instant t, Zone zone) { return date::year_month_day{date::floor<date::days>(to_local(t, zone))}; }

std::optional<date::year_month_day> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !all_digits(s.substr(0, 4)) || !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8, 2))) {
    return std::nullopt;
  }
  const date::year_month_day d{date::year{digits_value(s.substr(0, 4))}, date::month{static_cast<unsigned>(digits_value(s.substr(5, 2)))},
                               date::day{static_cast<unsigned>(digits_value(s.substr(8, 2)))}};
  if (!d.ok()) return std::nullopt;
  return d;
}

std::optional<std::chrono::minutes> parse_clock_time(std::string_view s) {
  if (s.size() != 5) return std::nullopt;
  const auto hms = parse_hms(s);
  if (!hms) return std::nullopt;
  return std::chrono::duration_cast<std::chrono::minutes>(*hms);
}

std::optional<Instant> parse_time_point(std::string_view text, Zone zone, Instant today, std::string& error) {
  text = trim(text);
  if (text.size() == 5 && text[2] == ':') {
    const auto m = parse_clock_time(text);
    if (!m) {
      error = "not a time of day (HH:MM, 00:00 to 23:59)";
      return std::nullopt;
    }
    const auto day = date::floor<date::days>(to_local(today, zone));
    return resolve_local(LocalTime{day.time_since_epoch() + *m}, zone);
  }
  if (text.size() < 16 || (text[10] != 'T' && text[10] != 't' && text[10] != ' ')) {
    error = "expected a time like 2026-11-23T20:15, 2026-11-23T20:15:00-05:00 or 20:15";
    return std::nullopt;
  }
  const auto date = parse_date(text.substr(0, 10));
  if (!date) {
    error = "not a valid date: '" + std::string(text.substr(0, 10)) + "'";
    return std::nullopt;
  }
  std::string_view rest = text.substr(11);
  std::optional<std::chrono::seconds> offset;
  if (const std::string_view suffix = offset_suffix(rest); suffix.size() == 1) {
    offset = std::chrono::seconds(0);
    rest.remove_suffix(1);
  } else if (!suffix.empty()) {
    const std::string_view off = suffix.substr(1);
    if (off[2] != ':' || !all_digits(off.substr(0, 2)) || !all_digits(off.substr(3, 2)) || digits_value(off.substr(0, 2)) > 23 ||
        digits_value(off.substr(3, 2)) > 59) {
      error = "not a valid UTC offset: '" + std::string(suffix) + "'";
      return std::nullopt;
    }
    const auto magnitude = std::chrono::hours(digits_value(off.substr(0, 2))) + std::chrono::minutes(digits_value(off.substr(3, 2)));
    offset = suffix.front() == '-' ? -magnitude : magnitude;
    rest.remove_suffix(6);
  }
  const auto hms = parse_hms(rest);
  if (!hms) {
    error = "not a valid time of day: '" + std::string(rest) + "'";
    return std::nullopt;
  }
  const auto local_seconds = date::sys_days{*date}.time_since_epoch() + *hms;
  if (offset) return Instant{local_seconds - *offset};
  return resolve_local(LocalTime{local_seconds}, zone);
}

std::string format_rfc3339(Instant t, Zone zone) {
  const auto info = zone->get_info(t);
  const LocalTime local{t.time_since_epoch() + info.offset};
  std::string out = format_date(date::year_month_day{date::floor<date::days>(local)});
  const auto hms = date::hh_mm_ss<std::chrono::seconds>{local - date::floor<date::days>(local)};
  char clock[16];
  std::snprintf(clock, sizeof clock, "T%02d:%02d:%02d", static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  out += clock;
  auto off = std::chrono::duration_cast<std::chrono::minutes>(info.offset).count();
  const char sign = off < 0 ? '-' : '+';
  if (off < 0) off = -off;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, static_cast<int>(off / 60), static_cast<int>(off % 60));
  return out + buf;
}

namespace {

// Writes `v` (0–99) as two digits: a due list formats tens of thousands of dates and times,
// and printf or a stream per value costs more than the rest of it.
void two_digits(char* at, unsigned v) {
  at[0] = static_cast<char>('0' + v / 10);
  at[1] = static_cast<char>('0' + v % 10);
}

}  // namespace

std::string format_date(date::year_month_day d) {
  const int y = static_cast<int>(d.year());
  if (y < 0 || y > 9999 || !d.ok()) return date::format("%Y-%m-%d", d);
  char buf[10] = {0, 0, 0, 0, '-', 0, 0, '-', 0, 0};
  two_digits(buf, static_cast<unsigned>(y / 100));
  two_digits(buf + 2, static_cast<unsigned>(y % 100));
  two_digits(buf + 5, static_cast<unsigned>(d.month()));
  two_digits(buf + 8, static_cast<unsigned>(d.day()));
  return std::string(buf, sizeof buf);
}

std::string format_clock_time(std::chrono::minutes m) {
  if (m.count() < 0 || m.count() >= 100 * 60) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(m.count() / 60), static_cast<int>(m.count() % 60));
    return buf;
  }
  char buf[5] = {0, 0, ':', 0, 0};
  two_digits(buf, static_cast<unsigned>(m.count() / 60));
  two_digits(buf + 3, static_cast<unsigned>(m.count() % 60));
  return std::string(buf, sizeof buf);
}

}  // namespace hwk

namespace hwk {
namespace {

// "8", "8am", "8 am", "8:30pm", "20:15", "8h", "8h30" → minutes since midnight.
std::optional<std::chrono::minutes> parse_spoken_clock(std::string text) {
  std::string compact;
  for (char c : text) {
    if (c != ' ' && c != '.') compact += c;
  }
  int add = -1;  // -1: 24-hour; 0: am; 12: pm
  for (const auto& [suffix, value] : {std::pair{"am", 0}, std::pair{"pm", 12}}) {
    if (compact.size() > 2 && compact.ends_with(suffix)) {
      compact.resize(compact.size() - 2);
      add = value;
    }
  }
  std::size_t sep = compact.find_first_of(":h");
  const std::string hours = compact.substr(0, sep);
  const std::string minutes = sep == std::string::npos ? "" : compact.substr(sep + 1);
  if (hours.empty() || hours.size() > 2 || !all_digits(hours) || (!minutes.empty() && (minutes.size() != 2 || !all_digits(minutes)))) {
    return std::nullopt;
  }
  int h = digits_value(hours);
  const int m = minutes.empty() ? 0 : digits_value(minutes);
  if (m > 59) return std::nullopt;
  if (add >= 0) {
    if (h < 1 || h > 12) return std::nullopt;
    h = h % 12 + add;
  } else if (h > 23) {
    return std::nullopt;
  }
  return std::chrono::hours(h) + std::chrono::minutes(m);
}

// Weekday names in English, Spanish and French, with and without accents; 0 = Sunday.
std::optional<unsigned> weekday_number(const std::string& word) {
  static const std::vector<std::pair<const char*, unsigned>> names = {
      {"sunday", 0},   {"sun", 0},      {"domingo", 0}, {"dimanche", 0}, {"monday", 1},    {"mon", 1},    {"lunes", 1},     {"lundi", 1},
      {"tuesday", 2},  {"tue", 2},      {"martes", 2},  {"mardi", 2},    {"wednesday", 3}, {"wed", 3},    {"miércoles", 3}, {"miercoles", 3},
      {"mercredi", 3}, {"thursday", 4}, {"thu", 4},     {"jueves", 4},   {"jeudi", 4},     {"friday", 5}, {"fri", 5},       {"viernes", 5},
      {"vendredi", 5}, {"saturday", 6}, {"sat", 6},     {"sábado", 6},   {"sabado", 6},    {"samedi", 6}};
  for (const auto& [name, n] : names) {
    if (word == name) return n;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Instant> parse_spoken_time(std::string_view input, Zone zone, Instant now, std::string& error) {
  const std::string text = to_lower(trim(input));
  if (text == "now" || text == "ahora" || text == "maintenant") return now;
  if (std::string ignored; auto t = parse_time_point(text, zone, now, ignored)) return t;
  const date::local_days today = date::floor<date::days>(to_local(now, zone));
  std::string rest = text;
  std::optional<date::local_days> day;
  bool weekday = false;
  const auto first_word = rest.substr(0, rest.find(' '));
  if (first_word == "today" || first_word == "hoy" || first_word == "aujourd'hui") {
    day = today;
  } else if (first_word == "yesterday" || first_word == "ayer" || first_word == "hier") {
    day = today - date::days{1};
  } else if (auto w = weekday_number(first_word)) {
    const unsigned now_weekday = date::weekday(today).c_encoding();
    day = today - date::days{(now_weekday + 7 - *w) % 7};
    weekday = true;
  } else if (auto d = parse_date(first_word)) {
    day = date::local_days(*d);
  }
  if (day) rest = std::string(trim(rest.substr(first_word.size())));
  for (const char* joiner : {"at ", "a las ", "à ", "a la "}) {
    if (rest.starts_with(joiner)) rest = std::string(trim(rest.substr(std::string_view(joiner).size())));
  }
  if (rest.empty()) {
    error = day ? "say the time of day too, for example 'yesterday 8am' or 'yesterday 20:00'"
                : "not a time: say it like 'now', '8am', 'yesterday 8am' or '2026-11-24 20:00'";
    return std::nullopt;
  }
  const auto clock = parse_spoken_clock(rest);
  if (!clock) {
    error = "'" + rest + "' is not a time of day: say it like '8am', '8:30pm' or '20:15'";
    return std::nullopt;
  }
  Instant t = resolve_local(LocalTime{(day.value_or(today)).time_since_epoch() + *clock}, zone);
  // "tuesday 8am" said on a Tuesday before 8: the Tuesday before.
  if (weekday && t > now) t = resolve_local(LocalTime{(*day - date::days{7}).time_since_epoch() + *clock}, zone);
  return t;
}

}  // namespace hwk
