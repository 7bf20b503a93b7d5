// Reminders: occurrences whose time has come within the catch-up window, late marking, answered
// occurrences left out, and quota reminders that stop once the quota is met.
#include "report/reminders.hpp"

#include <gtest/gtest.h>

#include "plan_fixtures.hpp"

#include "schedule/schedule.hpp"

namespace {

using hwk::test::instant;
using hwk::test::plan;
using hwk::test::record;

using namespace std::chrono_literals;
using Strings = std::vector<std::string>;

// The reminder cases' assignments start on 1 January.
hwk::Assignment assignment(const char* id, const char* phrase, std::vector<std::chrono::minutes> times) {
  return hwk::test::assignment(id, phrase, std::move(times), date::year{2026} / 1 / 1);
}

/// "assignment date HH:MM [late]" per reminder.
Strings remind(const hwk::Plan& p, const std::vector<hwk::Record>& records, const std::string& now, std::chrono::seconds catch_up = 2h,
               unsigned week_start = 1) {
  Strings out;
  for (const auto& r : hwk::reminders_due("c-1", p, records, {}, instant(now), catch_up, week_start)) {
    out.push_back(r.assignment + " " + date::format("%F", r.day) + " " + hwk::format_clock_time(r.time) + (r.late ? " late" : ""));
  }
  return out;
}

const auto twice = [] { return plan({assignment("a", "daily", {8h, 20h})}); };

}  // namespace

TEST(Reminders, GivenOnceTheirTimeHasCome) {
  EXPECT_EQ(remind(twice(), {}, "2026-11-23T07:59:00-05:00"), Strings{});
  EXPECT_EQ(remind(twice(), {}, "2026-11-23T08:00:00-05:00"), Strings{"a 2026-11-23 08:00"});
  EXPECT_EQ(remind(twice(), {}, "2026-11-23T08:10:00-05:00"), Strings{"a 2026-11-23 08:00"});
}

TEST(Reminders, LateOnesWithinTheCatchUpWindow) {
  EXPECT_EQ(remind(twice(), {}, "2026-11-23T09:30:00-05:00"), Strings{"a 2026-11-23 08:00 late"});
  EXPECT_EQ(remind(twice(), {}, "2026-11-23T10:30:00-05:00"), Strings{});
  EXPECT_EQ(remind(twice(), {}, "2026-11-23T09:30:00-05:00", 30min), Strings{});
  EXPECT_EQ(remind(twice(), {}, "2026-11-23T08:25:00-05:00", 30min), Strings{"a 2026-11-23 08:00 late"});
  // Across midnight: yesterday's 20:00 is still within a 6h catch-up at 01:00.
  EXPECT_EQ(remind(twice(), {}, "2026-11-24T01:00:00-05:00", 6h), Strings{"a 2026-11-23 20:00 late"});
  // A long catch-up gives every missed one, oldest first.
  EXPECT_EQ(remind(twice(), {}, "2026-11-24T09:00:00-05:00", 26h),
            (Strings{"a 2026-11-23 08:00 late", "a 2026-11-23 20:00 late", "a 2026-11-24 08:00 late"}));
}

TEST(Reminders, OnlyAssignmentsWithTimes) { EXPECT_EQ(remind(plan({assignment("a", "daily", {})}), {}, "2026-11-23T00:05:00-05:00"), Strings{}); }

TEST(Reminders, AnsweredOccurrencesAreNotReminded) {
  const auto p = plan({assignment("a", "daily", {20h})});
  EXPECT_EQ(remind(p, {record("a", "2026-11-23T19:30:00-05:00", "r1")}, "2026-11-23T20:00:00-05:00"), Strings{});
  // A record of another day, or of another assignment, does not answer it.
  EXPECT_EQ(remind(p, {record("a", "2026-11-22T21:00:00-05:00", "r1"), record("b", "2026-11-23T19:30:00-05:00", "r2")}, "2026-11-23T20:00:00-05:00"),
            Strings{"a 2026-11-23 20:00"});
  // Two times: one record answers the earlier, so the later is still reminded.
  EXPECT_EQ(remind(twice(), {record("a", "2026-11-23T19:30:00-05:00", "r1")}, "2026-11-23T20:05:00-05:00"), Strings{"a 2026-11-23 20:00"});
}

TEST(Reminders, SpringForwardAndFallBack) {
  const auto p = plan({assignment("a", "daily", {150min})});
  // 02:30 does not exist on 8 March 2026 in New York; it is reminded at 03:30 EDT.
  EXPECT_EQ(remind(p, {}, "2026-03-08T03:29:00-04:00"), Strings{});
  EXPECT_EQ(remind(p, {}, "2026-03-08T03:30:00-04:00"), Strings{"a 2026-03-08 02:30"});
  const auto fall = plan({assignment("a", "daily", {90min})});
  // 01:30 on 1 November happens twice; the reminder is at the first.
  EXPECT_EQ(remind(fall, {}, "2026-11-01T01:35:00-04:00"), Strings{"a 2026-11-01 01:30"});
  EXPECT_EQ(remind(fall, {}, "2026-11-01T01:35:00-05:00"), Strings{"a 2026-11-01 01:30 late"});
  const auto lh = plan({assignment("a", "daily", {135min})}, "Australia/Lord_Howe");
  EXPECT_EQ(remind(lh, {}, "2026-10-04T02:44:00+11:00"), Strings{});
  EXPECT_EQ(remind(lh, {}, "2026-10-04T02:45:00+11:00"), Strings{"a 2026-10-04 02:15"});
}

TEST(Reminders, QuotaRemindersStopOnceTheQuotaIsMet) {
  const auto p = plan({assignment("q", "2 per week", {19h})});
  // Week of Monday 16 November.
  EXPECT_EQ(remind(p, {record("q", "2026-11-16T09:00:00-05:00", "r1")}, "2026-11-18T19:00:00-05:00"), Strings{"q 2026-11-18 19:00"});
  EXPECT_EQ(remind(p, {record("q", "2026-11-16T09:00:00-05:00", "r1"), record("q", "2026-11-17T09:00:00-05:00", "r2")}, "2026-11-18T19:00:00-05:00"),
            Strings{});
  // A new week starts again.
  EXPECT_EQ(remind(p, {record("q", "2026-11-16T09:00:00-05:00", "r1"), record("q", "2026-11-17T09:00:00-05:00", "r2")}, "2026-11-23T19:00:00-05:00"),
            Strings{"q 2026-11-23 19:00"});
  // With Sunday starts, Sunday 22 November opens a new week.
  EXPECT_EQ(
      remind(p, {record("q", "2026-11-16T09:00:00-05:00", "r1"), record("q", "2026-11-17T09:00:00-05:00", "r2")}, "2026-11-22T19:00:00-05:00", 2h, 0),
      Strings{"q 2026-11-22 19:00"});
  EXPECT_EQ(
      remind(p, {record("q", "2026-11-16T09:00:00-05:00", "r1"), record("q", "2026-11-17T09:00:00-05:00", "r2")}, "2026-11-22T19:00:00-05:00", 2h, 1),
      Strings{});
}

TEST(Reminders, KeysNameTheLocalDateAndTime) {
  const auto rs = hwk::reminders_due("c-1", twice(), {}, {{"a", "Breathing"}}, instant("2026-11-23T20:00:00-05:00"), 2h, 1);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].key(), "c-1 a 2026-11-23 20:00");
  EXPECT_EQ(rs[0].title, "Breathing");
  EXPECT_EQ(rs[0].at, instant("2026-11-24T01:00:00Z"));
}
