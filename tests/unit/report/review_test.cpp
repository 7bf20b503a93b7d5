// The review: entries of the period with the feedback beside them, reasons grouped, week feedback,
// the trend weeks, and each suggestion rule with its threshold.
#include "report/review.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "new_york.hpp"
#include "schedule/schedule.hpp"

namespace {

using hwk::test::at;
using hwk::test::ny;

hwk::Plan plan(const char* schedule = "daily", std::vector<std::chrono::minutes> times = {std::chrono::hours{20}}) {
  hwk::Plan p;
  p.client = "c-1";
  p.name = "Alex";
  p.zone = ny;
  hwk::Assignment a;
  a.id = "walk";
  a.schedule_text = schedule;
  a.schedule = std::get<hwk::Schedule>(hwk::parse_schedule(schedule));
  a.times = std::move(times);
  a.start = date::year{2026} / 11 / 2;
  a.why = "Moving lifts the mood";
  p.assignments.push_back(a);
  return p;
}

hwk::Record practice(const std::string& id, const std::string& when, hwk::Status status = hwk::Status::done, const std::string& reason = "") {
  hwk::Record r;
  r.id = id;
  r.assignment = "walk";
  r.at = r.recorded = at(when);
  r.status = status;
  r.reason = reason;
  return r;
}

hwk::Record feedback(const std::string& id, const std::string& when, const std::string& answers, const std::string& text) {
  hwk::Record r;
  r.id = id;
  r.kind = hwk::RecordKind::feedback;
  r.assignment = "walk";
  r.at = r.recorded = at(when);
  r.answers = answers;
  r.note = text;
  return r;
}

// The week of Mon 16 Nov up to Sun 22 Nov 23:00: seven evenings expected.
hwk::ReviewReport run(const hwk::Plan& p, const std::vector<hwk::Record>& records, hwk::ReviewRules rules = {}) {
  hwk::ReviewQuery q;
  q.from = at("2026-11-16T00:00");
  q.now = q.to = at("2026-11-22T23:00");
  q.rules = rules;
  return hwk::review(p, {}, {{"walk", "Walk"}}, records, q);
}

std::vector<std::string> kinds(const hwk::AssignmentReview& a) {
  std::vector<std::string> out;
  for (const auto& s : a.suggestions) out.push_back(s.kind);
  return out;
}

std::vector<hwk::Record> done_evenings(int n) {
  std::vector<hwk::Record> out;
  for (int d = 0; d < n; ++d) out.push_back(practice("P" + std::to_string(d), "2026-11-" + std::to_string(22 - d) + "T20:05"));
  return out;
}

}  // namespace

TEST(Review, EntriesOfThePeriodWithTheirFeedback) {
  const auto r = run(plan(), {practice("P0", "2026-11-15T20:00"), practice("P1", "2026-11-16T20:00"), practice("P2", "2026-11-17T20:00"),
                              feedback("F1", "2026-11-18T09:00", "P1", "well done"), feedback("F0", "2026-11-18T09:00", "P0", "older")});
  ASSERT_EQ(r.assignments.size(), 1u);
  const auto& a = r.assignments[0];
  ASSERT_EQ(a.entries.size(), 2u);
  EXPECT_EQ(a.entries[0].id, "P1");
  ASSERT_EQ(a.entries[0].feedback.size(), 1u);
  EXPECT_EQ(a.entries[0].feedback[0].text, "well done");
  EXPECT_TRUE(a.entries[1].feedback.empty());
  EXPECT_EQ(a.adherence.expected, 6);  // 16–21 November; the 22nd is open until midnight
  EXPECT_EQ(a.adherence.done, 2);
}

TEST(Review, ReasonsAreGroupedIgnoringCaseSpacingAndAFullStop) {
  const auto r =
      run(plan(),
          {practice("P1", "2026-11-16T20:00", hwk::Status::skipped, "Worked late."), practice("P2", "2026-11-17T20:00", hwk::Status::partial, "rain"),
           practice("P3", "2026-11-18T20:00", hwk::Status::skipped, "worked  late"), practice("P4", "2026-11-19T20:00", hwk::Status::partial, "")});
  const auto& g = r.assignments[0].reasons;
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0].reason, "Worked late.");
  ASSERT_EQ(g[0].given.size(), 2u);
  EXPECT_EQ(g[0].given[1].second, hwk::Status::skipped);
  EXPECT_EQ(g[1].reason, "rain");
}

TEST(Review, WeekFeedbackOfWeeksThatOverlapThePeriod) {
  auto on_week = feedback("W1", "2026-11-20T09:00", "", "a good week");
  on_week.week = date::year{2026} / 11 / 16;
  auto old_week = feedback("W0", "2026-11-20T09:00", "", "long ago");
  old_week.week = date::year{2026} / 11 / 2;
  const auto r = run(plan(), {on_week, old_week});
  const auto& w = r.assignments[0].weeks;
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].week, hwk::LocalDay{date::year{2026} / 11 / 16});
  EXPECT_EQ(w[0].feedback[0].text, "a good week");
}

TEST(Review, TheTrendCoversEightWeeksButNoneBeforeTheStart) {
  auto p = plan();
  auto r = run(p, {});
  EXPECT_EQ(r.assignments[0].trend.weeks.size(), 3u);  // the weeks of 2, 9 and 16 November
  p.assignments[0].start = date::year{2026} / 1 / 5;
  r = run(p, {});
  ASSERT_EQ(r.assignments[0].trend.weeks.size(), 8u);
  EXPECT_EQ(r.assignments[0].trend.weeks.front(), hwk::LocalDay{date::year{2026} / 9 / 28});
}

TEST(ReviewSuggestions, AStreakOfThreeIsAcknowledged) {
  const auto two = kinds(run(plan(), done_evenings(2)).assignments[0]);  // 1 of 6 closed (and today's): low, no streak of 3
  EXPECT_EQ(std::find(two.begin(), two.end(), "streak"), two.end());
  const auto a = run(plan(), done_evenings(3)).assignments[0];
  ASSERT_FALSE(a.suggestions.empty());
  EXPECT_EQ(a.suggestions[0].kind, "streak");
  EXPECT_EQ(a.suggestions[0].text, "Acknowledge the streak: the last 3 expected practices were all done.");
  const auto all = run(plan(), done_evenings(7)).assignments[0];
  EXPECT_EQ(kinds(all), std::vector<std::string>{"streak"});
  // 6 closed days and today's open one, all done; the stalled fortnight before it is not raised.
  EXPECT_EQ(all.suggestions[0].text, "Acknowledge the streak: all 7 expected practices of the period were done.");
}

TEST(ReviewSuggestions, LowAdherenceSuggestsAnEasierTaskFewerTimesAnotherTimeAndTheBarriers) {
  const auto a = run(plan(), {practice("P1", "2026-11-16T07:30"), practice("P2", "2026-11-17T20:00", hwk::Status::skipped, "worked late"),
                              practice("P3", "2026-11-18T20:00", hwk::Status::skipped, "Worked late"),
                              practice("P4", "2026-11-19T20:00", hwk::Status::partial, "rain")})
                     .assignments[0];
  EXPECT_EQ(kinds(a), (std::vector<std::string>{"smaller-task", "fewer-times", "time-of-day", "barriers"}));
  EXPECT_EQ(a.suggestions[0].text,
            "Adherence was 25% (1 done and 1 partial of 6 expected). Make the task smaller or easier: a version of “Walk” the "
            "client is sure to manage.");
  EXPECT_EQ(a.suggestions[1].text, "Ask for fewer practices than “daily” for now, and add more once these happen.");
  // Done at 07:30 and partly at 20:00: the middle time is 07:30, not within two hours of 20:00.
  EXPECT_EQ(a.suggestions[2].text, "Try another time of day: the plan says 20:00, and the practice that was done happened around 07:30.");
  EXPECT_EQ(a.suggestions[3].text,
            "Revisit the rationale and what got in the way. The client's reasons: “worked late” (2 times), “rain”. The rationale "
            "agreed: “Moving lifts the mood”. Agree on a backup plan for these obstacles.");
}

TEST(ReviewSuggestions, HalfDoneIsNotLow) {
  // Done on the evenings of the 17th, 18th and 20th; the 16th, 19th and 21st missed; the 22nd still
  // open at 23:00: 3 of 6 = 50%, not below the threshold. Begun on the period's first day, the
  // last 14 whole days hold the same six evenings, so practice has not stalled either.
  const std::vector<hwk::Record> records = {practice("P1", "2026-11-17T20:00"), practice("P2", "2026-11-18T20:00"),
                                            practice("P3", "2026-11-20T20:00")};
  auto fresh = plan();
  fresh.assignments[0].start = date::year{2026} / 11 / 16;
  EXPECT_EQ(kinds(run(fresh, records).assignments[0]), std::vector<std::string>{});
  // Begun on 2 November with nothing done before the 17th, the 14 whole days of 8–21 November hold
  // 3 of 14 (21%): stalled, although the period alone is not low.
  const auto stalled = run(plan(), records).assignments[0];
  EXPECT_EQ(kinds(stalled), (std::vector<std::string>{"stalled"}));
  EXPECT_EQ(stalled.suggestions[0].text.substr(0, 75), "Practice has stalled: 21% of 14 expected practices over the last 14 days, b");
  // A streak going now means it picked up again: the streak is acknowledged, not the stall.
  auto picked_up = records;
  picked_up.push_back(practice("P4", "2026-11-21T20:00"));
  picked_up.push_back(practice("P5", "2026-11-19T20:00"));
  EXPECT_EQ(kinds(run(plan(), picked_up).assignments[0]), std::vector<std::string>{"streak"});
  hwk::ReviewRules strict;
  strict.low_adherence = 0.6;
  const auto k = kinds(run(plan(), records, strict).assignments[0]);
  EXPECT_NE(std::find(k.begin(), k.end(), "smaller-task"), k.end());
}

TEST(ReviewSuggestions, NoReasonsMeansAskingForThem) {
  const auto a = run(plan("daily", {}), {}).assignments[0];
  EXPECT_EQ(kinds(a), (std::vector<std::string>{"smaller-task", "fewer-times", "time-of-day", "barriers"}));
  EXPECT_EQ(a.suggestions[2].text, "Agree on a time of day for it, or tie it to something the client already does every day.");
  EXPECT_EQ(a.suggestions[3].text,
            "Revisit the rationale and ask what got in the way: no reason was recorded for the 6 missed practices. The rationale "
            "agreed: “Moving lifts the mood”.");
}

TEST(ReviewSuggestions, TooFewExpectedOrAsNeededSuggestNothing) {
  auto once = plan("once 2026-11-20");
  EXPECT_TRUE(run(once, {}).assignments[0].suggestions.empty());  // one expected: not enough to judge
  EXPECT_TRUE(run(plan("as needed", {}), {}).assignments[0].suggestions.empty());
}

TEST(ReviewSuggestions, TheListIsOpenToNewKinds) {
  auto a = run(plan(), done_evenings(7)).assignments[0];
  a.suggestions.push_back({"next-step", "The next graded step is earned."});
  EXPECT_EQ(kinds(a), (std::vector<std::string>{"streak", "next-step"}));
}

namespace {

// A graded walk: step 1 "Round the block" (rule 2 done), step 2 "To the park"; a trigger on a
// 0–10 "tired" scale.
hwk::Plan graded() {
  auto p = plan();
  auto& a = p.assignments[0];
  for (const char* title : {"Round the block", "To the park"}) {
    hwk::Step s;
    s.id = title[0] == 'R' ? "block" : "park";
    s.title = title;
    a.steps.push_back(s);
  }
  a.advance = std::get<hwk::AdvanceRule>(hwk::parse_advance_rule("2 done"));
  hwk::Trigger t;
  t.when = std::get<std::vector<hwk::Condition>>(hwk::parse_conditions("tired >= 8"));
  t.message = "Rest first";
  a.triggers.push_back(t);
  return p;
}

hwk::Template tired_template() {
  hwk::Template t;
  t.id = "walk";
  hwk::Field f;
  f.id = "tired";
  f.label = "Tiredness";
  f.type = hwk::FieldType::scale;
  f.min = 0;
  f.max = 10;
  t.fields.push_back(f);
  return t;
}

}  // namespace

TEST(ReviewSteps, StepTriggersAndTheirSuggestions) {
  auto records = done_evenings(2);
  records[0].values = {{"tired", 9LL}};
  hwk::ReviewQuery q;
  q.from = at("2026-11-16T00:00");
  q.now = q.to = at("2026-11-22T23:00");
  const auto r = hwk::review(graded(), {{"walk", tired_template()}}, {{"walk", "Walk"}}, records, q);
  const auto& a = r.assignments.at(0);
  ASSERT_TRUE(a.step);
  EXPECT_EQ(hwk::review_format::step_line(*a.step, ny), "1 of 2, “Round the block”; next when 2 done: 2 of 2, met");
  ASSERT_EQ(a.triggers.size(), 1u);
  EXPECT_EQ(hwk::review_format::trigger_line(a.triggers[0]), "tired >= 8 (Rest first): fired 1 time");
  const auto k = kinds(a);
  ASSERT_NE(std::find(k.begin(), k.end(), "next-step"), k.end());
  // The rule is met, but only 1 of the 6 closed evenings was done (the 22nd's is open): the two
  // suggestions are joined, and no step back is proposed.
  EXPECT_EQ(a.suggestions[static_cast<std::size_t>(std::find(k.begin(), k.end(), "next-step") - k.begin())].text,
            "Step 1 met its rule (2 done), but only 17% of the practice expected in the period was done. Talk over what got in the "
            "way first; moving on to step 2, “To the park” (hwk advance c-1 walk) can follow once practice is regular.");
  EXPECT_NE(std::find(k.begin(), k.end(), "follow-up"), k.end());
  EXPECT_EQ(a.suggestions[static_cast<std::size_t>(std::find(k.begin(), k.end(), "smaller-task") - k.begin())].text.find("advance --back"),
            std::string::npos);
  // With practice regular (5 of the 6 closed evenings), it is a plain proposal.
  const auto regular = hwk::review(graded(), {{"walk", tired_template()}}, {{"walk", "Walk"}}, done_evenings(6), q).assignments.at(0);
  const auto rk = kinds(regular);
  ASSERT_NE(std::find(rk.begin(), rk.end(), "next-step"), rk.end());
  EXPECT_EQ(regular.suggestions[static_cast<std::size_t>(std::find(rk.begin(), rk.end(), "next-step") - rk.begin())].text,
            "Step 1 met its rule (2 done): consider moving on to step 2, “To the park” (hwk advance c-1 walk).");
}

// What the task is decides which suggestions fit: no "fewer times" for a daily log, no time of day
// for practice done when something happens.
TEST(ReviewSuggestions, SuggestionsFitWhenThePracticeHappens) {
  auto t = tired_template();
  hwk::ReviewQuery q;
  q.from = at("2026-11-16T00:00");
  q.now = q.to = at("2026-11-22T23:00");
  auto suggestions = [&](hwk::Occasion o) {
    t.occasion = o;
    return kinds(hwk::review(plan(), {{"walk", t}}, {{"walk", "Walk"}}, {}, q).assignments.at(0));
  };
  EXPECT_EQ(suggestions(hwk::Occasion::scheduled), (std::vector<std::string>{"smaller-task", "fewer-times", "time-of-day", "barriers"}));
  EXPECT_EQ(suggestions(hwk::Occasion::daily_log), (std::vector<std::string>{"smaller-task", "time-of-day", "barriers"}));
  EXPECT_EQ(suggestions(hwk::Occasion::event), (std::vector<std::string>{"smaller-task", "in-the-moment", "barriers"}));
}
