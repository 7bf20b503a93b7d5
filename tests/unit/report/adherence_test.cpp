// Adherence: expected counting (an open window counts in no figure but `open`), partial as half, skipped vs missed,
// streaks, quotas, as-needed, amended and duplicate records, quality, field trends, DST weeks.
#include "report/adherence.hpp"

#include <gtest/gtest.h>

#include "plan_fixtures.hpp"

#include "schedule/schedule.hpp"

namespace {

using hwk::test::instant;

const hwk::Zone ny = hwk::find_zone("America/New_York");

hwk::Assignment assignment(const char* phrase, date::year_month_day start = date::year{2026} / 11 / 16) {
  hwk::Assignment a;
  a.id = "a";
  a.schedule_text = phrase;
  a.schedule = std::get<hwk::Schedule>(hwk::parse_schedule(phrase));
  a.start = start;
  return a;
}

hwk::Record record(const std::string& at, const std::string& id, hwk::Status status = hwk::Status::done) {
  hwk::Record r;
  r.id = id;
  r.assignment = "a";
  std::string error;
  r.at = hwk::parse_time_point(at, ny, hwk::Instant{}, error).value();
  r.status = status;
  if (status == hwk::Status::skipped) r.reason = "away";
  return r;
}

hwk::AdherenceQuery query(const std::string& from, const std::string& now) {
  hwk::AdherenceQuery q;
  q.from = instant(from);
  q.now = instant(now);
  q.to = q.now;
  q.week_start = 1;
  return q;
}

hwk::Adherence run(const hwk::Assignment& a, const std::vector<hwk::Record>& records, const hwk::AdherenceQuery& q,
                   const hwk::Template* t = nullptr) {
  return hwk::adherence(a, t, "A", records, {}, ny, q);
}

hwk::Template mood_template() {
  hwk::Template t;
  t.id = "mood-check";
  hwk::Field mood;
  mood.id = "mood";
  mood.type = hwk::FieldType::scale;
  mood.min = 0;
  mood.max = 10;
  mood.required = true;
  hwk::Field minutes;
  minutes.id = "minutes";
  minutes.type = hwk::FieldType::duration;
  hwk::Field note;
  note.id = "note";
  note.type = hwk::FieldType::text;
  t.fields = {mood, minutes, note};
  return t;
}

// Daily from Mon 16 Nov; Wednesday noon: the 16th and 17th have closed and count; the 18th is still
// open (its day is not over), so it is neither expected nor missed yet.
TEST(Adherence, CountsClosedDaysOnlyAndPartialAsHalf) {
  const auto r = run(assignment("daily"), {record("2026-11-16T09:00", "1"), record("2026-11-17T09:00", "2", hwk::Status::partial)},
                     query("2026-11-16T00:00:00-05:00", "2026-11-18T12:00:00-05:00"));
  EXPECT_EQ(r.expected, 2);
  EXPECT_EQ(r.done, 1);
  EXPECT_EQ(r.partial, 1);
  EXPECT_EQ(r.missed, 0);
  ASSERT_TRUE(r.rate);
  EXPECT_DOUBLE_EQ(*r.rate, 0.75);  // (1 + 0.5) / 2
  EXPECT_EQ(r.streak, 0);           // the partial ends it; the open 18th does not count
  EXPECT_EQ(r.longest_streak, 1);
  EXPECT_EQ(r.last_done, instant("2026-11-16T09:00:00-05:00"));
  ASSERT_TRUE(r.open);
  EXPECT_EQ(r.open->expected, 1);
  EXPECT_EQ(r.open->done + r.open->partial + r.open->skipped, 0);
  EXPECT_EQ(r.open->days_left, 1);
  EXPECT_EQ(r.open->until, instant("2026-11-19T00:00:00-05:00"));
}

TEST(Adherence, NothingExpectedYetHasNoRate) {
  const auto r = run(assignment("daily"), {}, query("2026-11-10T00:00:00-05:00", "2026-11-15T12:00:00-05:00"));
  EXPECT_EQ(r.expected, 0);
  EXPECT_FALSE(r.rate);
}

TEST(Adherence, SkippedIsNotMissed) {
  const auto r = run(assignment("daily"), {record("2026-11-16T09:00", "1", hwk::Status::skipped)},
                     query("2026-11-16T00:00:00-05:00", "2026-11-18T12:00:00-05:00"));
  EXPECT_EQ(r.skipped, 1);
  EXPECT_EQ(r.missed, 1);  // the 17th; the 18th is open
  EXPECT_DOUBLE_EQ(*r.rate, 0.0);
}

TEST(Adherence, AMissedOccurrenceBreaksTheStreak) {
  std::vector<hwk::Record> rs;
  for (const char* d : {"16", "17", "19", "20", "21"}) rs.push_back(record(std::string("2026-11-") + d + "T09:00", d));
  const auto r = run(assignment("daily"), rs, query("2026-11-16T00:00:00-05:00", "2026-11-22T12:00:00-05:00"));
  EXPECT_EQ(r.expected, 6);  // 16–21; the 22nd is still open at noon
  EXPECT_EQ(r.missed, 1);    // the 18th
  EXPECT_EQ(r.streak, 3);
  EXPECT_EQ(r.longest_streak, 3);
}

TEST(Adherence, QuotasCountNPerClosedPeriodAndExtraRecordsNothing) {
  std::vector<hwk::Record> rs = {record("2026-11-10T09:00", "1"), record("2026-11-11T09:00", "2"), record("2026-11-12T09:00", "3"),
                                 record("2026-11-13T09:00", "4"), record("2026-11-17T09:00", "5")};
  const auto r = run(assignment("3 per week", date::year{2026} / 11 / 2), rs, query("2026-11-09T00:00:00-05:00", "2026-11-18T12:00:00-05:00"));
  EXPECT_EQ(r.expected, 3);  // the week of 9 November; that of the 16th has not ended
  EXPECT_EQ(r.done, 3);      // the 4th record of that week counts for nothing
  EXPECT_EQ(r.missed, 0);
  EXPECT_DOUBLE_EQ(*r.rate, 1.0);
  EXPECT_EQ(r.streak, 4);  // this week's done practice extends it; its two open units do not break it
  ASSERT_EQ(r.weekly_rate.size(), 2u);
  EXPECT_DOUBLE_EQ(*r.weekly_rate[0], 1.0);
  EXPECT_FALSE(r.weekly_rate[1]);  // nothing of that week has closed
  ASSERT_TRUE(r.open);
  EXPECT_EQ(r.open->expected, 3);
  EXPECT_EQ(r.open->done, 1);
  EXPECT_EQ(r.open->days_left, 5);  // Wednesday to Sunday
  EXPECT_EQ(r.open->last_day, hwk::LocalDay{date::year{2026} / 11 / 22});
}

// The review's period starts at a session on Wednesday 18 November 10:00. The week of the 16th
// ended after it, so it counts whole, with Monday's practice from before the session; the week of
// the 23rd is open at Tuesday noon. Counted by hand: 3 expected, 2 done (Mon 16, Thu 19) and 1
// partial (Sat 21): (2 + 0.5) / 3.
TEST(Adherence, AWeekThatStraddlesTheSessionCountsWhole) {
  std::vector<hwk::Record> rs = {record("2026-11-16T09:00", "1"), record("2026-11-19T09:00", "2"),
                                 record("2026-11-21T09:00", "3", hwk::Status::partial), record("2026-11-24T08:00", "4")};
  const auto r = run(assignment("3 per week", date::year{2026} / 11 / 2), rs, query("2026-11-18T10:00:00-05:00", "2026-11-24T12:00:00-05:00"));
  EXPECT_EQ(r.expected, 3);
  EXPECT_EQ(r.done, 2);
  EXPECT_EQ(r.partial, 1);
  EXPECT_EQ(r.missed, 0);
  EXPECT_NEAR(*r.rate, 2.5 / 3, 1e-9);
  EXPECT_EQ(r.straddle_from, instant("2026-11-16T00:00:00-05:00"));
  EXPECT_EQ(r.records_before, 1);
  ASSERT_TRUE(r.open);
  EXPECT_EQ(r.open->expected, 3);
  EXPECT_EQ(r.open->done, 1);
  EXPECT_EQ(r.open->days_left, 6);  // Tuesday to Sunday
}

// The day before the week ends (Saturday 21 November, 18:00): the week is still open, so nothing
// of it is missed yet; on Monday it has closed, and its one missing practice is.
TEST(Adherence, TheDayBeforeTheWeekEndsNothingIsMissedYet) {
  std::vector<hwk::Record> rs = {record("2026-11-16T09:00", "1"), record("2026-11-18T09:00", "2")};
  const auto a = assignment("3 per week", date::year{2026} / 11 / 16);
  auto r = run(a, rs, query("2026-11-16T00:00:00-05:00", "2026-11-21T18:00:00-05:00"));
  EXPECT_EQ(r.expected, 0);
  EXPECT_EQ(r.missed, 0);
  EXPECT_FALSE(r.rate);
  ASSERT_TRUE(r.open);
  EXPECT_EQ(r.open->done, 2);
  EXPECT_EQ(r.open->days_left, 2);
  r = run(a, rs, query("2026-11-16T00:00:00-05:00", "2026-11-23T09:00:00-05:00"));
  EXPECT_EQ(r.expected, 3);
  EXPECT_EQ(r.done, 2);
  EXPECT_EQ(r.missed, 1);
  EXPECT_NEAR(*r.rate, 2.0 / 3, 1e-9);
}

// A monthly quota and a period that begins mid-month and mid-week: November counts whole (it ends
// in the period), with the practice of 3 November from before it.
TEST(Adherence, AMonthThatStraddlesThePeriodCountsWhole) {
  std::vector<hwk::Record> rs = {record("2026-11-03T09:00", "1"), record("2026-11-20T09:00", "2")};
  const auto r = run(assignment("4 per month", date::year{2026} / 10 / 1), rs, query("2026-11-18T10:00:00-05:00", "2026-12-02T12:00:00-05:00"));
  EXPECT_EQ(r.expected, 4);
  EXPECT_EQ(r.done, 2);
  EXPECT_EQ(r.missed, 2);
  EXPECT_EQ(r.records_before, 1);
  EXPECT_EQ(r.straddle_from, instant("2026-11-01T00:00:00-04:00"));
  ASSERT_TRUE(r.open);  // December
  EXPECT_EQ(r.open->expected, 4);
  EXPECT_EQ(r.open->days_left, 30);
}

// An occurrence at 20:00: at 19:59 it is not yet due (neither counted nor open); at 20:01 it is due
// and open until midnight; after midnight it counts, missed.
TEST(Adherence, AnOccurrenceAt20IsOpenUntilItsDayEnds) {
  auto a = assignment("once 2026-11-18");
  a.times = {std::chrono::hours{20}};
  const auto at = [&](const char* now) { return run(a, {}, query("2026-11-16T00:00:00-05:00", now)); };
  auto r = at("2026-11-18T19:59:00-05:00");
  EXPECT_EQ(r.expected, 0);
  EXPECT_FALSE(r.open);
  r = at("2026-11-18T20:01:00-05:00");
  EXPECT_EQ(r.expected, 0);
  EXPECT_EQ(r.missed, 0);
  ASSERT_TRUE(r.open);
  EXPECT_EQ(r.open->expected, 1);
  r = at("2026-11-19T00:01:00-05:00");
  EXPECT_EQ(r.expected, 1);
  EXPECT_EQ(r.missed, 1);
  EXPECT_FALSE(r.open);
  // Done at 19:30, before it was due: at 19:59 it is open and already answered.
  r = run(a, {record("2026-11-18T19:30", "1")}, query("2026-11-16T00:00:00-05:00", "2026-11-18T19:59:00-05:00"));
  ASSERT_TRUE(r.open);
  EXPECT_EQ(r.open->done, 1);
}

TEST(Adherence, AsNeededReportsCountsOnly) {
  const auto r = run(assignment("as needed"),
                     {record("2026-11-16T09:00", "1"), record("2026-11-16T19:00", "2"), record("2026-11-17T09:00", "3", hwk::Status::skipped)},
                     query("2026-11-16T00:00:00-05:00", "2026-11-18T12:00:00-05:00"));
  EXPECT_TRUE(r.as_needed);
  EXPECT_FALSE(r.expected);
  EXPECT_FALSE(r.missed);
  EXPECT_FALSE(r.rate);
  EXPECT_FALSE(r.streak);
  EXPECT_EQ(r.done, 2);
  EXPECT_EQ(r.skipped, 1);
}

TEST(Adherence, AmendmentsReplaceAndDuplicatesCountOnce) {
  auto amended = record("2026-11-16T09:00", "1", hwk::Status::skipped);
  auto correction = record("2026-11-16T09:05", "2");
  correction.amends = "1";
  const auto dup = record("2026-11-17T09:00", "3");
  const auto r = run(assignment("daily"), {amended, correction, dup, dup}, query("2026-11-16T00:00:00-05:00", "2026-11-18T01:00:00-05:00"));
  EXPECT_EQ(r.done, 2);
  EXPECT_EQ(r.skipped, 0);
  EXPECT_EQ(r.missed, 0);
  EXPECT_EQ(r.streak, 2);
}

TEST(Adherence, QualityNeedsRequiredFieldsAndAReflection) {
  const auto t = mood_template();
  auto complete = record("2026-11-16T09:00", "1");
  complete.values = {{"mood", 5LL}};
  complete.reflection = "calmer";
  auto no_reflection = record("2026-11-17T09:00", "2");
  no_reflection.values = {{"mood", 5LL}};
  auto no_mood = record("2026-11-18T09:00", "3", hwk::Status::partial);
  no_mood.reflection = "short";
  const auto skipped = record("2026-11-19T09:00", "4", hwk::Status::skipped);  // not counted
  const auto r =
      run(assignment("daily"), {complete, no_reflection, no_mood, skipped}, query("2026-11-16T00:00:00-05:00", "2026-11-20T12:00:00-05:00"), &t);
  ASSERT_TRUE(r.complete);
  EXPECT_NEAR(*r.complete, 1.0 / 3.0, 1e-9);
}

// A template that asks its reflection once a week: a record without one is still complete.
TEST(Adherence, AWeeklyReflectionIsNotAskedOfEveryRecord) {
  auto t = mood_template();
  t.weekly_reflection = true;
  auto with = record("2026-11-16T09:00", "1");
  with.values = {{"mood", 5LL}};
  with.reflection = "a calmer week";
  auto without = record("2026-11-17T09:00", "2");
  without.values = {{"mood", 6LL}};
  auto no_mood = record("2026-11-18T09:00", "3");
  const auto r = run(assignment("daily"), {with, without, no_mood}, query("2026-11-16T00:00:00-05:00", "2026-11-20T12:00:00-05:00"), &t);
  ASSERT_TRUE(r.complete);
  EXPECT_NEAR(*r.complete, 2.0 / 3.0, 1e-9);  // only the record without its required mood is incomplete
}

TEST(Adherence, FieldMeansChangeAndWeeklyMeans) {
  const auto t = mood_template();
  std::vector<hwk::Record> rs;
  int n = 0;
  for (const auto& [day, mood] : std::vector<std::pair<std::string, long long>>{{"02", 4}, {"03", 6}, {"10", 7}, {"16", 8}, {"17", 9}}) {
    auto r = record("2026-11-" + day + "T09:00", std::to_string(++n));
    r.values = {{"mood", mood}, {"minutes", std::string("1h")}};
    rs.push_back(r);
  }
  const auto r = run(assignment("daily", date::year{2026} / 11 / 2), rs, query("2026-11-02T00:00:00-05:00", "2026-11-18T12:00:00-05:00"), &t);
  ASSERT_EQ(r.fields.size(), 2u);  // mood and minutes; text is not numeric
  const auto& mood = r.fields[0];
  EXPECT_EQ(mood.field, "mood");
  EXPECT_DOUBLE_EQ(*mood.mean, 6.8);
  EXPECT_DOUBLE_EQ(*mood.change, 3.5);  // 11–17 Nov: 8.5; 2–8 Nov: 5
  ASSERT_EQ(mood.weekly.size(), 3u);
  EXPECT_DOUBLE_EQ(*mood.weekly[0], 5);
  EXPECT_DOUBLE_EQ(*mood.weekly[1], 7);
  EXPECT_DOUBLE_EQ(*mood.weekly[2], 8.5);
  EXPECT_DOUBLE_EQ(*r.fields[1].mean, 60);  // durations in minutes
}

TEST(Adherence, NoChangeWithinOneWeek) {
  const auto t = mood_template();
  auto a = record("2026-11-16T09:00", "1");
  a.values = {{"mood", 3LL}};
  auto b = record("2026-11-22T09:00", "2");
  b.values = {{"mood", 7LL}};
  const auto r = run(assignment("daily"), {a, b}, query("2026-11-16T00:00:00-05:00", "2026-11-23T12:00:00-05:00"), &t);
  EXPECT_DOUBLE_EQ(*r.fields[0].mean, 5);
  EXPECT_FALSE(r.fields[0].change);
}

// Summer time ends on Sunday 1 November 2026 in New York: 23:30 that Sunday is 04:30 UTC on
// Monday, yet it belongs to the week of 26 October.
TEST(Adherence, WeeksFollowTheClientsCalendarAcrossDst) {
  const auto t = mood_template();
  auto sunday = record("2026-11-01T23:30", "1");
  sunday.values = {{"mood", 2LL}};
  auto monday = record("2026-11-02T00:30", "2");
  monday.values = {{"mood", 8LL}};
  const auto r =
      run(assignment("daily", date::year{2026} / 10 / 26), {sunday, monday}, query("2026-10-26T00:00:00-04:00", "2026-11-03T12:00:00-05:00"), &t);
  ASSERT_EQ(r.weeks.size(), 2u);
  EXPECT_EQ(r.weeks[1], hwk::LocalDay{date::year{2026} / 11 / 2});
  EXPECT_DOUBLE_EQ(*r.fields[0].weekly[0], 2);
  EXPECT_DOUBLE_EQ(*r.fields[0].weekly[1], 8);
  EXPECT_NEAR(*r.weekly_rate[0], 1.0 / 7.0, 1e-9);  // 7 days expected in the week of the change
}

}  // namespace
