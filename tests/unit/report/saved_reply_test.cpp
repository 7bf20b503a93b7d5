// The reply after a saved practice, counted by hand: this week's practice (what is so far expected
// for a schedule, the whole week for a quota), the run of practices done, and the words for it.
#include "report/saved_reply.hpp"

#include <gtest/gtest.h>

#include "new_york.hpp"
#include "schedule/schedule.hpp"
#include "util/time.hpp"

namespace {

using hwk::test::at;
using hwk::test::ny;

hwk::Assignment assignment(const char* phrase) {
  hwk::Assignment a;
  a.id = "a";
  a.schedule_text = phrase;
  a.schedule = std::get<hwk::Schedule>(hwk::parse_schedule(phrase));
  a.start = date::year{2026} / 11 / 2;
  return a;
}

hwk::Record record(const std::string& when, const std::string& id, hwk::Status status = hwk::Status::done) {
  hwk::Record r;
  r.id = id;
  r.assignment = "a";
  r.at = at(when);
  r.recorded = r.at;
  r.status = status;
  if (status != hwk::Status::done) r.reason = "busy";
  return r;
}

hwk::Assignment daily_at_8() {
  hwk::Assignment a = assignment("daily");
  a.times = {std::chrono::hours{8}};
  return a;
}

// Week of Monday 2026-11-23; the clock is Wednesday 20:15.
const std::string now = "2026-11-25T20:15";

TEST(SavedProgress, ADailyPracticeCountsTheDaysSoFarThisWeek) {
  // Mon done, Tue missed, Wed done just now: 2 of the 3 days so far (Wednesday's is open and done).
  // The streak: Sat 21, Sun 22 and Mon 23 done, Tue 24 missed, Wed 25 done: 1.
  const std::vector<hwk::Record> records = {record("2026-11-21T08:00", "r1"), record("2026-11-22T08:00", "r2"), record("2026-11-23T08:00", "r3"),
                                            record("2026-11-25T20:15", "r4")};
  const auto p = hwk::saved_progress(daily_at_8(), nullptr, records, records.back(), {}, ny, at(now), 1);
  EXPECT_EQ(p.this_week, 2);
  ASSERT_TRUE(p.week_expected.has_value());
  EXPECT_EQ(*p.week_expected, 3);
  EXPECT_FALSE(p.whole_week);
  EXPECT_EQ(p.streak, 1);
  EXPECT_EQ(hwk::saved_reply(p, "en"), "That makes 2 of 3 so far this week. Well done.");
}

TEST(SavedProgress, AQuotaCountsAgainstTheWholeWeekAndARunOfDonePractices) {
  // 4 per week: Mon, Tue and Wed done this week, of 4. Last week's 4 were done too: 7 in a row.
  std::vector<hwk::Record> records;
  for (const char* day : {"2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-23", "2026-11-24", "2026-11-25"}) {
    records.push_back(record(std::string(day) + "T08:00", std::string("r") + day));
  }
  const auto p = hwk::saved_progress(assignment("4 per week"), nullptr, records, records.back(), {}, ny, at(now), 1);
  EXPECT_EQ(p.this_week, 3);
  EXPECT_EQ(p.week_expected, 4);
  EXPECT_TRUE(p.whole_week);
  EXPECT_EQ(p.streak, 7);
  EXPECT_EQ(hwk::saved_reply(p, "en"), "That makes 3 of 4 this week, 7 in a row. Well done.");
  EXPECT_EQ(hwk::saved_reply(p, "es"), "Con esta van 3 de 4 esta semana, 7 seguidas. ¡Bien hecho!");
  EXPECT_EQ(hwk::saved_reply(p, "fr"), "Cela fait 3 sur 4 cette semaine, 7 d'affilée. Bravo !");
}

TEST(SavedProgress, AsNeededPracticeHasNoExpectedCount) {
  const std::vector<hwk::Record> records = {record("2026-11-20T08:00", "r1"), record("2026-11-24T08:00", "r2"),
                                            record("2026-11-25T20:00", "r3", hwk::Status::partial)};
  const auto p = hwk::saved_progress(assignment("as needed"), nullptr, records, records.back(), {}, ny, at(now), 1);
  EXPECT_EQ(p.this_week, 2);  // a partial practice is a practice
  EXPECT_FALSE(p.week_expected.has_value());
  EXPECT_EQ(hwk::saved_reply(p, "en"), "That makes 2 this week. Well done.");
}

TEST(SavedProgress, ASkippedPracticeIsThankedWithoutAFigure) {
  const std::vector<hwk::Record> records = {record("2026-11-25T20:00", "r1", hwk::Status::skipped)};
  const auto p = hwk::saved_progress(daily_at_8(), nullptr, records, records.back(), {}, ny, at(now), 1);
  EXPECT_EQ(hwk::saved_reply(p, "en"), "Thank you for writing down what got in the way. It helps you and your clinician plan the next step.");
  EXPECT_EQ(hwk::saved_reply(p, "es-MX").rfind("Gracias", 0), 0u);
}

// The template's success line is said once: when the record just saved brings the week up to the
// plan's count for the whole week and to the number the line names.
TEST(GoalReached, SaidWhenTheRecordJustSavedReachesTheWholeWeeksCount) {
  // 3 per week; Mon and Tue done, Wed saved now: 3 of 3, reached by this record.
  const std::vector<hwk::Record> records = {record("2026-11-23T08:00", "r1"), record("2026-11-24T08:00", "r2"), record("2026-11-25T20:15", "r3")};
  const auto p = hwk::saved_progress(assignment("3 per week"), nullptr, records, records.back(), {}, ny, at(now), 1);
  EXPECT_EQ(p.week_target, 3);
  EXPECT_EQ(p.practices, 3);
  EXPECT_EQ(p.practices_before, 2);
  EXPECT_EQ(p.days_this_week, 3);
  const std::string success = "You practised on 3 days this week.";
  EXPECT_EQ(hwk::goal_reached_line(p, success, "en"), "Goal for this week reached. You practised on 3 days this week.");
  EXPECT_EQ(hwk::goal_reached_line(p, success, "fr"), "Objectif de la semaine atteint. You practised on 3 days this week.");
  EXPECT_EQ(hwk::goal_reached_line(p, "", "en"), "");  // a template without one says nothing
  // A fourth practice: the goal was reached before it, and is not said again.
  auto more = records;
  more.push_back(record("2026-11-25T20:15", "r4"));
  EXPECT_EQ(hwk::goal_reached_line(hwk::saved_progress(assignment("3 per week"), nullptr, more, more.back(), {}, ny, at(now), 1), success, "en"), "");
}

TEST(GoalReached, ASchedulesWholeWeekCountsItsDaysStillToCome) {
  // Daily at 8: 7 expected this week. Wednesday evening, 3 of 3 so far, but the week is not done.
  const std::vector<hwk::Record> records = {record("2026-11-23T08:00", "r1"), record("2026-11-24T08:00", "r2"), record("2026-11-25T20:15", "r3")};
  const auto p = hwk::saved_progress(daily_at_8(), nullptr, records, records.back(), {}, ny, at(now), 1);
  EXPECT_EQ(p.week_expected, 3);
  EXPECT_EQ(p.week_target, 7);
  EXPECT_EQ(hwk::goal_reached_line(p, "You practised every day.", "en"), "");
}

TEST(GoalReached, NeverClaimsMoreThanTheLineNames) {
  // 2 per week, both done today: the plan's count is reached, but a line naming 4 days is not true yet.
  const std::vector<hwk::Record> records = {record("2026-11-25T08:00", "r1"), record("2026-11-25T20:15", "r2")};
  const auto p = hwk::saved_progress(assignment("2 per week"), nullptr, records, records.back(), {}, ny, at(now), 1);
  EXPECT_EQ(p.days_this_week, 1);
  EXPECT_EQ(hwk::goal_reached_line(p, "You practised on 4 days this week.", "en"), "");
  // Days, not practices: two practices on one day are one of the "2 days" a line names.
  EXPECT_EQ(hwk::goal_reached_line(p, "You wrote on 2 days this week.", "en"), "");
  // Practices: "2 times" is met by two practices on one day.
  EXPECT_EQ(hwk::goal_reached_line(p, "You spoke up at least 2 times this week.", "es"),
            "Meta de esta semana cumplida. You spoke up at least 2 times this week.");
}

TEST(GoalReached, NotForASkippedPracticeOrPracticeAsNeeded) {
  const std::vector<hwk::Record> skipped = {record("2026-11-25T20:15", "r1", hwk::Status::skipped)};
  EXPECT_EQ(hwk::goal_reached_line(hwk::saved_progress(assignment("1 per week"), nullptr, skipped, skipped.back(), {}, ny, at(now), 1),
                                   "You tried once.", "en"),
            "");
  const std::vector<hwk::Record> done = {record("2026-11-25T20:15", "r1")};
  EXPECT_EQ(
      hwk::goal_reached_line(hwk::saved_progress(assignment("as needed"), nullptr, done, done.back(), {}, ny, at(now), 1), "You tried once.", "en"),
      "");
}

}  // namespace
