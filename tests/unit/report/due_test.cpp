// Due states: overdue since the last session (or 7 days), due now, upcoming until a bound; quotas.
#include "report/due.hpp"

#include <gtest/gtest.h>

#include "plan_fixtures.hpp"

#include "schedule/schedule.hpp"

namespace {

using hwk::test::assignment;
using hwk::test::instant;
using hwk::test::plan;
using hwk::test::record;

using namespace std::chrono_literals;
using Strings = std::vector<std::string>;

hwk::Record session(const std::string& at) {
  hwk::Record r;
  r.id = "s-" + at;
  r.kind = hwk::RecordKind::session;
  r.at = instant(at);
  return r;
}

const std::string now = "2026-11-23T21:00:00-05:00";  // a Monday evening

hwk::DueQuery query(const std::string& until = "2026-11-23T23:59:59-05:00") {
  hwk::DueQuery q;
  q.now = instant(now);
  q.upcoming_until = instant(until);
  return q;
}

/// "state assignment date [HH:MM] [remaining N]" per item.
Strings describe(const std::vector<hwk::DueItem>& items) {
  Strings out;
  const hwk::Zone zone = hwk::find_zone("America/New_York");
  for (const auto& i : items) {
    std::string s = std::string(hwk::due_state_name(i.state)) + " " + i.assignment + " " + date::format("%F", i.day);
    if (i.at) s += " " + date::format("%H:%M", date::floor<std::chrono::minutes>(hwk::to_local(*i.at, zone)));
    if (i.remaining) s += " remaining " + std::to_string(*i.remaining);
    out.push_back(s);
  }
  return out;
}

Strings due(const hwk::Plan& p, const std::vector<hwk::Record>& records, const hwk::DueQuery& q = query()) {
  return describe(hwk::due_items("c-1", p, records, {}, q));
}

}  // namespace

TEST(Due, OverdueGoesBackSevenDaysWithoutASession) {
  // Seven days before Monday 21:00 is the previous Monday 21:00: that Monday's occurrence was due
  // earlier, but its day ended after it, so it counts (hwk-summary(1): a practice belongs to the
  // period in which its time to do it ends).
  EXPECT_EQ(due(plan({assignment("a", "daily")}), {}),
            (Strings{"overdue a 2026-11-16", "overdue a 2026-11-17", "overdue a 2026-11-18", "overdue a 2026-11-19", "overdue a 2026-11-20",
                     "overdue a 2026-11-21", "overdue a 2026-11-22", "due a 2026-11-23"}));
}

TEST(Due, OverdueGoesBackToTheLastSession) {
  const std::vector<hwk::Record> records = {session("2026-11-21T10:00:00-05:00"), session("2026-11-10T10:00:00-05:00")};
  EXPECT_EQ(due(plan({assignment("a", "daily", {8h, 20h})}), records),
            (Strings{"overdue a 2026-11-21 08:00", "overdue a 2026-11-21 20:00", "overdue a 2026-11-22 08:00", "overdue a 2026-11-22 20:00",
                     "due a 2026-11-23 08:00", "due a 2026-11-23 20:00"}));
  // A session after now does not count: overdue goes back to Monday 16 21:00, and both of that
  // day's practices ended after it (16–22: 14 overdue; today's 2 due).
  EXPECT_EQ(due(plan({assignment("a", "daily", {8h, 20h})}), {session("2026-11-24T10:00:00-05:00")}).size(), 16u);
}

TEST(Due, AnsweredOccurrencesAreNotListed) {
  const std::vector<hwk::Record> records = {record("a", "2026-11-22T09:00:00-05:00", "r1"), record("a", "2026-11-23T07:00:00-05:00", "r2"),
                                            session("2026-11-20T23:00:00-05:00")};
  EXPECT_EQ(due(plan({assignment("a", "daily", {8h, 20h})}), records),
            (Strings{"overdue a 2026-11-20 08:00", "overdue a 2026-11-20 20:00", "overdue a 2026-11-21 08:00", "overdue a 2026-11-21 20:00",
                     "overdue a 2026-11-22 20:00", "due a 2026-11-23 20:00"}));
}

TEST(Due, DueNowMeansItsTimeHasComeAndItsDayIsNotOver) {
  // At 21:00, 20:00 is due; 22:00 is later today and upcoming by default; nothing of tomorrow.
  EXPECT_EQ(due(plan({assignment("a", "daily", {20h, 22h}, date::year{2026} / 11 / 23)}), {}),
            (Strings{"due a 2026-11-23 20:00", "upcoming a 2026-11-23 22:00"}));
}

TEST(Due, UpcomingUntilTheBound) {
  const auto p = plan({assignment("a", "daily", {8h}, date::year{2026} / 11 / 24), assignment("b", "mon wed fri", {}, date::year{2026} / 11 / 24)});
  EXPECT_EQ(due(p, {}, query("2026-11-25T21:00:00-05:00")),
            (Strings{"upcoming a 2026-11-24 08:00", "upcoming b 2026-11-25", "upcoming a 2026-11-25 08:00"}));
  EXPECT_EQ(due(p, {}, query("2026-11-25T07:59:59-05:00")), (Strings{"upcoming a 2026-11-24 08:00", "upcoming b 2026-11-25"}));
  EXPECT_EQ(due(p, {}), Strings{});
}

TEST(Due, StatesAreOrderedOverdueDueUpcoming) {
  const auto p = plan({assignment("z", "daily", {22h}, date::year{2026} / 11 / 22), assignment("a", "once 2026-11-23", {20h})});
  EXPECT_EQ(due(p, {}), (Strings{"overdue z 2026-11-22 22:00", "due a 2026-11-23 20:00", "upcoming z 2026-11-23 22:00"}));
}

TEST(Due, QuotasShowWhatRemains) {
  const std::vector<hwk::Record> records = {record("q", "2026-11-18T09:00:00-05:00", "r1"), record("q", "2026-11-23T09:00:00-05:00", "r2")};
  // Last week (16–22 November) had one of three: overdue by Sunday; this week needs two more.
  EXPECT_EQ(due(plan({assignment("q", "3 per week")}), records), (Strings{"overdue q 2026-11-22 remaining 2", "due q 2026-11-29 remaining 2"}));
  // With Sunday week starts the weeks are 15–21 and 22–28 November.
  auto q = query();
  q.week_start = 0;
  EXPECT_EQ(due(plan({assignment("q", "3 per week")}), records, q), (Strings{"overdue q 2026-11-21 remaining 2", "due q 2026-11-28 remaining 2"}));
}

TEST(Due, AMetQuotaIsNotListed) {
  const std::vector<hwk::Record> records = {record("q", "2026-11-23T08:00:00-05:00", "r1"), record("q", "2026-11-23T12:00:00-05:00", "r2"),
                                            record("m", "2026-11-02T12:00:00-05:00", "r3")};
  EXPECT_EQ(due(plan({assignment("q", "2 per day", {}, date::year{2026} / 11 / 23), assignment("m", "1 per month")}), records), Strings{});
}

TEST(Due, AsNeededIsNeverDue) { EXPECT_EQ(due(plan({assignment("a", "as needed")}), {}), Strings{}); }

TEST(Due, TitlesAndClientAreCarried) {
  const auto items = hwk::due_items("c-1", plan({assignment("a", "once 2026-11-23")}), {}, {{"a", "Paced breathing"}}, query());
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].client, "c-1");
  EXPECT_EQ(items[0].title, "Paced breathing");
  EXPECT_FALSE(items[0].at.has_value());
  EXPECT_FALSE(items[0].remaining.has_value());
}

TEST(Due, UntimedItemsSortAtTheStartOfTheirLocalDay) {
  // In New York tomorrow begins at 05:00 UTC: a practice for tomorrow comes after today's 22:00,
  // not before it (its day taken as UTC midnight would be 19:00 today).
  const auto p = plan({assignment("a", "daily", {22h}, date::year{2026} / 11 / 23), assignment("b", "daily", {}, date::year{2026} / 11 / 24)});
  EXPECT_EQ(due(p, {}, query("2026-11-24T23:00:00-05:00")),
            (Strings{"upcoming a 2026-11-23 22:00", "upcoming b 2026-11-24", "upcoming a 2026-11-24 22:00"}));
}
