// Scoring measures by hand-computed cases: each item at its extremes, reverse items and subscales,
// missing items under each rule, every band's boundaries, change at the reliable-change threshold
// and a point either side, recovery, the critical item, and answers that cannot be scored.
#include "model/measure.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "io/template_reader.hpp"

namespace {

using hwk::ChangeClass;
using hwk::MeasureAnswers;

// The definitions hwk ships, read from templates/ as hwk reads them: the one source of both.
hwk::MeasureDefinition shipped(const std::string& id) {
  return *hwk::load_template(std::string(HWK_TEST_DATA_DIR) + "/../templates/" + id + ".yaml").measure;
}
const hwk::MeasureDefinition& phq9() {
  static const auto def = shipped("phq-9");
  return def;
}
const hwk::MeasureDefinition& gad7() {
  static const auto def = shipped("gad-7");
  return def;
}

// Answers item1, item2, … in order; a nullopt leaves that item unanswered.
MeasureAnswers answers(std::initializer_list<std::optional<int>> values) {
  MeasureAnswers a;
  int n = 0;
  for (auto v : values) a["item" + std::to_string(++n)] = v;
  return a;
}

// Every item of `def` answered with `value`.
MeasureAnswers all(const hwk::MeasureDefinition& def, int value) {
  MeasureAnswers a;
  for (const auto& item : def.items) a[item.id] = value;
  return a;
}

// Answers that add up to `total`: 3s from the first item on, the remainder next, then 0s.
MeasureAnswers summing_to(const hwk::MeasureDefinition& def, int total) {
  MeasureAnswers a;
  for (const auto& item : def.items) {
    int v = std::min(total, 3);
    a[item.id] = v;
    total -= v;
  }
  return a;
}

std::string band_of(const hwk::MeasureScore& s) { return s.band ? s.band->label : "(none)"; }

// A made-up measure: responses 1–5, item "b" reversed, two subscales (x: a, b; y: b, c), and
// prorating with up to 1 missing item.
hwk::MeasureDefinition small_measure() {
  hwk::MeasureDefinition d;
  d.id = "small";
  d.responses = {{1, "never", {}}, {2, "seldom", {}}, {3, "sometimes", {}}, {4, "often", {}}, {5, "always", {}}};
  d.items = {{"a", "first", false, {"x"}, {}}, {"b", "second", true, {"x", "y"}, {}}, {"c", "third", false, {"y"}, {}}};
  d.missing = {hwk::MissingItems::prorate, 1, "made up"};
  d.bands = {{3, "low"}, {9, "high"}};
  return d;
}

TEST(MeasureScoring, Phq9EveryItemAtEachExtreme) {
  // 9 × 0 = 0: minimal; 9 × 3 = 27: severe.
  auto low = hwk::score(phq9(), all(phq9(), 0));
  EXPECT_EQ(low.total.score, 0);
  EXPECT_EQ(low.total.answered, 9);
  EXPECT_EQ(low.total.items, 9);
  EXPECT_FALSE(low.total.prorated);
  EXPECT_EQ(band_of(low), "minimal");
  EXPECT_TRUE(low.critical_answers.empty());
  EXPECT_TRUE(low.problems.empty());
  EXPECT_TRUE(low.subscales.empty());

  auto high = hwk::score(phq9(), all(phq9(), 3));
  EXPECT_EQ(high.total.score, 27);
  EXPECT_EQ(band_of(high), "severe");
  EXPECT_TRUE(high.problems.empty());
}

TEST(MeasureScoring, Gad7EveryItemAtEachExtreme) {
  // 7 × 0 = 0: minimal; 7 × 3 = 21: severe.
  auto low = hwk::score(gad7(), all(gad7(), 0));
  EXPECT_EQ(low.total.score, 0);
  EXPECT_EQ(low.total.answered, 7);
  EXPECT_EQ(band_of(low), "minimal");
  auto high = hwk::score(gad7(), all(gad7(), 3));
  EXPECT_EQ(high.total.score, 21);
  EXPECT_EQ(band_of(high), "severe");
  EXPECT_TRUE(high.critical_answers.empty());  // GAD-7 has no critical item
}

TEST(MeasureScoring, ItemsAddUp) {
  // PHQ-9 answered 1, 2, 3, 0, 1, 2, 3, 0, 1: 1 + 2 + 3 + 0 + 1 + 2 + 3 + 0 + 1 = 13, moderate.
  auto s = hwk::score(phq9(), answers({1, 2, 3, 0, 1, 2, 3, 0, 1}));
  EXPECT_EQ(s.total.score, 13);
  EXPECT_EQ(band_of(s), "moderate");
}

TEST(MeasureScoring, ReverseItemIsMaxPlusMinMinusValue) {
  auto def = small_measure();
  // a = 2; b = 1 reversed to 5 + 1 − 1 = 5; c = 4. Total 2 + 5 + 4 = 11 (high);
  // x = a + b = 2 + 5 = 7; y = b + c = 5 + 4 = 9.
  auto s = hwk::score(def, {{"a", 2}, {"b", 1}, {"c", 4}});
  EXPECT_EQ(s.total.score, 11);
  EXPECT_EQ(band_of(s), "high");
  ASSERT_EQ(s.subscales.size(), 2u);
  EXPECT_EQ(s.subscales[0].id, "x");
  EXPECT_EQ(s.subscales[0].score, 7);
  EXPECT_EQ(s.subscales[0].items, 2);
  EXPECT_EQ(s.subscales[1].id, "y");
  EXPECT_EQ(s.subscales[1].score, 9);

  // b = 5 reversed to 5 + 1 − 5 = 1; b = 3, the middle, stays 3. Totals 1 + 1 + 1 = 3 (low) and
  // 1 + 3 + 1 = 5.
  EXPECT_EQ(hwk::score(def, {{"a", 1}, {"b", 5}, {"c", 1}}).total.score, 3);
  EXPECT_EQ(band_of(hwk::score(def, {{"a", 1}, {"b", 5}, {"c", 1}})), "low");
  EXPECT_EQ(hwk::score(def, {{"a", 1}, {"b", 3}, {"c", 1}}).total.score, 5);
}

TEST(MeasureScoring, ScoreBelowTheFirstBandHasNoBand) {
  // The made-up measure's first band starts at 3; hwk::band_for(2) is nothing.
  EXPECT_FALSE(hwk::band_for(small_measure(), 2).has_value());
  EXPECT_EQ(hwk::band_for(small_measure(), 3)->label, "low");
}

TEST(MeasureMissing, NoTotalWhenAnyItemIsMissing) {
  // GAD-7's rule is no_total: six items of 2 and item7 unanswered, or left out of the map, score
  // nothing (not 6 × 2 = 12, not 12 × 7 / 6 = 14).
  auto left_blank = hwk::score(gad7(), answers({2, 2, 2, 2, 2, 2, std::nullopt}));
  EXPECT_FALSE(left_blank.total.score.has_value());
  EXPECT_EQ(left_blank.total.answered, 6);
  EXPECT_FALSE(left_blank.total.prorated);
  EXPECT_FALSE(left_blank.band.has_value());
  EXPECT_TRUE(left_blank.problems.empty());  // missing is not a problem, only unscored

  auto left_out = hwk::score(gad7(), answers({2, 2, 2, 2, 2, 2}));
  EXPECT_EQ(left_out.total, left_blank.total);

  // Nothing answered at all.
  auto empty = hwk::score(gad7(), {});
  EXPECT_FALSE(empty.total.score.has_value());
  EXPECT_EQ(empty.total.answered, 0);
}

TEST(MeasureMissing, Phq9ProratesOneMissingItem) {
  // 1, 2, 3, 1, 2, 3, 1, 2 and item9 missing: sum 15, 15 × 9 / 8 = 16.875 → 17, moderately severe.
  auto s = hwk::score(phq9(), answers({1, 2, 3, 1, 2, 3, 1, 2, std::nullopt}));
  EXPECT_EQ(s.total.score, 17);
  EXPECT_EQ(s.total.answered, 8);
  EXPECT_TRUE(s.total.prorated);
  EXPECT_EQ(band_of(s), "moderately severe");
  EXPECT_TRUE(s.critical_answers.empty());  // an unanswered critical item raises no flag

  // 1, 0, 1, 0, 1, 0, 0, 0 and item9 missing: sum 3, 3 × 9 / 8 = 3.375 → 3 (rounded down).
  EXPECT_EQ(hwk::score(phq9(), answers({1, 0, 1, 0, 1, 0, 0, 0, std::nullopt})).total.score, 3);
}

TEST(MeasureMissing, Phq9ProratedHalfRoundsUp) {
  // 1, 1, 1, 1, 0, 0, 0, 0 and item9 missing: sum 4, 4 × 9 / 8 = 4.5 → 5, which moves the score
  // from minimal into mild.
  auto s = hwk::score(phq9(), answers({1, 1, 1, 1, 0, 0, 0, 0, std::nullopt}));
  EXPECT_EQ(s.total.score, 5);
  EXPECT_EQ(band_of(s), "mild");
}

TEST(MeasureMissing, Phq9ProratesTwoMissingItems) {
  // item1 and item5 missing; 2, 2, 2, 1, 1, 1, 1: sum 10, 10 × 9 / 7 = 12.857… → 13, moderate.
  auto s = hwk::score(phq9(), answers({std::nullopt, 2, 2, 2, std::nullopt, 1, 1, 1, 1}));
  EXPECT_EQ(s.total.score, 13);
  EXPECT_EQ(s.total.answered, 7);
  EXPECT_TRUE(s.total.prorated);
  EXPECT_EQ(band_of(s), "moderate");

  // Seven 1s: sum 7, 7 × 9 / 7 = 9 exactly, mild.
  auto exact = hwk::score(phq9(), answers({1, 1, 1, 1, 1, 1, 1}));
  EXPECT_EQ(exact.total.score, 9);
  EXPECT_TRUE(exact.total.prorated);
}

TEST(MeasureMissing, Phq9RefusesThreeMissingItems) {
  // Six items of 3 answered (sum 18) and three missing: no total, not 18 × 9 / 6 = 27.
  auto s = hwk::score(phq9(), answers({3, 3, 3, 3, 3, 3}));
  EXPECT_FALSE(s.total.score.has_value());
  EXPECT_EQ(s.total.answered, 6);
  EXPECT_FALSE(s.total.prorated);
  EXPECT_FALSE(s.band.has_value());
}

TEST(MeasureMissing, SubscalesFollowTheSameRule) {
  auto def = small_measure();  // prorates up to 1 missing item
  // b missing: total (a + c) = 2 + 4 = 6, 6 × 3 / 2 = 9 (high); x = a = 2, 2 × 2 / 1 = 4;
  // y = c = 4, 4 × 2 / 1 = 8.
  auto s = hwk::score(def, {{"a", 2}, {"c", 4}});
  EXPECT_EQ(s.total.score, 9);
  EXPECT_TRUE(s.total.prorated);
  ASSERT_EQ(s.subscales.size(), 2u);
  EXPECT_EQ(s.subscales[0].score, 4);
  EXPECT_TRUE(s.subscales[0].prorated);
  EXPECT_EQ(s.subscales[1].score, 8);

  // a and b missing: the total (2 of 3 missing) and x (2 of 2) are unscored; y has only b missing:
  // c = 4, 4 × 2 / 1 = 8.
  auto more = hwk::score(def, {{"c", 4}});
  EXPECT_FALSE(more.total.score.has_value());
  EXPECT_FALSE(more.subscales[0].score.has_value());
  EXPECT_EQ(more.subscales[0].answered, 0);
  EXPECT_EQ(more.subscales[1].score, 8);

  // Under no_total the same answers leave every scale with a missing item unscored.
  def.missing = {hwk::MissingItems::no_total, 0, ""};
  auto strict = hwk::score(def, {{"a", 2}, {"c", 4}});
  EXPECT_FALSE(strict.total.score.has_value());
  EXPECT_FALSE(strict.subscales[0].score.has_value());
  EXPECT_FALSE(strict.subscales[1].score.has_value());
}

TEST(MeasureBands, Phq9Boundaries) {
  // Each total is built as 3s then the remainder (14 = 3 + 3 + 3 + 3 + 2); each pair straddles a
  // band's lower bound.
  const std::pair<int, const char*> cases[] = {
      {0, "minimal"},
      {4, "minimal"},
      {5, "mild"},
      {9, "mild"},
      {10, "moderate"},
      {14, "moderate"},
      {15, "moderately severe"},
      {19, "moderately severe"},
      {20, "severe"},
      {27, "severe"},
  };
  for (auto [total, label] : cases) {
    auto s = hwk::score(phq9(), summing_to(phq9(), total));
    EXPECT_EQ(s.total.score, total);
    EXPECT_EQ(band_of(s), label) << total;
  }
}

TEST(MeasureBands, Gad7Boundaries) {
  const std::pair<int, const char*> cases[] = {
      {0, "minimal"}, {4, "minimal"}, {5, "mild"}, {9, "mild"}, {10, "moderate"}, {14, "moderate"}, {15, "severe"}, {21, "severe"},
  };
  for (auto [total, label] : cases) {
    auto s = hwk::score(gad7(), summing_to(gad7(), total));
    EXPECT_EQ(s.total.score, total);
    EXPECT_EQ(band_of(s), label) << total;
  }
}

TEST(MeasureChange, Phq9AtTheReliableChangeThresholdAndEitherSide) {
  // Threshold 6. Improvement staying in the clinical range (≥ 10): 20 − 14 = 6 reliable,
  // 20 − 15 = 5 not, 20 − 13 = 7 reliable.
  EXPECT_EQ(hwk::classify_change(phq9(), 20, 14), ChangeClass::reliable_improvement);
  EXPECT_EQ(hwk::classify_change(phq9(), 20, 15), ChangeClass::no_reliable_change);
  EXPECT_EQ(hwk::classify_change(phq9(), 20, 13), ChangeClass::reliable_improvement);
  // Deterioration: 21 − 15 = 6 reliable, 20 − 15 = 5 not, 22 − 15 = 7 reliable.
  EXPECT_EQ(hwk::classify_change(phq9(), 15, 21), ChangeClass::reliable_deterioration);
  EXPECT_EQ(hwk::classify_change(phq9(), 15, 20), ChangeClass::no_reliable_change);
  EXPECT_EQ(hwk::classify_change(phq9(), 15, 22), ChangeClass::reliable_deterioration);
  // 15 − 10 = 5: no reliable change. 15 − 9 = 6 is reliable and also leaves the clinical range
  // (15 ≥ 10, 9 < 10), so it is recovery.
  EXPECT_EQ(hwk::classify_change(phq9(), 15, 10), ChangeClass::no_reliable_change);
  EXPECT_EQ(hwk::classify_change(phq9(), 15, 9), ChangeClass::recovery);
  EXPECT_EQ(hwk::classify_change(phq9(), 15, 15), ChangeClass::no_reliable_change);
}

TEST(MeasureChange, Gad7AtTheReliableChangeThresholdAndEitherSide) {
  // Threshold 4, cut-off 8. 15 − 11 = 4 reliable, 15 − 12 = 3 not, 15 − 10 = 5 reliable (all ≥ 8).
  EXPECT_EQ(hwk::classify_change(gad7(), 15, 11), ChangeClass::reliable_improvement);
  EXPECT_EQ(hwk::classify_change(gad7(), 15, 12), ChangeClass::no_reliable_change);
  EXPECT_EQ(hwk::classify_change(gad7(), 15, 10), ChangeClass::reliable_improvement);
  // 14 − 10 = 4 reliable, 13 − 10 = 3 not, 15 − 10 = 5 reliable.
  EXPECT_EQ(hwk::classify_change(gad7(), 10, 14), ChangeClass::reliable_deterioration);
  EXPECT_EQ(hwk::classify_change(gad7(), 10, 13), ChangeClass::no_reliable_change);
  EXPECT_EQ(hwk::classify_change(gad7(), 10, 15), ChangeClass::reliable_deterioration);
}

TEST(MeasureChange, Phq9Recovery) {
  // 12 − 5 = 7 ≥ 6, from 12 ≥ 10 to 5 < 10: recovery.
  EXPECT_EQ(hwk::classify_change(phq9(), 12, 5), ChangeClass::recovery);
  // 20 − 12 = 8 ≥ 6 but 12 ≥ 10 is still clinical: reliable improvement only.
  EXPECT_EQ(hwk::classify_change(phq9(), 20, 12), ChangeClass::reliable_improvement);
  // 9 − 2 = 7 ≥ 6 but 9 < 10 was never clinical: reliable improvement only.
  EXPECT_EQ(hwk::classify_change(phq9(), 9, 2), ChangeClass::reliable_improvement);
  // At the cut-off: 10 is clinical, so 10 → 4 (6 points) is recovery and 16 → 10 (6 points) is not.
  EXPECT_EQ(hwk::classify_change(phq9(), 10, 4), ChangeClass::recovery);
  EXPECT_EQ(hwk::classify_change(phq9(), 16, 10), ChangeClass::reliable_improvement);
  // Crossing the cut-off without a reliable change: 11 − 9 = 2 < 6.
  EXPECT_EQ(hwk::classify_change(phq9(), 11, 9), ChangeClass::no_reliable_change);
}

TEST(MeasureChange, Gad7Recovery) {
  // 8 − 4 = 4 ≥ 4, from 8 (at the cut-off, clinical) to 4 < 8: recovery.
  EXPECT_EQ(hwk::classify_change(gad7(), 8, 4), ChangeClass::recovery);
  // 7 − 3 = 4 ≥ 4 but 7 < 8 was never clinical.
  EXPECT_EQ(hwk::classify_change(gad7(), 7, 3), ChangeClass::reliable_improvement);
  // 12 − 8 = 4 ≥ 4 but 8 is still clinical.
  EXPECT_EQ(hwk::classify_change(gad7(), 12, 8), ChangeClass::reliable_improvement);
}

TEST(MeasureChange, HigherIsBetter) {
  // A made-up measure where higher is better: threshold 3, scores below 20 are clinical.
  auto def = small_measure();
  def.lower_is_better = false;
  def.reliable_change = 3;
  def.clinical_cut_off = 20;
  EXPECT_TRUE(hwk::in_clinical_range(def, 19));
  EXPECT_FALSE(hwk::in_clinical_range(def, 20));
  // 18 − 15 = 3 up, still below 20; 17 − 15 = 2; 21 − 18 = 3 up and out of the clinical range;
  // 18 − 21 = −3 down.
  EXPECT_EQ(hwk::classify_change(def, 15, 18), ChangeClass::reliable_improvement);
  EXPECT_EQ(hwk::classify_change(def, 15, 17), ChangeClass::no_reliable_change);
  EXPECT_EQ(hwk::classify_change(def, 18, 21), ChangeClass::recovery);
  EXPECT_EQ(hwk::classify_change(def, 21, 18), ChangeClass::reliable_deterioration);
}

TEST(MeasureChange, FromThePreviousScoreIsADifference) {
  EXPECT_EQ(hwk::score_change(15, 9), -6);
  EXPECT_EQ(hwk::score_change(9, 15), 6);
  EXPECT_EQ(hwk::score_change(7, 7), 0);
  EXPECT_STREQ(hwk::change_class_text(ChangeClass::reliable_improvement), "reliable improvement");
  EXPECT_STREQ(hwk::change_class_text(ChangeClass::no_reliable_change), "no reliable change");
  EXPECT_STREQ(hwk::change_class_text(ChangeClass::reliable_deterioration), "reliable deterioration");
  EXPECT_STREQ(hwk::change_class_text(ChangeClass::recovery), "recovery");
}

TEST(MeasureRisk, Phq9Item9AboveZeroRaisesAFlag) {
  // Item 9 at 0: total 0, no flag. At 1: total 0 × 8 + 1 = 1, a flag on item9 with value 1.
  auto none = hwk::score(phq9(), answers({0, 0, 0, 0, 0, 0, 0, 0, 0}));
  EXPECT_TRUE(none.critical_answers.empty());
  auto one = hwk::score(phq9(), answers({0, 0, 0, 0, 0, 0, 0, 0, 1}));
  EXPECT_EQ(one.total.score, 1);
  ASSERT_EQ(one.critical_answers.size(), 1u);
  EXPECT_EQ(one.critical_answers[0], (hwk::CriticalAnswer{"item9", 1}));
  // A flag does not wait for a total: with three other items missing there is none, but item 9 at
  // 2 still fires.
  auto partial = hwk::score(phq9(), answers({std::nullopt, std::nullopt, std::nullopt, 0, 0, 0, 0, 0, 2}));
  EXPECT_FALSE(partial.total.score.has_value());
  ASSERT_EQ(partial.critical_answers.size(), 1u);
  EXPECT_EQ(partial.critical_answers[0].value, 2);
}

TEST(MeasureRisk, CriticalItemComparesTheAnsweredValueNotTheReversedOne) {
  auto def = small_measure();
  def.critical_items = {{"b", 3}};
  // b = 4 is above 3 (though scored as 5 + 1 − 4 = 2); b = 2 is not (though scored as 4).
  EXPECT_EQ(hwk::score(def, {{"a", 1}, {"b", 4}, {"c", 1}}).critical_answers.size(), 1u);
  EXPECT_TRUE(hwk::score(def, {{"a", 1}, {"b", 2}, {"c", 1}}).critical_answers.empty());
}

TEST(MeasureProblems, OutOfRangeValueAndUnknownItem) {
  // item3 answered 4 (values are 0–3) and an item10 PHQ-9 does not have: two problems, in the
  // answers' order. item3 is left out, so the other eight 1s prorate: 8 × 9 / 8 = 9.
  auto a = all(phq9(), 1);
  a["item3"] = 4;
  a["item10"] = 1;
  auto s = hwk::score(phq9(), a);
  ASSERT_EQ(s.problems.size(), 2u);
  EXPECT_EQ(s.problems[0], (hwk::AnswerProblem{"item10", "\"phq-9\" has no item \"item10\""}));
  EXPECT_EQ(s.problems[1], (hwk::AnswerProblem{"item3", "answer 4 to \"item3\" is not one of 0, 1, 2, 3"}));
  EXPECT_EQ(s.total.answered, 8);
  EXPECT_EQ(s.total.score, 9);

  // A negative value, on GAD-7 (no_total): reported, and no total.
  auto g = all(gad7(), 0);
  g["item1"] = -1;
  auto t = hwk::score(gad7(), g);
  ASSERT_EQ(t.problems.size(), 1u);
  EXPECT_EQ(t.problems[0].item_id, "item1");
  EXPECT_FALSE(t.total.score.has_value());

  // An unknown item left blank is still a problem: it names no item.
  auto blank = hwk::score(gad7(), {{"item8", std::nullopt}});
  ASSERT_EQ(blank.problems.size(), 1u);
  EXPECT_EQ(blank.problems[0].item_id, "item8");
}

TEST(MeasureDefinitions, Phq9) {
  const auto& d = phq9();
  EXPECT_EQ(d.id, "phq-9");
  ASSERT_EQ(d.items.size(), 9u);
  EXPECT_EQ(d.items[0].id, "item1");
  EXPECT_EQ(d.items[8].id, "item9");
  EXPECT_EQ(d.items[8].label, "self-harm thoughts");
  ASSERT_EQ(d.responses.size(), 4u);
  for (int v = 0; v < 4; ++v) EXPECT_EQ(d.responses[v].value, v);
  EXPECT_EQ(d.missing.kind, hwk::MissingItems::prorate);
  EXPECT_EQ(d.missing.max_missing, 2);
  EXPECT_FALSE(d.missing.source.empty());
  EXPECT_EQ(d.reliable_change, 6);
  EXPECT_NE(d.reliable_change_source.find("NHS Talking Therapies"), std::string::npos);
  EXPECT_EQ(d.clinical_cut_off, 10);
  EXPECT_FALSE(d.clinical_cut_off_source.empty());
  EXPECT_EQ(d.critical_items, (std::vector<hwk::CriticalItem>{{"item9", 0}}));
  EXPECT_EQ(d.loinc_panel, "44249-1");
  EXPECT_EQ(d.loinc_total, "44261-6");
  EXPECT_TRUE(d.lower_is_better);
  EXPECT_EQ(d.bands, (std::vector<hwk::SeverityBand>{{0, "minimal"}, {5, "mild"}, {10, "moderate"}, {15, "moderately severe"}, {20, "severe"}}));
  // No publisher wording ships with hwk: no item or answer text, and where to get it.
  EXPECT_FALSE(d.wording_included);
  EXPECT_NE(d.wording_from.find("phqscreeners.com"), std::string::npos);
  for (const auto& item : d.items) EXPECT_TRUE(item.text.empty()) << item.id;
  for (const auto& r : d.responses) EXPECT_TRUE(r.text.empty()) << r.value;
}

TEST(MeasureDefinitions, Gad7) {
  const auto& d = gad7();
  EXPECT_EQ(d.id, "gad-7");
  ASSERT_EQ(d.items.size(), 7u);
  EXPECT_EQ(d.missing.kind, hwk::MissingItems::no_total);
  EXPECT_EQ(d.reliable_change, 4);
  EXPECT_EQ(d.clinical_cut_off, 8);
  EXPECT_TRUE(d.critical_items.empty());
  EXPECT_EQ(d.loinc_panel, "69737-5");
  EXPECT_EQ(d.loinc_total, "70274-6");
  EXPECT_NE(d.reliable_change_source.find("NHS Talking Therapies"), std::string::npos);
  EXPECT_EQ(d.bands, (std::vector<hwk::SeverityBand>{{0, "minimal"}, {5, "mild"}, {10, "moderate"}, {15, "severe"}}));
  EXPECT_FALSE(d.wording_included);
  for (const auto& item : d.items) EXPECT_TRUE(item.text.empty()) << item.id;
}

TEST(MeasureDefinitions, ShortDistinctLabelsOfOurOwn) {
  // Labels are a few words of ours, never a questionnaire's sentence.
  for (const auto* d : {&phq9(), &gad7()}) {
    for (std::size_t i = 0; i < d->items.size(); ++i) {
      EXPECT_LE(d->items[i].label.size(), 24u) << d->items[i].label;
      EXPECT_FALSE(d->items[i].reverse);
      for (std::size_t j = 0; j < i; ++j) EXPECT_NE(d->items[i].label, d->items[j].label);
    }
  }
}

}  // namespace
