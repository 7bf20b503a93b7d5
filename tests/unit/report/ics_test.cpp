// The iCalendar feed: folding and escaping, one RRULE per schedule kind, UNTIL at the plan's end,
// and VTIMEZONE offsets (including Lord Howe's 30-minute daylight saving).
#include "report/ics.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "schedule/schedule.hpp"

namespace {

using hwk::Assignment;
using hwk::Plan;

hwk::Instant at(const char* rfc3339) {
  std::string error;
  const auto t = hwk::parse_time_point(rfc3339, hwk::utc_zone(), hwk::Instant{}, error);
  EXPECT_TRUE(t) << rfc3339 << ": " << error;
  return t.value_or(hwk::Instant{});
}

Plan plan_in(const char* zone) {
  Plan p;
  p.client = "c-0042";
  p.name = "Alex";
  p.timezone = zone;
  p.zone = hwk::find_zone(zone);
  EXPECT_NE(p.zone, nullptr) << zone;
  return p;
}

Assignment assignment(const char* id, const char* schedule, std::vector<const char*> times = {}, const char* start = nullptr,
                      const char* end = nullptr) {
  Assignment a;
  a.id = id;
  a.template_id = id;
  a.schedule_text = schedule;
  auto parsed = hwk::parse_schedule(schedule);
  EXPECT_TRUE(std::holds_alternative<hwk::Schedule>(parsed)) << schedule;
  if (auto* s = std::get_if<hwk::Schedule>(&parsed)) a.schedule = *s;
  for (const char* t : times) a.times.push_back(*hwk::parse_clock_time(t));
  if (start) a.start = hwk::parse_date(start);
  if (end) a.end = hwk::parse_date(end);
  return a;
}

// The feed's logical lines (unfolded, without CRLF).
std::vector<std::string> lines_of(const std::string& feed) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < feed.size()) {
    const auto eol = feed.find("\r\n", pos);
    EXPECT_NE(eol, std::string::npos) << "a line without CRLF";
    if (eol == std::string::npos) break;
    std::string line = feed.substr(pos, eol - pos);
    if (!line.empty() && line[0] == ' ' && !out.empty()) out.back() += line.substr(1);
    else out.push_back(line);
    pos = eol + 2;
  }
  return out;
}

// The lines of each VEVENT, in order.
std::vector<std::vector<std::string>> events_of(const std::string& feed) {
  std::vector<std::vector<std::string>> out;
  bool in = false;
  for (const auto& l : lines_of(feed)) {
    if (l == "BEGIN:VEVENT") {
      out.emplace_back();
      in = true;
    } else if (l == "END:VEVENT") {
      in = false;
    } else if (in) {
      out.back().push_back(l);
    }
  }
  return out;
}

// The value of the first line starting with `name` (followed by ':' or ';') in `lines`.
std::string prop(const std::vector<std::string>& lines, const std::string& name) {
  for (const auto& l : lines) {
    if (l.rfind(name + ":", 0) == 0 || l.rfind(name + ";", 0) == 0) return l;
  }
  return {};
}

bool has(const std::vector<std::string>& lines, const std::string& line) { return std::find(lines.begin(), lines.end(), line) != lines.end(); }

std::string render(const Plan& p, unsigned week_start = 1, const char* now = "2026-11-23T21:00:00-05:00") {
  std::map<std::string, hwk::IcsActivity> activities;
  for (const auto& a : p.assignments) activities[a.id] = {"Title of " + a.id, 20, {}};
  return hwk::render_ics(p, activities, at(now), week_start);
}

}  // namespace

TEST(Ics, EscapesText) {
  EXPECT_EQ(hwk::ics_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
  EXPECT_EQ(hwk::ics_text("one\r\ntwo\rthree"), "one\\ntwo\\nthree");
  EXPECT_EQ(hwk::ics_text("bell\x07 esc\x1b[31m tab\t"), "bell esc[31m tab\t");
  EXPECT_EQ(hwk::ics_text("Grüße: \"quoted\""), "Grüße: \"quoted\"");
}

TEST(Ics, FoldsAt75Octets) {
  EXPECT_EQ(hwk::ics_fold("SUMMARY:short"), "SUMMARY:short\r\n");
  const std::string long_line = "SUMMARY:" + std::string(200, 'x');
  const std::string folded = hwk::ics_fold(long_line);
  std::string unfolded;
  std::size_t pos = 0;
  bool first = true;
  while (pos < folded.size()) {
    const auto eol = folded.find("\r\n", pos);
    ASSERT_NE(eol, std::string::npos);
    const std::string physical = folded.substr(pos, eol - pos);
    EXPECT_LE(physical.size(), 75u);
    if (!first) {
      ASSERT_EQ(physical[0], ' ');
      unfolded += physical.substr(1);
    } else {
      EXPECT_EQ(physical.size(), 75u);
      unfolded += physical;
    }
    first = false;
    pos = eol + 2;
  }
  EXPECT_EQ(unfolded, long_line);
}

TEST(Ics, FoldingNeverSplitsACharacter) {
  std::string text = "SUMMARY:";
  for (int i = 0; i < 60; ++i) text += "é☕";
  const std::string folded = hwk::ics_fold(text);
  std::size_t pos = 0;
  while (pos < folded.size()) {
    const auto eol = folded.find("\r\n", pos);
    ASSERT_NE(eol, std::string::npos);
    EXPECT_LE(eol - pos, 75u);
    // A continuation line starts with a space and then the first byte of a character.
    if (pos > 0) {
      ASSERT_EQ(folded[pos], ' ');
      EXPECT_NE(static_cast<unsigned char>(folded[pos + 1]) & 0xC0, 0x80);
    }
    pos = eol + 2;
  }
  EXPECT_EQ(lines_of(folded).front(), text);
}

TEST(Ics, CalendarHeader) {
  auto p = plan_in("America/New_York");
  const auto lines = lines_of(render(p));
  ASSERT_GE(lines.size(), 5u);
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  EXPECT_TRUE(has(lines, "VERSION:2.0"));
  EXPECT_TRUE(has(lines, "PRODID:-//hwk//hwk " HWK_VERSION "//EN"));
  EXPECT_TRUE(has(lines, "CALSCALE:GREGORIAN"));
  EXPECT_EQ(prop(lines, "X-WR-CALNAME"), "X-WR-CALNAME:Homework (Alex)");
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VTIMEZONE"), 1);
  EXPECT_TRUE(has(lines, "TZID:America/New_York"));
}

// A calendar's name shows on a phone's lock screen: a discreet one names neither homework nor client.
TEST(Ics, ADiscreetCalendarHasANeutralName) {
  const auto p = plan_in("America/New_York");
  const auto lines = lines_of(hwk::render_ics(p, {}, at("2026-11-23T21:00:00-05:00"), 1, true));
  EXPECT_EQ(prop(lines, "X-WR-CALNAME"), "X-WR-CALNAME:Practice");
}

TEST(Ics, OneTimedEventPerTimeOfDay) {
  auto p = plan_in("America/New_York");
  p.assignments.push_back(assignment("breathing", "daily", {"21:30", "08:00"}, "2026-11-17"));
  const auto events = events_of(render(p));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(prop(events[0], "UID"), "UID:breathing.0800.c-0042@hwk");
  EXPECT_EQ(prop(events[0], "DTSTART"), "DTSTART;TZID=America/New_York:20261117T080000");
  EXPECT_EQ(prop(events[0], "DTSTAMP"), "DTSTAMP:20261124T020000Z");
  EXPECT_EQ(prop(events[0], "DURATION"), "DURATION:PT20M");
  EXPECT_EQ(prop(events[0], "RRULE"), "RRULE:FREQ=DAILY");
  EXPECT_EQ(prop(events[0], "SUMMARY"), "SUMMARY:Title of breathing");
  EXPECT_TRUE(has(events[0], "BEGIN:VALARM"));
  EXPECT_TRUE(has(events[0], "ACTION:DISPLAY"));
  EXPECT_TRUE(has(events[0], "TRIGGER:PT0M"));
  EXPECT_TRUE(has(events[0], "DESCRIPTION:Title of breathing"));
  EXPECT_EQ(prop(events[1], "UID"), "UID:breathing.2130.c-0042@hwk");
  EXPECT_EQ(prop(events[1], "DTSTART"), "DTSTART;TZID=America/New_York:20261117T213000");
}

TEST(Ics, RulePerScheduleKind) {
  auto p = plan_in("Europe/Berlin");
  p.assignments.push_back(assignment("wd", "weekdays", {"07:00"}, "2026-11-21"));  // a Saturday
  p.assignments.push_back(assignment("mwf", "mon wed fri", {"18:00"}, "2026-11-17"));
  p.assignments.push_back(assignment("every3", "every 3 days", {"09:15"}, "2026-11-18"));
  p.assignments.push_back(assignment("one", "once 2026-12-01", {"10:00"}));
  p.assignments.push_back(assignment("untimed", "weekends", {}, "2026-11-17"));
  p.assignments.push_back(assignment("quota", "3 per week", {}, "2026-11-18"));
  p.assignments.push_back(assignment("whenever", "as needed"));
  const auto events = events_of(render(p));
  ASSERT_EQ(events.size(), 6u);
  // The first occurrence is the first day that matches, not the start date.
  EXPECT_EQ(prop(events[0], "DTSTART"), "DTSTART;TZID=Europe/Berlin:20261123T070000");
  EXPECT_EQ(prop(events[0], "RRULE"), "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO");
  EXPECT_EQ(prop(events[1], "DTSTART"), "DTSTART;TZID=Europe/Berlin:20261118T180000");
  EXPECT_EQ(prop(events[1], "RRULE"), "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;WKST=MO");
  EXPECT_EQ(prop(events[2], "DTSTART"), "DTSTART;TZID=Europe/Berlin:20261118T091500");
  EXPECT_EQ(prop(events[2], "RRULE"), "RRULE:FREQ=DAILY;INTERVAL=3");
  EXPECT_EQ(prop(events[3], "DTSTART"), "DTSTART;TZID=Europe/Berlin:20261201T100000");
  EXPECT_EQ(prop(events[3], "RRULE"), "");
  EXPECT_EQ(prop(events[4], "DTSTART"), "DTSTART;VALUE=DATE:20261121");
  EXPECT_EQ(prop(events[4], "DURATION"), "DURATION:P1D");
  EXPECT_EQ(prop(events[4], "RRULE"), "RRULE:FREQ=WEEKLY;BYDAY=SA,SU;WKST=MO");
  EXPECT_FALSE(has(events[4], "BEGIN:VALARM"));
  EXPECT_EQ(prop(events[5], "DTSTART"), "DTSTART;VALUE=DATE:20261116");
  EXPECT_EQ(prop(events[5], "SUMMARY"), "SUMMARY:Title of quota: 3 this week");
  EXPECT_EQ(prop(events[5], "RRULE"), "RRULE:FREQ=WEEKLY;WKST=MO");
  EXPECT_EQ(prop(events[5], "DURATION"), "DURATION:P7D");
}

TEST(Ics, WeekStartsOnSunday) {
  auto p = plan_in("America/New_York");
  p.assignments.push_back(assignment("mwf", "sun mon wed fri", {"18:00"}, "2026-11-17"));
  p.assignments.push_back(assignment("quota", "2 per week", {}, "2026-11-18"));
  const auto events = events_of(render(p, 0));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(prop(events[0], "RRULE"), "RRULE:FREQ=WEEKLY;BYDAY=SU,MO,WE,FR;WKST=SU");
  EXPECT_EQ(prop(events[1], "DTSTART"), "DTSTART;VALUE=DATE:20261115");
  EXPECT_EQ(prop(events[1], "RRULE"), "RRULE:FREQ=WEEKLY;WKST=SU");
}

TEST(Ics, EveryNDaysWithoutStartCountsFrom2000) {
  auto p = plan_in("America/New_York");
  p.assignments.push_back(assignment("every2", "every 2 days", {"09:00"}));
  const auto events = events_of(render(p));
  ASSERT_EQ(events.size(), 1u);
  // 2026-11-23 is an even number of days after 2000-01-01 (9823 days); it is the first.
  EXPECT_EQ(prop(events[0], "DTSTART"), "DTSTART;TZID=America/New_York:20261124T090000");
}

TEST(Ics, UntilIsTheEndOfThePlansLastDay) {
  auto p = plan_in("America/New_York");
  p.assignments.push_back(assignment("timed", "daily", {"08:00"}, "2026-11-01", "2026-11-30"));
  p.assignments.push_back(assignment("summer", "daily", {"08:00"}, "2026-06-01", "2026-07-31"));
  p.assignments.push_back(assignment("allday", "weekdays", {}, "2026-11-01", "2026-11-30"));
  p.assignments.push_back(assignment("quota", "2 per month", {}, "2026-11-01", "2027-01-15"));
  const auto events = events_of(render(p));
  ASSERT_EQ(events.size(), 4u);
  // 2026-11-30T23:59:59-05:00 and 2026-07-31T23:59:59-04:00 in UTC.
  EXPECT_EQ(prop(events[0], "RRULE"), "RRULE:FREQ=DAILY;UNTIL=20261201T045959Z");
  EXPECT_EQ(prop(events[1], "RRULE"), "RRULE:FREQ=DAILY;UNTIL=20260801T035959Z");
  EXPECT_EQ(prop(events[2], "DTSTART"), "DTSTART;VALUE=DATE:20261102");
  EXPECT_EQ(prop(events[2], "RRULE"), "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO;UNTIL=20261130");
  EXPECT_EQ(prop(events[3], "RRULE"), "RRULE:FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=20270115");
  EXPECT_EQ(prop(events[3], "SUMMARY"), "SUMMARY:Title of quota: 2 this month");
}

TEST(Ics, NothingOutsideTheStartAndEnd) {
  auto p = plan_in("America/New_York");
  p.assignments.push_back(assignment("late", "once 2027-01-10", {}, nullptr, "2026-12-31"));
  p.assignments.push_back(assignment("backwards", "daily", {"08:00"}, "2026-12-10", "2026-12-01"));
  EXPECT_TRUE(events_of(render(p)).empty());
}

TEST(Ics, BeforeEachSessionIsOneEventPerSession) {
  auto p = plan_in("America/New_York");
  p.sessions = {hwk::LocalTime{date::local_days{date::year{2026} / 12 / 1}.time_since_epoch() + std::chrono::hours{10}},
                hwk::LocalTime{date::local_days{date::year{2026} / 12 / 8}.time_since_epoch() + std::chrono::hours{10}}};
  p.assignments.push_back(assignment("prep", "before each session", {"19:00"}));
  const auto events = events_of(render(p));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(prop(events[0], "DTSTART"), "DTSTART;TZID=America/New_York:20261130T190000");
  EXPECT_EQ(prop(events[1], "DTSTART"), "DTSTART;TZID=America/New_York:20261207T190000");
  EXPECT_EQ(prop(events[0], "RRULE"), "");
  EXPECT_NE(prop(events[0], "UID"), prop(events[1], "UID"));
}

TEST(Ics, SummaryIsTheTitleOnly) {
  auto p = plan_in("America/New_York");
  auto a = assignment("breathing", "daily", {"08:00"}, "2026-11-17");
  a.why = "because of the panic attacks";
  a.goal = "sleep through the night";
  p.assignments.push_back(a);
  std::map<std::string, hwk::IcsActivity> activities{{"breathing", {"Breathing, slowly; calmly", std::nullopt, {}}}};
  const std::string feed = hwk::render_ics(p, activities, at("2026-11-23T21:00:00-05:00"), 1);
  EXPECT_EQ(feed.find("panic"), std::string::npos);
  EXPECT_EQ(feed.find("sleep"), std::string::npos);
  const auto events = events_of(feed);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(prop(events[0], "SUMMARY"), "SUMMARY:Breathing\\, slowly\\; calmly");
  EXPECT_EQ(prop(events[0], "DURATION"), "DURATION:PT15M");
}

TEST(Ics, TimeZoneOffsetsForNewYork) {
  auto p = plan_in("America/New_York");
  p.assignments.push_back(assignment("a", "daily", {"08:00"}, "2027-01-01", "2027-12-31"));
  const auto lines = lines_of(render(p));
  const std::string tz = [&] {
    std::string s;
    for (const auto& l : lines) s += l + "\n";
    return s;
  }();
  EXPECT_NE(tz.find("BEGIN:DAYLIGHT\nDTSTART:20270314T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\n"), std::string::npos)
      << tz;
  EXPECT_NE(tz.find("BEGIN:STANDARD\nDTSTART:20271107T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\n"), std::string::npos)
      << tz;
  // The observance in force before the first event.
  EXPECT_NE(tz.find("BEGIN:STANDARD\nDTSTART:20261101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\n"), std::string::npos) << tz;
}

TEST(Ics, TimeZoneOffsetsForLordHowe) {
  auto p = plan_in("Australia/Lord_Howe");
  p.assignments.push_back(assignment("a", "daily", {"08:00"}, "2027-01-01", "2027-12-31"));
  std::string tz;
  for (const auto& l : lines_of(render(p))) tz += l + "\n";
  // Daylight saving of 30 minutes: +10:30 in winter, +11:00 in summer; clocks change at 02:00.
  EXPECT_NE(tz.find("BEGIN:STANDARD\nDTSTART:20270404T020000\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1030\n"), std::string::npos) << tz;
  EXPECT_NE(tz.find("BEGIN:DAYLIGHT\nDTSTART:20271003T020000\nTZOFFSETFROM:+1030\nTZOFFSETTO:+1100\n"), std::string::npos) << tz;
}

// Events without an end recur for ever: after the transitions of the year to come, the zone's
// yearly rules, checked against the zone database, cover the rest.
TEST(Ics, AnOpenEndedFeedCoversItsZoneForEver) {
  auto p = plan_in("America/New_York");
  p.assignments.push_back(assignment("a", "daily", {"08:00"}, "2027-01-01"));
  std::string tz;
  for (const auto& l : lines_of(render(p))) tz += l + "\n";
  EXPECT_NE(tz.find("DTSTART:20280312T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\n"), std::string::npos)
      << tz;
  EXPECT_NE(tz.find("DTSTART:20281105T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\n"), std::string::npos)
      << tz;
  // A rule of the zone database that BYDAY alone cannot say: the Friday on or after 23 March.
  auto j = plan_in("Asia/Jerusalem");
  j.assignments.push_back(assignment("a", "daily", {"08:00"}, "2027-01-01"));
  std::string jtz;
  for (const auto& l : lines_of(render(j))) jtz += l + "\n";
  EXPECT_NE(jtz.find("RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR\n"), std::string::npos) << jtz;
  EXPECT_NE(jtz.find("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"), std::string::npos) << jtz;
}

TEST(Ics, TimeZoneWithoutChanges) {
  auto p = plan_in("Asia/Kolkata");
  p.assignments.push_back(assignment("a", "daily", {"08:00"}, "2027-01-01"));
  std::string tz;
  for (const auto& l : lines_of(render(p))) tz += l + "\n";
  EXPECT_NE(tz.find("BEGIN:VTIMEZONE\nTZID:Asia/Kolkata\nBEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0530\nTZOFFSETTO:+0530\n"
                    "TZNAME:IST\nEND:STANDARD\nEND:VTIMEZONE\n"),
            std::string::npos)
      << tz;
}
