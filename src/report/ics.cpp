// The iCalendar renderer: schedules become RRULEs in the client's zone, the zone a VTIMEZONE.
#include "report/ics.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "schedule/occurrences.hpp"
#include "util/term_safe.hpp"

#ifndef HWK_VERSION
#define HWK_VERSION "0.0.0"
#endif

namespace hwk {
namespace {

constexpr std::array<const char*, 7> byday_names = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
constexpr int default_minutes = 15;
// An open-ended feed's events recur for ever: its time zone lists the transitions of the year to
// come, then the zone's yearly rules (RRULE), checked against the zone database for this many
// years; a zone whose transitions follow no such rule is listed transition by transition as far.
constexpr int zone_rule_years = 40;
constexpr date::days open_ended_zone_reach{366};

/// One kind of yearly transition (into summer time, or out of it): its first onset, the offsets
/// on either side, and the rule that repeats it ("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU").
struct YearlyObservance {
  date::sys_info info;  ///< what is in force after it
  std::chrono::seconds offset_from{};
  LocalTime start{};  ///< its first onset, local time before it
  std::string rule;
};

/// A day of the year as the zone database's rules name it: the n-th weekday of a month, its last
/// one, or the first one on or after a day of the month ("Sun>=8").
struct DayRule {
  date::weekday weekday;
  int nth = 0;  ///< 1–4, or -1 for the last; 0: the first on or after `from`
  unsigned from = 1;

  date::year_month_day in(date::year year, date::month month) const {
    if (nth < 0) return date::year_month_day{date::sys_days{year / month / weekday[date::last]}};
    if (nth > 0) return date::year_month_day{date::sys_days{year / month / weekday[static_cast<unsigned>(nth)]}};
    const date::sys_days start{year / month / date::day{from}};
    return date::year_month_day{start + (weekday - date::weekday{start})};
  }
  /// As RRULE says it (BYDAY, with BYMONTHDAY for "on or after").
  std::string rrule() const {
    const std::string wd = byday_names[weekday.c_encoding()];
    if (nth != 0) return "BYDAY=" + std::to_string(nth) + wd;
    std::string days;
    for (unsigned d = from; d < from + 7; ++d) days += (days.empty() ? "" : ",") + std::to_string(d);
    return "BYMONTHDAY=" + days + ";BYDAY=" + wd;
  }
};

/// The rules that may name the local day `d`, the simplest first.
std::vector<DayRule> day_rule_candidates(date::year_month_day d) {
  const date::weekday wd{date::sys_days{d}};
  const unsigned day = static_cast<unsigned>(d.day());
  std::vector<DayRule> out;
  if ((day - 1) / 7 + 1 <= 4) out.push_back({wd, static_cast<int>((day - 1) / 7 + 1)});
  const auto last = static_cast<unsigned>(date::year_month_day_last{d.year(), date::month_day_last{d.month()}}.day());
  if (day + 7 > last) out.push_back({wd, -1});
  for (unsigned from = day >= 7 ? day - 6 : 1; from <= day && from + 6 <= last; ++from) out.push_back({wd, 0, from});
  return out;
}

/// The zone's transitions from `after` on, as two yearly rules, when they alternate between two
/// kinds that each fall on the same weekday rule of the same month, at the same local time,
/// between the same offsets, for `zone_rule_years` or as far as the zone database lists them:
/// compiled zone files list transitions up to 2037 and leave the rest to a rule that the database
/// does not read, so transitions that go on to 2037 are taken to go on. Nothing when the zone
/// follows no such rule, or its transitions end before then.
std::optional<std::array<YearlyObservance, 2>> yearly_rules(Zone zone, Instant after) {
  struct Transition {
    Instant at;
    std::chrono::seconds from;
    date::sys_info info;
  };
  std::vector<Transition> transitions;
  auto info = zone->get_info(after);
  const Instant horizon = after + date::years{zone_rule_years};
  while (info.end < horizon) {
    const auto from = info.offset;
    const Instant at = info.end;
    info = zone->get_info(at);
    transitions.push_back({at, from, info});
  }
  constexpr date::year listed_until{2037};
  if (transitions.size() < 4) return std::nullopt;
  const bool to_horizon = info.end >= horizon;
  if (!to_horizon && date::year_month_day{date::floor<date::days>(transitions.back().at)}.year() < listed_until) return std::nullopt;
  std::array<YearlyObservance, 2> out;
  for (std::size_t kind = 0; kind < 2; ++kind) {
    const Transition& first = transitions[kind];
    const LocalTime local{first.at.time_since_epoch() + first.from};
    const auto day = date::floor<date::days>(local);
    const date::year_month_day ymd{day};
    std::optional<DayRule> found;
    for (const auto& rule : day_rule_candidates(ymd)) {
      bool all = true;
      for (std::size_t i = kind; i < transitions.size() && all; i += 2) {
        const Transition& t = transitions[i];
        const LocalTime l{t.at.time_since_epoch() + t.from};
        const date::year_month_day d{date::floor<date::days>(l)};
        all = d.month() == ymd.month() && d == rule.in(d.year(), d.month()) && l - date::floor<date::days>(l) == local - day &&
              t.from == first.from && t.info.offset == first.info.offset && t.info.save == first.info.save && t.info.abbrev == first.info.abbrev;
      }
      if (all) {
        found = rule;
        break;
      }
    }
    if (!found) return std::nullopt;
    out[kind] = {first.info, first.from, local, "FREQ=YEARLY;BYMONTH=" + std::to_string(static_cast<unsigned>(ymd.month())) + ";" + found->rrule()};
  }
  return out;
}

std::string ics_date(LocalDay d) { return date::format("%Y%m%d", d); }
std::string ics_local(LocalTime t) { return date::format("%Y%m%dT%H%M%S", t); }
std::string ics_utc(Instant t) { return date::format("%Y%m%dT%H%M%SZ", t); }

std::string ics_offset(std::chrono::seconds offset) {
  long long s = offset.count();
  const char sign = s < 0 ? '-' : '+';
  if (s < 0) s = -s;
  const int h = static_cast<int>(s / 3600 % 100), m = static_cast<int>(s / 60 % 60), sec = static_cast<int>(s % 60);
  char buf[16];
  if (sec != 0) {
    std::snprintf(buf, sizeof buf, "%c%02d%02d%02d", sign, h, m, sec);
  } else {
    std::snprintf(buf, sizeof buf, "%c%02d%02d", sign, h, m);
  }
  return buf;
}

std::string clock_id(std::chrono::minutes t) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d%02d", static_cast<int>(t.count() / 60), static_cast<int>(t.count() % 60));
  return buf;
}

class Feed {
 public:
  void line(std::string_view text) { out_ += ics_fold(text); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

/// What one VEVENT holds, before it is written.
struct Event {
  std::string uid;
  std::string summary;
  bool all_day = false;
  LocalDay day{};        ///< all-day events
  LocalTime start{};     ///< timed events, local wall-clock time
  std::string duration;  ///< PT15M, P1D, P7D
  std::string rrule;     ///< empty: a single event
  bool alarm = false;
};

class FeedBuilder {
 public:
  FeedBuilder(const Plan& plan, const std::map<std::string, IcsActivity>& activities, Instant now, unsigned week_start, bool discreet)
      : plan_(plan),
        activities_(activities),
        now_(now),
        week_start_(week_start % 7),
        discreet_(discreet),
        zone_(plan.zone),
        today_(local_day(now, plan.zone)) {}

  std::string render() {
    for (const auto& a : plan_.assignments) add_assignment(a);
    Feed f;
    f.line("BEGIN:VCALENDAR");
    f.line("VERSION:2.0");
    f.line("PRODID:-//hwk//hwk " HWK_VERSION "//EN");
    f.line("CALSCALE:GREGORIAN");
    f.line("METHOD:PUBLISH");
    const std::string name = discreet_ ? "Practice" : "Homework" + (plan_.name.empty() ? std::string() : " (" + plan_.name + ")");
    f.line("X-WR-CALNAME:" + ics_text(name));
    f.line("X-WR-TIMEZONE:" + ics_text(zone_->name()));
    write_timezone(f);
    for (const auto& e : events_) write_event(f, e);
    f.line("END:VCALENDAR");
    return f.take();
  }

 private:
  std::string title(const Assignment& a) const {
    const auto it = activities_.find(a.id);
    return it == activities_.end() || it->second.title.empty() ? a.id : it->second.title;
  }

  std::string duration(const Assignment& a) const {
    const auto it = activities_.find(a.id);
    const int m = it != activities_.end() && it->second.minutes && *it->second.minutes > 0 ? *it->second.minutes : default_minutes;
    return "PT" + std::to_string(m) + "M";
  }

  std::string uid(const Assignment& a, const std::string& what) const {
    const auto it = activities_.find(a.id);
    const std::string& name = it == activities_.end() || it->second.uid.empty() ? a.id : it->second.uid;
    return name + "." + what + "." + plan_.client + "@hwk";
  }

  LocalDay first_day(const Assignment& a) const { return a.start ? LocalDay{*a.start} : today_; }

  void cover(LocalDay first, std::optional<LocalDay> last) {
    range_first_ = range_first_ ? std::min(*range_first_, first) : first;
    const LocalDay reach = last ? *last : std::max(first, today_) + open_ended_zone_reach;
    range_last_ = range_last_ ? std::max(*range_last_, reach) : reach;
    open_ended_ = open_ended_ || !last;
  }

  /// The UNTIL of a rule ending on the plan's end date: the end of that local day in UTC, or
  /// the date itself for all-day events.
  std::string until(const Assignment& a, bool all_day) const {
    if (!a.end) return {};
    const LocalDay end{*a.end};
    if (all_day) return ";UNTIL=" + ics_date(end);
    return ";UNTIL=" + ics_utc(start_of_day(end + date::days{1}, zone_) - std::chrono::seconds{1});
  }

  std::string fixed_rule(const Schedule& s) const {
    switch (s.kind) {
      case Schedule::Kind::days_of_week: {
        if (std::all_of(s.weekdays.begin(), s.weekdays.end(), [](bool b) { return b; })) return "FREQ=DAILY";
        std::string days;
        for (unsigned k = 0; k < 7; ++k) {
          const unsigned wd = (week_start_ + k) % 7;
          if (s.weekdays[wd]) days += (days.empty() ? "" : ",") + std::string(byday_names[wd]);
        }
        return "FREQ=WEEKLY;BYDAY=" + days + ";WKST=" + byday_names[week_start_];
      }
      case Schedule::Kind::every_n_days:
        return s.every == 1 ? "FREQ=DAILY" : "FREQ=DAILY;INTERVAL=" + std::to_string(s.every);
      default:
        return {};
    }
  }

  void add_assignment(const Assignment& a) {
    if (a.start && a.end && LocalDay{*a.start} > LocalDay{*a.end}) return;
    switch (a.schedule.kind) {
      case Schedule::Kind::days_of_week:
      case Schedule::Kind::every_n_days:
      case Schedule::Kind::once:
        add_fixed(a);
        break;
      case Schedule::Kind::before_session:
        add_before_sessions(a);
        break;
      case Schedule::Kind::quota:
        add_quota(a);
        break;
      case Schedule::Kind::as_needed:
        break;
    }
  }

  void add_fixed(const Assignment& a) {
    const Schedule& s = a.schedule;
    // The first occurrence, found by hwk's own expansion so DTSTART is exactly where it starts.
    const LocalDay lo = s.kind == Schedule::Kind::once ? LocalDay{s.date} : first_day(a);
    const LocalDay hi = s.kind == Schedule::Kind::once ? lo : lo + date::days{366};
    const auto occurrences = occurrences_between(a, lo, hi, zone_, plan_.sessions);
    if (occurrences.empty()) return;
    const LocalDay first =
        std::min_element(occurrences.begin(), occurrences.end(), [](const Occurrence& x, const Occurrence& y) { return x.day < y.day; })->day;
    const bool once = s.kind == Schedule::Kind::once;
    cover(first, once ? std::optional{first} : a.end ? std::optional{LocalDay{*a.end}} : std::nullopt);
    if (a.times.empty()) {
      Event e;
      e.uid = uid(a, "day");
      e.summary = title(a);
      e.all_day = true;
      e.day = first;
      e.duration = "P1D";
      if (!once) e.rrule = fixed_rule(s) + until(a, true);
      events_.push_back(std::move(e));
      return;
    }
    std::vector<std::chrono::minutes> times = a.times;
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    for (const auto t : times) {
      Event e;
      e.uid = uid(a, clock_id(t));
      e.summary = title(a);
      e.start = LocalTime{first.time_since_epoch() + t};
      e.duration = duration(a);
      if (!once) e.rrule = fixed_rule(s) + until(a, false);
      e.alarm = true;
      events_.push_back(std::move(e));
    }
  }

  void add_before_sessions(const Assignment& a) {
    if (plan_.sessions.empty()) return;
    const auto [lo, hi] = std::minmax_element(plan_.sessions.begin(), plan_.sessions.end());
    const LocalDay first = LocalDay{date::floor<date::days>(*lo).time_since_epoch()} - date::days{1};
    const LocalDay last = LocalDay{date::floor<date::days>(*hi).time_since_epoch()};
    for (const auto& o : occurrences_between(a, first, last, zone_, plan_.sessions)) {
      cover(o.day, o.day);
      Event e;
      e.uid = uid(a, ics_date(o.day));
      e.summary = title(a);
      if (o.time) {
        e.start = LocalTime{o.day.time_since_epoch() + *o.time};
        e.duration = duration(a);
        e.alarm = true;
      } else {
        e.all_day = true;
        e.day = o.day;
        e.duration = "P1D";
      }
      events_.push_back(std::move(e));
    }
  }

  void add_quota(const Assignment& a) {
    const Schedule& s = a.schedule;
    LocalDay p = first_day(a);
    Event e;
    e.uid = uid(a, "quota");
    e.all_day = true;
    const std::string count = std::to_string(s.count);
    switch (s.period) {
      case Schedule::Period::day:
        e.summary = title(a) + ": " + count + " today";
        e.duration = "P1D";
        e.rrule = "FREQ=DAILY";
        break;
      case Schedule::Period::week:
        p -= date::days{(date::weekday{p}.c_encoding() + 7 - week_start_) % 7};
        e.summary = title(a) + ": " + count + " this week";
        e.duration = "P7D";
        e.rrule = std::string("FREQ=WEEKLY;WKST=") + byday_names[week_start_];
        break;
      case Schedule::Period::month: {
        const date::year_month_day ymd{p};
        p = LocalDay{ymd.year() / ymd.month() / 1};
        e.summary = title(a) + ": " + count + " this month";
        e.duration = "P1D";
        e.rrule = "FREQ=MONTHLY;BYMONTHDAY=1";
        break;
      }
    }
    e.day = p;
    e.rrule += until(a, true);
    cover(p, a.end ? std::optional{LocalDay{*a.end}} : std::nullopt);
    events_.push_back(std::move(e));
  }

  void write_event(Feed& f, const Event& e) const {
    f.line("BEGIN:VEVENT");
    f.line("UID:" + ics_text(e.uid));
    f.line("DTSTAMP:" + ics_utc(now_));
    if (e.all_day) {
      f.line("DTSTART;VALUE=DATE:" + ics_date(e.day));
    } else {
      f.line("DTSTART;TZID=" + zone_->name() + ":" + ics_local(e.start));
    }
    f.line("DURATION:" + e.duration);
    if (!e.rrule.empty()) f.line("RRULE:" + e.rrule);
    f.line("SUMMARY:" + ics_text(e.summary));
    f.line("TRANSP:" + std::string(e.all_day ? "TRANSPARENT" : "OPAQUE"));
    if (e.alarm) {
      f.line("BEGIN:VALARM");
      f.line("ACTION:DISPLAY");
      f.line("TRIGGER:PT0M");
      f.line("DESCRIPTION:" + ics_text(e.summary));
      f.line("END:VALARM");
    }
    f.line("END:VEVENT");
  }

  /// The zone's offsets over the days the feed covers: one observance from before the first
  /// event, then one per transition, each with the local time it happens at (before the change).
  /// Events that recur for ever (no end date) are covered for ever: after the transitions of the
  /// year to come, the zone's yearly rules, or when it follows none, its transitions for
  /// zone_rule_years more.
  void write_timezone(Feed& f) const {
    const LocalDay first = range_first_.value_or(today_), last = range_last_.value_or(today_);
    const Instant from = start_of_day(first, zone_) - date::days{1};
    Instant to = start_of_day(last, zone_) + date::days{2};
    const auto yearly = open_ended_ ? yearly_rules(zone_, to) : std::nullopt;
    if (open_ended_ && !yearly) to += date::years{zone_rule_years};
    f.line("BEGIN:VTIMEZONE");
    f.line("TZID:" + zone_->name());
    auto info = zone_->get_info(from);
    const Instant epoch{date::sys_days{date::year{1970} / 1 / 1}};
    if (info.begin > epoch) {
      const auto before = zone_->get_info(info.begin - std::chrono::seconds{1});
      write_observance(f, info, before.offset, LocalTime{info.begin.time_since_epoch() + before.offset});
    } else {
      write_observance(f, info, info.offset, LocalTime{date::sys_days{date::year{1970} / 1 / 1}.time_since_epoch()});
    }
    while (info.end < to) {
      const auto previous = info.offset;
      const Instant at = info.end;
      info = zone_->get_info(at);
      write_observance(f, info, previous, LocalTime{at.time_since_epoch() + previous});
    }
    if (yearly) {
      for (const auto& o : *yearly) write_observance(f, o.info, o.offset_from, o.start, o.rule);
    }
    f.line("END:VTIMEZONE");
  }

  static void write_observance(Feed& f, const date::sys_info& info, std::chrono::seconds offset_from, LocalTime start, const std::string& rule = {}) {
    const char* kind = info.save != std::chrono::minutes{0} ? "DAYLIGHT" : "STANDARD";
    f.line(std::string("BEGIN:") + kind);
    f.line("DTSTART:" + ics_local(start));
    if (!rule.empty()) f.line("RRULE:" + rule);
    f.line("TZOFFSETFROM:" + ics_offset(offset_from));
    f.line("TZOFFSETTO:" + ics_offset(info.offset));
    if (!info.abbrev.empty()) f.line("TZNAME:" + ics_text(info.abbrev));
    f.line(std::string("END:") + kind);
  }

  const Plan& plan_;
  const std::map<std::string, IcsActivity>& activities_;
  Instant now_;
  unsigned week_start_;
  bool discreet_;
  Zone zone_;
  LocalDay today_;
  std::vector<Event> events_;
  std::optional<LocalDay> range_first_, range_last_;
  bool open_ended_ = false;  ///< some event recurs without end
};

}  // namespace

std::string ics_text(std::string_view raw) {
  const std::string text = without_terminal_controls(raw);  // iCalendar has no escapes for them
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n";
        break;
      default:
        if ((c < 0x20 && c != '\t') || c == 0x7F) break;
        out += static_cast<char>(c);
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  std::size_t limit = 75;  // octets on the first line; continuation lines spend one on the space
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 1 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string render_ics(const Plan& plan, const std::map<std::string, IcsActivity>& activities, Instant now, unsigned week_start, bool discreet) {
  return FeedBuilder(plan, activities, now, week_start, discreet).render();
}

}  // namespace hwk
