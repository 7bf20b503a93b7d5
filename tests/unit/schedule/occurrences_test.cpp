// Occurrence expansion per schedule kind, local times across daylight-saving changes, quota periods,
// and which records answer which occurrences.
#include "schedule/occurrences.hpp"

#include <gtest/gtest.h>

#include "plan_fixtures.hpp"

#include "schedule/schedule.hpp"

namespace {

using hwk::test::instant;

using namespace std::chrono_literals;

hwk::LocalDay day(int y, unsigned m, unsigned d) { return hwk::LocalDay{date::year{y} / m / d}; }

hwk::Assignment assignment(const char* phrase, std::vector<std::chrono::minutes> times = {}, std::optional<date::year_month_day> start = {},
                           std::optional<date::year_month_day> end = {}) {
  hwk::Assignment a;
  a.id = "a";
  a.schedule_text = phrase;
  a.schedule = std::get<hwk::Schedule>(hwk::parse_schedule(phrase));
  a.times = std::move(times);
  a.start = start;
  a.end = end;
  return a;
}

date::year_month_day ymd(int y, unsigned m, unsigned d) { return date::year{y} / m / d; }

/// "YYYY-MM-DD" for untimed occurrences, RFC 3339 in the zone for timed ones.
std::vector<std::string> describe(const std::vector<hwk::Occurrence>& os, hwk::Zone zone) {
  std::vector<std::string> out;
  for (const auto& o : os) out.push_back(o.time ? hwk::format_rfc3339(o.at, zone) : date::format("%F", o.day));
  return out;
}

std::vector<std::string> expand(const hwk::Assignment& a, hwk::LocalDay first, hwk::LocalDay last, const char* zone,
                                const std::vector<hwk::LocalTime>& sessions = {}) {
  return describe(hwk::occurrences_between(a, first, last, hwk::find_zone(zone), sessions), hwk::find_zone(zone));
}

hwk::Record practice(const std::string& id, const std::string& at, hwk::Status status = hwk::Status::done, const std::string& amends = "") {
  hwk::Record r;
  r.id = id;
  r.kind = hwk::RecordKind::practice;
  r.at = instant(at);
  r.assignment = "a";
  r.status = status;
  r.amends = amends;
  return r;
}

std::vector<std::string> answered_by(const std::vector<hwk::Occurrence>& os) {
  std::vector<std::string> out;
  for (const auto& o : os) out.push_back(o.answered ? o.answered_by->id : "-");
  return out;
}

using Strings = std::vector<std::string>;
const char* const ny = "America/New_York";

}  // namespace

TEST(Occurrences, DaysOfWeek) {
  // 2026-11-16 is a Monday.
  EXPECT_EQ(expand(assignment("mon wed fri"), day(2026, 11, 16), day(2026, 11, 29), ny),
            (Strings{"2026-11-16", "2026-11-18", "2026-11-20", "2026-11-23", "2026-11-25", "2026-11-27"}));
  EXPECT_EQ(expand(assignment("weekdays"), day(2026, 11, 20), day(2026, 11, 24), ny), (Strings{"2026-11-20", "2026-11-23", "2026-11-24"}));
  EXPECT_EQ(expand(assignment("weekends"), day(2026, 11, 20), day(2026, 11, 30), ny),
            (Strings{"2026-11-21", "2026-11-22", "2026-11-28", "2026-11-29"}));
  EXPECT_EQ(expand(assignment("weekly on sun"), day(2026, 11, 1), day(2026, 11, 30), ny),
            (Strings{"2026-11-01", "2026-11-08", "2026-11-15", "2026-11-22", "2026-11-29"}));
  EXPECT_EQ(expand(assignment("daily"), day(2026, 12, 30), day(2027, 1, 2), ny), (Strings{"2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"}));
}

TEST(Occurrences, EveryNDaysIsAnchoredAtTheStart) {
  const auto a = assignment("every 3 days", {}, ymd(2026, 11, 2));
  // Asking from a later day keeps the rhythm of the start, not of the first day asked about.
  EXPECT_EQ(expand(a, day(2026, 11, 6), day(2026, 11, 20), ny), (Strings{"2026-11-08", "2026-11-11", "2026-11-14", "2026-11-17", "2026-11-20"}));
  EXPECT_EQ(expand(a, day(2026, 10, 20), day(2026, 11, 6), ny), (Strings{"2026-11-02", "2026-11-05"}));
  EXPECT_EQ(expand(assignment("every other day", {}, ymd(2026, 2, 27)), day(2026, 2, 27), day(2026, 3, 5), ny),
            (Strings{"2026-02-27", "2026-03-01", "2026-03-03", "2026-03-05"}));
}

TEST(Occurrences, OnceIsOneDayInsideStartAndEnd) {
  EXPECT_EQ(expand(assignment("once 2026-12-01"), day(2026, 11, 1), day(2026, 12, 31), ny), (Strings{"2026-12-01"}));
  EXPECT_EQ(expand(assignment("once 2026-12-01"), day(2026, 12, 2), day(2026, 12, 31), ny), (Strings{}));
  EXPECT_EQ(expand(assignment("once 2026-12-01", {}, ymd(2026, 12, 2)), day(2026, 11, 1), day(2026, 12, 31), ny), (Strings{}));
  EXPECT_EQ(expand(assignment("once 2026-12-01", {20h}), day(2026, 12, 1), day(2026, 12, 1), ny), (Strings{"2026-12-01T20:00:00-05:00"}));
}

TEST(Occurrences, StartAndEndClip) {
  const auto a = assignment("daily", {}, ymd(2026, 11, 20), ymd(2026, 11, 22));
  EXPECT_EQ(expand(a, day(2026, 11, 1), day(2026, 11, 30), ny), (Strings{"2026-11-20", "2026-11-21", "2026-11-22"}));
  EXPECT_EQ(expand(a, day(2026, 11, 21), day(2026, 11, 21), ny), (Strings{"2026-11-21"}));
  EXPECT_EQ(expand(a, day(2026, 11, 23), day(2026, 11, 30), ny), (Strings{}));
  EXPECT_EQ(expand(assignment("as needed"), day(2026, 11, 1), day(2026, 11, 30), ny), (Strings{}));
  EXPECT_EQ(expand(assignment("3 per week"), day(2026, 11, 1), day(2026, 11, 30), ny), (Strings{}));
}

TEST(Occurrences, TimesAreLocalAndSorted) {
  const auto a = assignment("daily", {20h, 8h}, ymd(2026, 11, 23));
  EXPECT_EQ(expand(a, day(2026, 11, 23), day(2026, 11, 24), "Europe/Berlin"),
            (Strings{"2026-11-23T08:00:00+01:00", "2026-11-23T20:00:00+01:00", "2026-11-24T08:00:00+01:00", "2026-11-24T20:00:00+01:00"}));
}

TEST(Occurrences, BeforeEachSession) {
  // Planned sessions on 25 November and 2 December, 10:00: due the day before each.
  const std::vector<hwk::LocalTime> sessions = {hwk::LocalTime{day(2026, 11, 25).time_since_epoch() + 10h},
                                                hwk::LocalTime{day(2026, 12, 2).time_since_epoch() + 10h}};
  const auto a = assignment("before each session", {}, ymd(2026, 11, 20));
  EXPECT_EQ(expand(a, day(2026, 11, 20), day(2026, 12, 31), ny, sessions), (Strings{"2026-11-24", "2026-12-01"}));
  const auto os = hwk::occurrences_between(a, day(2026, 11, 20), day(2026, 12, 31), hwk::find_zone(ny), sessions);
  ASSERT_EQ(os.size(), 2u);
  // Practice between one session and the next answers the next one's occurrence.
  EXPECT_EQ(hwk::format_rfc3339(os[1].answer_from, hwk::find_zone(ny)), "2026-11-25T10:00:00-05:00");
  EXPECT_EQ(hwk::format_rfc3339(os[1].answer_until, hwk::find_zone(ny)), "2026-12-02T10:00:00-05:00");
  // A session before the start gives nothing.
  EXPECT_EQ(expand(assignment("before each session", {}, ymd(2026, 11, 26)), day(2026, 11, 1), day(2026, 12, 31), ny, sessions),
            (Strings{"2026-12-01"}));
}

TEST(Occurrences, SpringForwardMovesASkippedTimeForwardByTheGap) {
  // 2026-03-08 in New York: 02:00 → 03:00. 02:30 does not exist and becomes 03:30 EDT.
  const auto a = assignment("daily", {150min, 8h}, ymd(2026, 3, 1));
  EXPECT_EQ(expand(a, day(2026, 3, 7), day(2026, 3, 9), ny),
            (Strings{"2026-03-07T02:30:00-05:00", "2026-03-07T08:00:00-05:00", "2026-03-08T03:30:00-04:00", "2026-03-08T08:00:00-04:00",
                     "2026-03-09T02:30:00-04:00", "2026-03-09T08:00:00-04:00"}));
  // Europe/Berlin, 2026-03-29: 02:00 → 03:00.
  EXPECT_EQ(expand(assignment("once 2026-03-29", {135min}), day(2026, 3, 29), day(2026, 3, 29), "Europe/Berlin"),
            (Strings{"2026-03-29T03:15:00+02:00"}));
}

TEST(Occurrences, FallBackTimeMeansTheFirst) {
  // 2026-11-01 in New York: 02:00 EDT → 01:00 EST; 01:30 happens twice and means the first (EDT).
  EXPECT_EQ(expand(assignment("daily", {90min}), day(2026, 10, 31), day(2026, 11, 2), ny),
            (Strings{"2026-10-31T01:30:00-04:00", "2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00"}));
  // Europe/Berlin, 2026-10-25: 03:00 CEST → 02:00 CET; 02:30 is the first, +02:00.
  EXPECT_EQ(expand(assignment("once 2026-10-25", {150min}), day(2026, 10, 25), day(2026, 10, 25), "Europe/Berlin"),
            (Strings{"2026-10-25T02:30:00+02:00"}));
}

TEST(Occurrences, ThirtyMinuteDaylightSavingZone) {
  // Australia/Lord_Howe: +10:30 standard, +11:00 in summer; the change is half an hour.
  // 2026-10-04: 02:00 → 02:30, so 02:15 does not exist and moves forward 30 minutes.
  EXPECT_EQ(expand(assignment("daily", {135min, 9h}), day(2026, 10, 3), day(2026, 10, 4), "Australia/Lord_Howe"),
            (Strings{"2026-10-03T02:15:00+10:30", "2026-10-03T09:00:00+10:30", "2026-10-04T02:45:00+11:00", "2026-10-04T09:00:00+11:00"}));
  // 2026-04-05: 02:00 → 01:30, so 01:45 happens twice and means the first (+11:00).
  EXPECT_EQ(expand(assignment("daily", {105min}), day(2026, 4, 4), day(2026, 4, 6), "Australia/Lord_Howe"),
            (Strings{"2026-04-04T01:45:00+11:00", "2026-04-05T01:45:00+11:00", "2026-04-06T01:45:00+10:30"}));
}

TEST(Occurrences, DayWindowsFollowTheZone) {
  const hwk::Zone zone = hwk::find_zone(ny);
  const auto os = hwk::occurrences_between(assignment("daily"), day(2026, 3, 8), day(2026, 3, 8), zone, {});
  ASSERT_EQ(os.size(), 1u);
  EXPECT_EQ(hwk::format_rfc3339(os[0].answer_from, zone), "2026-03-08T00:00:00-05:00");
  EXPECT_EQ(hwk::format_rfc3339(os[0].answer_until, zone), "2026-03-09T00:00:00-04:00");
  EXPECT_EQ(os[0].answer_until - os[0].answer_from, std::chrono::hours(23));
  // Santiago's spring-forward is at midnight: 6 September 2026 starts at 01:00.
  const hwk::Zone santiago = hwk::find_zone("America/Santiago");
  EXPECT_EQ(hwk::format_rfc3339(hwk::start_of_day(day(2026, 9, 6), santiago), santiago), "2026-09-06T01:00:00-03:00");
  EXPECT_EQ(hwk::local_day(instant("2026-11-24T01:30:00Z"), zone), day(2026, 11, 23));
}

TEST(QuotaPeriods, WeeksStartOnMondayOrSunday) {
  const hwk::Zone zone = hwk::find_zone(ny);
  const auto a = assignment("3 per week", {}, ymd(2026, 10, 1));
  // Wednesday 18 November 2026.
  auto monday = hwk::quota_periods(a, day(2026, 11, 18), day(2026, 11, 18), zone, hwk::week_start_from_name("monday"));
  ASSERT_EQ(monday.size(), 1u);
  EXPECT_EQ(monday[0].first, day(2026, 11, 16));
  EXPECT_EQ(monday[0].last, day(2026, 11, 22));
  EXPECT_EQ(monday[0].expected, 3);
  auto sunday = hwk::quota_periods(a, day(2026, 11, 18), day(2026, 11, 18), zone, hwk::week_start_from_name("sunday"));
  ASSERT_EQ(sunday.size(), 1u);
  EXPECT_EQ(sunday[0].first, day(2026, 11, 15));
  EXPECT_EQ(sunday[0].last, day(2026, 11, 21));
  // A Sunday belongs to the week before with Monday starts and opens the week with Sunday starts.
  EXPECT_EQ(hwk::quota_periods(a, day(2026, 11, 22), day(2026, 11, 22), zone, 1)[0].first, day(2026, 11, 16));
  EXPECT_EQ(hwk::quota_periods(a, day(2026, 11, 22), day(2026, 11, 22), zone, 0)[0].first, day(2026, 11, 22));
  // Two weeks asked about: two periods.
  EXPECT_EQ(hwk::quota_periods(a, day(2026, 11, 18), day(2026, 11, 24), zone, 1).size(), 2u);
}

TEST(QuotaPeriods, AWeekAcrossFallBackEndsAtLocalMidnight) {
  const hwk::Zone zone = hwk::find_zone(ny);
  const auto p = hwk::quota_periods(assignment("2 per week"), day(2026, 10, 28), day(2026, 10, 28), zone, 1);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(hwk::format_rfc3339(p[0].from, zone), "2026-10-26T00:00:00-04:00");
  EXPECT_EQ(hwk::format_rfc3339(p[0].until, zone), "2026-11-02T00:00:00-05:00");
  EXPECT_EQ(p[0].until - p[0].from, std::chrono::hours(7 * 24 + 1));
}

TEST(QuotaPeriods, MonthsAndDays) {
  const hwk::Zone zone = hwk::find_zone(ny);
  auto months = hwk::quota_periods(assignment("4 per month"), day(2026, 11, 20), day(2026, 12, 5), zone, 1);
  ASSERT_EQ(months.size(), 2u);
  EXPECT_EQ(months[0].first, day(2026, 11, 1));
  EXPECT_EQ(months[0].last, day(2026, 11, 30));
  EXPECT_EQ(months[1].first, day(2026, 12, 1));
  EXPECT_EQ(months[1].last, day(2026, 12, 31));
  EXPECT_EQ(months[1].expected, 4);
  auto feb = hwk::quota_periods(assignment("4 per month"), day(2028, 2, 10), day(2028, 2, 10), zone, 1);
  ASSERT_EQ(feb.size(), 1u);
  EXPECT_EQ(feb[0].last, day(2028, 2, 29));
  auto days = hwk::quota_periods(assignment("2 per day"), day(2026, 11, 20), day(2026, 11, 22), zone, 1);
  ASSERT_EQ(days.size(), 3u);
  EXPECT_EQ(days[2].first, day(2026, 11, 22));
  EXPECT_EQ(days[2].last, day(2026, 11, 22));
  EXPECT_TRUE(hwk::quota_periods(assignment("daily"), day(2026, 11, 20), day(2026, 11, 22), zone, 1).empty());
}

TEST(QuotaPeriods, ClippedToStartAndEnd) {
  const hwk::Zone zone = hwk::find_zone(ny);
  const auto a = assignment("3 per week", {}, ymd(2026, 11, 18), ymd(2026, 11, 25));
  auto p = hwk::quota_periods(a, day(2026, 11, 1), day(2026, 11, 30), zone, 1);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].first, day(2026, 11, 18));
  EXPECT_EQ(p[0].last, day(2026, 11, 22));
  EXPECT_EQ(p[1].first, day(2026, 11, 23));
  EXPECT_EQ(p[1].last, day(2026, 11, 25));
  EXPECT_EQ(hwk::format_rfc3339(p[1].until, zone), "2026-11-26T00:00:00-05:00");
  EXPECT_TRUE(hwk::quota_periods(a, day(2026, 12, 1), day(2026, 12, 31), zone, 1).empty());
}

TEST(Answering, SeveralTimesADayEachRecordAnswersTheEarliestUnanswered) {
  const hwk::Zone zone = hwk::find_zone(ny);
  auto os = hwk::occurrences_between(assignment("daily", {8h, 13h, 20h}), day(2026, 11, 20), day(2026, 11, 21), zone, {});
  const std::vector<hwk::Record> records = {practice("r1", "2026-11-20T12:00:00-05:00"), practice("r2", "2026-11-20T23:30:00-05:00"),
                                            practice("r3", "2026-11-21T07:00:00-05:00")};
  hwk::answer_occurrences(os, hwk::effective_records(records, "a"));
  // 12:00 answers 08:00; 23:30 answers 13:00; 07:00 the next day answers that day's 08:00 early.
  EXPECT_EQ(answered_by(os), (Strings{"r1", "r2", "-", "r3", "-", "-"}));
}

TEST(Answering, RecordsOutOfTimeOrderAnswerAsTheyCome) {
  const hwk::Zone zone = hwk::find_zone(ny);
  auto os = hwk::occurrences_between(assignment("daily", {8h, 13h, 20h}), day(2026, 11, 20), day(2026, 11, 20), zone, {});
  const auto late = practice("r2", "2026-11-20T23:30:00-05:00"), early = practice("r1", "2026-11-20T12:00:00-05:00");
  // Taken in the order given: 23:30 answers the earliest open occurrence (08:00), then 12:00
  // answers 13:00, although by then 08:00's window lies behind it.
  hwk::answer_occurrences(os, {&late, &early});
  EXPECT_EQ(answered_by(os), (Strings{"r2", "r1", "-"}));
}

TEST(Answering, ARecordOnlyAnswersItsOwnLocalDay) {
  const hwk::Zone zone = hwk::find_zone(ny);
  auto os = hwk::occurrences_between(assignment("mon wed fri"), day(2026, 11, 16), day(2026, 11, 20), zone, {});
  // Tuesday's practice answers nothing; 00:30Z on Thursday is still Wednesday in New York.
  const std::vector<hwk::Record> records = {practice("r1", "2026-11-17T12:00:00-05:00"), practice("r2", "2026-11-19T00:30:00Z")};
  hwk::answer_occurrences(os, hwk::effective_records(records, "a"));
  EXPECT_EQ(answered_by(os), (Strings{"-", "r2", "-"}));
}

TEST(Answering, SkippedAndPartialRecordsAnswer) {
  const hwk::Zone zone = hwk::find_zone(ny);
  auto os = hwk::occurrences_between(assignment("daily"), day(2026, 11, 20), day(2026, 11, 22), zone, {});
  auto skipped = practice("r1", "2026-11-20T09:00:00-05:00", hwk::Status::skipped);
  skipped.reason = "ill";
  const std::vector<hwk::Record> records = {skipped, practice("r2", "2026-11-21T09:00:00-05:00", hwk::Status::partial)};
  hwk::answer_occurrences(os, hwk::effective_records(records, "a"));
  EXPECT_EQ(answered_by(os), (Strings{"r1", "r2", "-"}));
}

TEST(Answering, AnAmendedRecordIsReplacedByTheAmendingOne) {
  const hwk::Zone zone = hwk::find_zone(ny);
  auto os = hwk::occurrences_between(assignment("daily"), day(2026, 11, 20), day(2026, 11, 22), zone, {});
  // r1 was put on the 20th by mistake; r2 corrects it to the 21st.
  const std::vector<hwk::Record> records = {practice("r1", "2026-11-20T09:00:00-05:00"),
                                            practice("r2", "2026-11-21T09:00:00-05:00", hwk::Status::done, "r1")};
  const auto effective = hwk::effective_records(records, "a");
  ASSERT_EQ(effective.size(), 1u);
  EXPECT_EQ(effective[0]->id, "r2");
  hwk::answer_occurrences(os, effective);
  EXPECT_EQ(answered_by(os), (Strings{"-", "r2", "-"}));
}

TEST(Answering, ADuplicateIdCountsOnce) {
  const hwk::Zone zone = hwk::find_zone(ny);
  auto os = hwk::occurrences_between(assignment("daily", {8h, 20h}), day(2026, 11, 20), day(2026, 11, 20), zone, {});
  // The same record twice (as a merge of two copies of a log can leave it).
  const std::vector<hwk::Record> records = {practice("r1", "2026-11-20T09:00:00-05:00"), practice("r1", "2026-11-20T09:00:00-05:00")};
  hwk::answer_occurrences(os, hwk::effective_records(records, "a"));
  EXPECT_EQ(answered_by(os), (Strings{"r1", "-"}));
}

TEST(Answering, OnlyPracticeRecordsOfTheAssignment) {
  auto other = practice("r1", "2026-11-20T09:00:00-05:00");
  other.assignment = "b";
  auto session = practice("r2", "2026-11-20T10:00:00-05:00");
  session.kind = hwk::RecordKind::session;
  session.assignment.clear();
  EXPECT_TRUE(hwk::effective_records({other, session}, "a").empty());
}

TEST(Answering, QuotasCountRecordsInTheirPeriod) {
  const hwk::Zone zone = hwk::find_zone(ny);
  auto p = hwk::quota_periods(assignment("3 per week"), day(2026, 11, 16), day(2026, 11, 29), zone, 1);
  auto skipped = practice("r3", "2026-11-22T23:59:00-05:00", hwk::Status::skipped);
  const std::vector<hwk::Record> records = {practice("r1", "2026-11-16T00:00:00-05:00"), practice("r2", "2026-11-18T09:00:00-05:00"), skipped,
                                            practice("r4", "2026-11-23T00:00:00-05:00"), practice("r4", "2026-11-23T00:00:00-05:00")};
  hwk::answer_quotas(p, hwk::effective_records(records, "a"));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].answered, 3);
  EXPECT_EQ(p[1].answered, 1);
}

TEST(Answering, LastSessionIsTheLatestNotAfterNow) {
  auto s1 = practice("s1", "2026-11-16T10:00:00-05:00");
  s1.kind = hwk::RecordKind::session;
  auto s2 = practice("s2", "2026-11-30T10:00:00-05:00");
  s2.kind = hwk::RecordKind::session;
  const auto p = practice("p", "2026-11-20T10:00:00-05:00");
  EXPECT_EQ(hwk::last_session({s1, s2, p}, instant("2026-11-23T21:00:00-05:00")), instant("2026-11-16T10:00:00-05:00"));
  EXPECT_FALSE(hwk::last_session({p}, instant("2026-11-23T21:00:00-05:00")).has_value());
}
