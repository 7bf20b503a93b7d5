// What feedback answers and which ratings count; records made in the moment or recalled later;
// the clinician's rating in the adherence of an assignment.
#include "report/feedback.hpp"

#include <gtest/gtest.h>

#include "new_york.hpp"
#include "report/adherence.hpp"
#include "schedule/schedule.hpp"

namespace {

using hwk::test::at;
using hwk::test::ny;

hwk::Record practice(const std::string& id, const std::string& when, hwk::Status status = hwk::Status::done) {
  hwk::Record r;
  r.id = id;
  r.assignment = "a";
  r.at = r.recorded = at(when);
  r.status = status;
  if (status != hwk::Status::done) r.reason = "away";
  return r;
}

hwk::Record feedback(const std::string& id, const std::string& when, const std::string& answers, std::optional<int> quality) {
  hwk::Record r;
  r.id = id;
  r.kind = hwk::RecordKind::feedback;
  r.assignment = "a";
  r.at = r.recorded = at(when);
  r.answers = answers;
  r.quality = quality;
  r.note = "feedback " + id;
  return r;
}

hwk::Record week_feedback(const std::string& id, const std::string& when, date::year_month_day week, int quality) {
  auto r = feedback(id, when, "", quality);
  r.week = week;
  return r;
}

hwk::Adherence daily(const std::vector<hwk::Record>& records, const std::string& from = "2026-11-16T00:00",
                     const std::string& now = "2026-11-20T00:00") {
  hwk::Assignment a;
  a.id = "a";
  a.schedule_text = "daily";
  a.schedule = std::get<hwk::Schedule>(hwk::parse_schedule("daily"));
  a.start = date::year{2026} / 11 / 16;
  hwk::AdherenceQuery q;
  q.from = at(from);
  q.now = q.to = at(now);
  return hwk::adherence(a, nullptr, "A", records, {}, ny, q);
}

}  // namespace

TEST(FeedbackLinks, FeedbackOnACorrectedRecordAnswersTheCorrection) {
  auto fixed = practice("P2", "2026-11-16T09:00");
  fixed.amends = "P1";
  auto fixed_again = practice("P3", "2026-11-16T09:00");
  fixed_again.amends = "P2";
  const std::vector<hwk::Record> records = {practice("P1", "2026-11-16T09:00"), fixed, fixed_again, feedback("F1", "2026-11-17T10:00", "P1", 3)};
  const auto links = hwk::feedback_links(records);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].record, "P3");
}

TEST(FeedbackLinks, AmendedAndDuplicateFeedbackCountsOnceAsCorrected) {
  auto corrected = feedback("F2", "2026-11-17T11:00", "P1", 4);
  corrected.amends = "F1";
  const std::vector<hwk::Record> records = {practice("P1", "2026-11-16T09:00"), feedback("F1", "2026-11-17T10:00", "P1", 1), corrected, corrected};
  const auto links = hwk::feedback_links(records);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].feedback->id, "F2");
}

TEST(FeedbackLinks, TheLatestRatingOfARecordOrAWeekCounts) {
  const date::year_month_day week = date::year{2026} / 11 / 16;
  const std::vector<hwk::Record> records = {feedback("F1", "2026-11-17T10:00", "P1", 1), feedback("F2", "2026-11-18T10:00", "P1", 3),
                                            feedback("F3", "2026-11-18T12:00", "P1", std::nullopt),  // words only: the rating of F2 stands
                                            week_feedback("W1", "2026-11-19T10:00", week, 2), week_feedback("W2", "2026-11-19T09:00", week, 4)};
  const auto links = hwk::feedback_links(records);
  const auto counted = hwk::counted_ratings(links);
  ASSERT_EQ(counted.size(), 2u);
  EXPECT_EQ(counted[0]->feedback->id, "F2");
  EXPECT_EQ(counted[1]->feedback->id, "W1");
}

TEST(FeedbackLinks, ACorrectionKeepsTheTimeItsPracticeWasFirstRecorded) {
  auto original = practice("P1", "2026-11-16T09:00");
  original.recorded = at("2026-11-16T09:10");
  auto fix = practice("P2", "2026-11-16T09:00");
  fix.recorded = at("2026-11-18T20:00");
  fix.amends = "P1";
  const std::vector<hwk::Record> records = {original, fix};
  EXPECT_EQ(hwk::first_recorded(fix, hwk::records_by_id(records)), at("2026-11-16T09:10"));
}

// In the moment: first written down no more than one hour after the practice; skipped records
// are neither.
TEST(Recording, OneHourOrLessIsInTheMoment) {
  auto on_time = practice("P1", "2026-11-16T09:00");
  on_time.recorded = at("2026-11-16T10:00");  // exactly one hour: in the moment
  auto late = practice("P2", "2026-11-17T09:00");
  late.recorded = at("2026-11-17T10:00") + std::chrono::seconds{1};
  auto early = practice("P3", "2026-11-18T09:00", hwk::Status::partial);
  early.recorded = at("2026-11-18T08:58");  // written just before the time given: in the moment
  auto skipped = practice("P4", "2026-11-19T09:00", hwk::Status::skipped);
  skipped.recorded = at("2026-11-21T09:00");
  const auto a = daily({on_time, late, early, skipped});
  EXPECT_EQ(a.in_moment, 2);
  EXPECT_EQ(a.recalled, 1);
}

// A record whose time nobody gave (no --at, no prompt) is neither: that it was written down when it
// happened is not known, though its `at` and `recorded` are equal.
TEST(Recording, ATimeNobodyGaveIsNeitherInTheMomentNorRecalled) {
  auto asked = practice("P1", "2026-11-16T09:00");
  asked.recorded = at("2026-11-16T09:00");
  auto assumed = practice("P2", "2026-11-17T21:00");
  assumed.recorded = at("2026-11-17T21:00");
  assumed.at_assumed = true;
  auto assumed_late = practice("P3", "2026-11-18T21:00");
  assumed_late.recorded = at("2026-11-19T21:00");
  assumed_late.at_assumed = true;
  const auto a = daily({asked, assumed, assumed_late});
  EXPECT_EQ(a.in_moment, 1);
  EXPECT_EQ(a.recalled, 0);
  EXPECT_EQ(a.done, 3);  // it still counts as practice on its day
}

TEST(Recording, ACorrectionMadeLaterIsStillInTheMoment) {
  auto original = practice("P1", "2026-11-16T09:00");
  auto fix = practice("P2", "2026-11-16T09:00");
  fix.recorded = at("2026-11-19T20:00");
  fix.amends = "P1";
  const auto a = daily({original, fix});
  EXPECT_EQ(a.in_moment, 1);
  EXPECT_EQ(a.recalled, 0);
}

// The clinician's rating: mean and count of the ratings that count for the period's records and
// for the weeks of this assignment that overlap the period.
TEST(ClinicianRating, MeanOfRatingsOfThePeriod) {
  const std::vector<hwk::Record> records = {
      practice("P0", "2026-11-13T09:00"),  // before the period: its rating does not count
      practice("P1", "2026-11-16T09:00"),
      practice("P2", "2026-11-17T09:00"),
      feedback("F0", "2026-11-14T10:00", "P0", 0),
      feedback("F1", "2026-11-17T10:00", "P1", 1),
      feedback("F2", "2026-11-18T10:00", "P1", 2),  // replaces F1
      feedback("F3", "2026-11-18T10:00", "P2", 4),
      week_feedback("W1", "2026-11-19T10:00", date::year{2026} / 11 / 16, 3),  // the week overlaps
      week_feedback("W0", "2026-11-19T10:00", date::year{2026} / 11 / 2, 0),   // ended before the period
  };
  const auto a = daily(records);
  EXPECT_EQ(a.rating_count, 3);
  ASSERT_TRUE(a.rating);
  EXPECT_DOUBLE_EQ(*a.rating, (2.0 + 4.0 + 3.0) / 3.0);
}

TEST(ClinicianRating, WeeksOfOtherAssignmentsAndWordsOnlyDoNotCount) {
  auto other = week_feedback("W1", "2026-11-19T10:00", date::year{2026} / 11 / 16, 3);
  other.assignment = "b";
  const auto a = daily({practice("P1", "2026-11-16T09:00"), other, feedback("F1", "2026-11-17T10:00", "P1", std::nullopt)});
  EXPECT_EQ(a.rating_count, 0);
  EXPECT_FALSE(a.rating);
}
