// Graded steps: which step is current (the latest step record, ties by id as after a merge), what
// counts toward its rule (since the step began, on that step), and triggers firing and counted.
#include "report/progress.hpp"

#include <gtest/gtest.h>

#include "schedule/schedule.hpp"

namespace {

const hwk::Instant day0 = hwk::Instant{date::sys_days{date::year{2026} / 11 / 1}.time_since_epoch()};
hwk::Instant day(int d) { return day0 + std::chrono::days(d); }

hwk::Template exposure() {
  hwk::Template t;
  t.id = "exposure-step";
  for (const char* id : {"suds_peak", "suds_after"}) {
    hwk::Field f;
    f.id = id;
    f.type = hwk::FieldType::scale;
    f.min = 0;
    f.max = 100;
    t.fields.push_back(f);
  }
  return t;
}

hwk::Assignment ladder() {
  hwk::Assignment a;
  a.id = "ladder";
  for (const char* id : {"videos", "doors-open", "one-floor"}) {
    hwk::Step s;
    s.id = id;
    s.title = std::string("Title of ") + id;
    a.steps.push_back(s);
  }
  a.advance = std::get<hwk::AdvanceRule>(hwk::parse_advance_rule("2 done with suds_peak <= 40"));
  a.steps[0].advance = std::get<hwk::AdvanceRule>(hwk::parse_advance_rule("1 done"));
  hwk::Trigger t;
  t.when = std::get<std::vector<hwk::Condition>>(hwk::parse_conditions("suds_after >= 70"));
  t.suggest = "paced-breathing";
  a.triggers.push_back(t);
  return a;
}

hwk::Record practice(const std::string& id, int d, long long peak, const std::string& step = "", long long after = 10) {
  hwk::Record r;
  r.id = id;
  r.kind = hwk::RecordKind::practice;
  r.assignment = "ladder";
  r.at = day(d);
  r.step = step;
  r.values = {{"suds_peak", peak}, {"suds_after", after}};
  return r;
}

hwk::Record step(const std::string& id, int d, const std::string& to, const std::string& assignment = "ladder") {
  hwk::Record r;
  r.id = id;
  r.kind = hwk::RecordKind::step;
  r.assignment = assignment;
  r.at = day(d);
  r.step = to;
  return r;
}

TEST(StepState, FirstStepUntilAStepRecord) {
  const auto a = ladder();
  const auto t = exposure();
  auto s = hwk::step_state(a, &t, {}, day(5));
  EXPECT_EQ(s.current, 0u);
  EXPECT_FALSE(s.since);
  EXPECT_EQ(s.rule, &*a.steps[0].advance);  // the step's own rule before the assignment's
  ASSERT_TRUE(s.progress);
  EXPECT_FALSE(s.progress->met);
  EXPECT_FALSE(s.ready());

  s = hwk::step_state(a, &t, {practice("p1", 1, 90)}, day(5));
  EXPECT_TRUE(s.ready());
  EXPECT_EQ(hwk::step_label(a, s.current), "step 1 of 3: Title of videos");
}

TEST(StepState, CountsOnlyPracticeOnTheCurrentStepSinceItBegan) {
  const auto a = ladder();
  const auto t = exposure();
  const std::vector<hwk::Record> records = {
      practice("p1", 1, 30, "videos"),  // before the step began
      step("s1", 2, "doors-open"),
      practice("p2", 3, 30, "videos"),  // made on the old step (a clone that had not pulled)
      practice("p3", 4, 30, "doors-open"),
      practice("p4", 5, 50, "doors-open"),   // above the threshold
      step("s0", 6, "nowhere"),              // a step the plan does not have: ignored
      step("s9", 2, "doors-open", "other"),  // another assignment's
  };
  auto s = hwk::step_state(a, &t, records, day(6));
  EXPECT_EQ(s.current, 1u);
  EXPECT_EQ(s.since, day(2));
  EXPECT_EQ(s.practices, 2);
  ASSERT_TRUE(s.progress);
  EXPECT_EQ(s.progress->counted, 1);
  EXPECT_FALSE(s.ready());
  auto more = records;
  more.push_back(practice("p5", 6, 40));  // no step named: counts for the step in effect
  s = hwk::step_state(a, &t, more, day(7));
  EXPECT_EQ(s.progress->counted, 2);
  EXPECT_TRUE(s.ready());
  // Seen from before the step record, the client was still on the first step.
  EXPECT_EQ(hwk::step_state(a, &t, more, day(1) + std::chrono::hours(1)).current, 0u);
}

TEST(StepState, MergedStepRecordsAgreeWhateverTheOrder) {
  const auto a = ladder();
  // Two clones recorded a step change at the same instant; the greater id wins on both.
  std::vector<hwk::Record> one = {step("01B", 3, "one-floor"), step("01A", 3, "doors-open")};
  std::vector<hwk::Record> two = {one[1], one[0]};
  EXPECT_EQ(hwk::step_state(a, nullptr, one, day(4)).current, 2u);
  EXPECT_EQ(hwk::step_state(a, nullptr, two, day(4)).current, 2u);
  // The same record arriving twice counts once in the history.
  one.push_back(one[0]);
  const auto s = hwk::step_state(a, nullptr, one, day(4));
  EXPECT_EQ(s.history.size(), 2u);
  EXPECT_TRUE(s.last);
  EXPECT_FALSE(s.progress);  // no template: no progress is judged
  EXPECT_FALSE(s.ready());
}

TEST(StepState, BackToAnEarlierStep) {
  const auto a = ladder();
  const std::vector<hwk::Record> records = {step("s1", 2, "doors-open"), step("s2", 4, "one-floor"), step("s3", 6, "doors-open")};
  const auto s = hwk::step_state(a, nullptr, records, day(7));
  EXPECT_EQ(s.current, 1u);
  EXPECT_EQ(s.since, day(6));
  EXPECT_EQ(s.history.size(), 3u);
}

TEST(Triggers, FireOnTheRecordsValuesAndAreCounted) {
  const auto a = ladder();
  const auto t = exposure();
  EXPECT_EQ(hwk::fired_triggers(a, t, practice("p1", 1, 30, "", 69)).size(), 0u);
  EXPECT_EQ(hwk::fired_triggers(a, t, practice("p1", 1, 30, "", 70)).size(), 1u);
  std::vector<hwk::Record> records = {practice("p1", 1, 30, "", 80), practice("p2", 3, 30, "", 75), practice("p3", 5, 30, "", 20),
                                      practice("p4", 9, 30, "", 90)};
  hwk::Record amended = practice("p5", 3, 30, "", 20);
  amended.amends = "p2";  // the correction brings the rating below the threshold
  records.push_back(amended);
  const auto counts = hwk::trigger_counts(a, t, records, day(0), day(8));
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts[0].fired, 1);
  EXPECT_EQ(counts[0].last, day(1));
}

}  // namespace

namespace {

hwk::Assignment timed(const char* phrase) {
  hwk::Assignment a;
  a.id = "walk";
  a.schedule_text = phrase;
  a.schedule = std::get<hwk::Schedule>(hwk::parse_schedule(phrase));
  a.start = date::year{2026} / 11 / 1;
  return a;
}

hwk::Record walk(int d, int hour, hwk::Status status = hwk::Status::done, std::string reason = "") {
  hwk::Record r;
  r.id = "w" + std::to_string(d) + "-" + std::to_string(hour);
  r.kind = hwk::RecordKind::practice;
  r.assignment = "walk";
  r.at = day(d) + std::chrono::hours(hour);
  r.status = status;
  r.reason = std::move(reason);
  return r;
}

// Daily at 08:00 and 18:00 from 11-01; at day(15) noon (11-16 12:00) the window is the 14 whole
// days 11-02…11-15. Expected (closed): 08:00 and 18:00 on each of them = 28; the open 11-16 08:00
// counts in neither. Done: the evenings of 11-04…11-15 (12), so 12/28 = 43 %.
TEST(Stall, BelowTheThresholdWithAdjustmentsAndReasons) {
  auto a = timed("daily");
  a.times = {std::chrono::hours(8), std::chrono::hours(18)};
  std::vector<hwk::Record> records;
  for (int d = 3; d <= 14; ++d) records.push_back(walk(d, 18));  // every evening, no morning
  records.push_back(walk(10, 8, hwk::Status::skipped, "Overslept"));
  const hwk::Zone utc = hwk::utc_zone();
  const auto now = day(15) + std::chrono::hours(12);
  auto st = hwk::stalled_practice(a, nullptr, records, {}, utc, now, 0.5, 1);
  ASSERT_TRUE(st);
  EXPECT_EQ(st->expected, 28);
  EXPECT_NEAR(st->rate, 12.0 / 28, 1e-9);
  ASSERT_EQ(st->reasons.size(), 1u);
  EXPECT_EQ(st->reasons[0].second, "Overslept");
  ASSERT_EQ(st->adjustments.size(), 4u);
  EXPECT_EQ(st->adjustments[0].kind, hwk::Adjustment::Kind::smaller);
  EXPECT_EQ(st->adjustments[1].text, "Practise less often for now: \"mon wed fri\" instead of \"daily\".");
  // The mornings whose window has closed: 11-02…11-15, none done (the evening records are nearer
  // their own evenings, and 11-11's was skipped). The open 11-16 08:00 is not counted as missed yet.
  EXPECT_EQ(st->adjustments[2].text, "Try another time of day: the 08:00 practice was missed 14 of 14 times.");
  EXPECT_EQ(st->adjustments[3].kind, hwk::Adjustment::Kind::rationale);
  // Stalled only strictly below the threshold.
  EXPECT_FALSE(hwk::stalled_practice(a, nullptr, records, {}, utc, now, 12.0 / 28, 1));
  EXPECT_TRUE(hwk::stalled_practice(a, nullptr, records, {}, utc, now, 12.0 / 28 + 1e-9, 1));
}

TEST(Stall, NotForAsNeededOrTooLittleExpected) {
  const hwk::Zone utc = hwk::utc_zone();
  EXPECT_FALSE(hwk::stalled_practice(timed("as needed"), nullptr, {}, {}, utc, day(15), 0.5, 1));
  auto once = timed("once 2026-11-10");
  EXPECT_FALSE(hwk::stalled_practice(once, nullptr, {}, {}, utc, day(15), 0.5, 1));
}

TEST(Stall, OnALadderTheSmallerStepIsTheOneBefore) {
  auto a = ladder();
  a.schedule_text = "4 per week";
  a.schedule = std::get<hwk::Schedule>(hwk::parse_schedule("4 per week"));
  a.start = date::year{2026} / 11 / 1;
  const std::vector<hwk::Record> records = {step("s1", 2, "doors-open")};
  const auto t = exposure();
  const auto st = hwk::stalled_practice(a, &t, records, {}, hwk::utc_zone(), day(16), 0.5, 0);
  ASSERT_TRUE(st);
  EXPECT_EQ(st->adjustments[0].text, "Go back to step 1, \"Title of videos\", for a while (hwk advance --back).");
  EXPECT_EQ(st->adjustments[1].text, "Practise less often for now: \"2 per week\" instead of \"4 per week\".");
  EXPECT_EQ(st->adjustments[2].kind, hwk::Adjustment::Kind::time);
}

}  // namespace
