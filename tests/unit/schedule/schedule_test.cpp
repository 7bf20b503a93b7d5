// Schedule phrases in plain words, and errors that point at the wrong word.
#include "schedule/schedule.hpp"

#include <gtest/gtest.h>

namespace {

hwk::Schedule ok(const char* phrase) {
  auto r = hwk::parse_schedule(phrase);
  if (auto* e = std::get_if<hwk::ScheduleError>(&r)) ADD_FAILURE() << phrase << ": " << e->message;
  return std::get_if<hwk::Schedule>(&r) ? std::get<hwk::Schedule>(r) : hwk::Schedule{};
}

hwk::ScheduleError bad(const char* phrase) {
  auto r = hwk::parse_schedule(phrase);
  EXPECT_TRUE(std::holds_alternative<hwk::ScheduleError>(r)) << phrase;
  return std::holds_alternative<hwk::ScheduleError>(r) ? std::get<hwk::ScheduleError>(r) : hwk::ScheduleError{};
}

}  // namespace

TEST(Schedule, CanonicalPhrasesRoundTrip) {
  for (const char* phrase : {"daily", "weekdays", "weekends", "mon wed fri", "every 2 days", "3 per week", "2 per day", "4 per month",
                             "once 2026-12-01", "before each session", "as needed"}) {
    EXPECT_EQ(hwk::describe_schedule(ok(phrase)), phrase);
  }
}

TEST(Schedule, SynonymsMeanTheSame) {
  EXPECT_EQ(hwk::describe_schedule(ok("every day")), "daily");
  EXPECT_EQ(hwk::describe_schedule(ok("Monday, Wednesday and Friday")), "mon wed fri");
  EXPECT_EQ(hwk::describe_schedule(ok("on tue thu")), "tue thu");
  EXPECT_EQ(hwk::describe_schedule(ok("weekly on sun")), "sun");
  EXPECT_EQ(hwk::describe_schedule(ok("every other day")), "every 2 days");
  EXPECT_EQ(hwk::describe_schedule(ok("twice a day")), "2 per day");
  EXPECT_EQ(hwk::describe_schedule(ok("3 times a week")), "3 per week");
  EXPECT_EQ(hwk::describe_schedule(ok("once a week")), "1 per week");
}

TEST(Schedule, KindsCarryTheirNumbers) {
  const auto s = ok("every 3 days");
  EXPECT_EQ(s.kind, hwk::Schedule::Kind::every_n_days);
  EXPECT_EQ(s.every, 3);
  const auto q = ok("5 per week");
  EXPECT_EQ(q.kind, hwk::Schedule::Kind::quota);
  EXPECT_EQ(q.count, 5);
  EXPECT_EQ(q.period, hwk::Schedule::Period::week);
  const auto d = ok("mon fri");
  EXPECT_TRUE(d.weekdays[1] && d.weekdays[5] && !d.weekdays[0]);
}

TEST(Schedule, ErrorsPointAtTheWord) {
  auto e = bad("dayly");
  EXPECT_EQ(e.column, 0u);
  EXPECT_EQ(e.hint, "did you mean 'daily'?");
  e = bad("mon wed fry");
  EXPECT_EQ(e.column, 8u);
  e = bad("every 2 weeks");
  EXPECT_EQ(e.column, 8u);
  e = bad("3 per fortnight");
  EXPECT_EQ(e.column, 6u);
  e = bad("once 2026-02-30");
  EXPECT_EQ(e.column, 5u);
  EXPECT_EQ(e.message, "'2026-02-30' is not a day of the calendar");
  EXPECT_EQ(bad("once 2026-2-3").message, "expected a date YYYY-MM-DD, as in 'once 2026-12-01', found '2026-2-3'");
  e = bad("daily at 8");
  EXPECT_EQ(e.column, 6u);
  e = bad("mon mon");
  EXPECT_EQ(e.column, 4u);
  bad("");
  bad("every 0 days");
  bad("0 per week");
  bad("as");
}
