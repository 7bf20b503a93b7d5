// Advance rules and conditions: every form parses to what it says, each mistake is reported at
// its word, and counting practices against a rule: met, not met, and each boundary.
#include "model/practice_rule.hpp"

#include <gtest/gtest.h>

namespace {

hwk::AdvanceRule rule(std::string_view phrase) {
  auto parsed = hwk::parse_advance_rule(phrase);
  if (const auto* e = std::get_if<hwk::RuleError>(&parsed)) ADD_FAILURE() << phrase << ": " << e->message;
  return std::get<hwk::AdvanceRule>(parsed);
}

hwk::RuleError rule_error(std::string_view phrase) {
  auto parsed = hwk::parse_advance_rule(phrase);
  EXPECT_TRUE(std::holds_alternative<hwk::RuleError>(parsed)) << phrase << " parsed";
  return std::holds_alternative<hwk::RuleError>(parsed) ? std::get<hwk::RuleError>(parsed) : hwk::RuleError{};
}

TEST(AdvanceRule, PlainCount) {
  const auto r = rule("3 done");
  EXPECT_EQ(r.count, 3);
  EXPECT_FALSE(r.in_a_row);
  EXPECT_TRUE(r.conditions.empty());
  EXPECT_FALSE(r.within_days);
  EXPECT_EQ(hwk::describe_rule(r), "3 done");
}

TEST(AdvanceRule, WithConditions) {
  const auto r = rule("3 done with suds_peak <= 40 and suds_after<20");
  ASSERT_EQ(r.conditions.size(), 2u);
  EXPECT_EQ(r.conditions[0].field, "suds_peak");
  EXPECT_EQ(r.conditions[0].op, hwk::Comparison::less_equal);
  EXPECT_EQ(r.conditions[0].value, 40);
  EXPECT_EQ(r.conditions[0].column, 12u);
  EXPECT_EQ(r.conditions[1].field, "suds_after");
  EXPECT_EQ(r.conditions[1].op, hwk::Comparison::less);
  EXPECT_EQ(hwk::describe_rule(r), "3 done with suds_peak <= 40 and suds_after < 20");
}

TEST(AdvanceRule, WindowsInDaysAndWeeks) {
  EXPECT_EQ(rule("5 done in 7 days").within_days, 7);
  EXPECT_EQ(hwk::describe_rule(rule("5 done in 7 days")), "5 done in 7 days");
  EXPECT_EQ(rule("4 done in 2 weeks").within_days, 14);
  EXPECT_EQ(hwk::describe_rule(rule("4 done in 2 weeks")), "4 done in 2 weeks");
  EXPECT_EQ(hwk::describe_rule(rule("1 done in 1 day")), "1 done in 1 day");
}

TEST(AdvanceRule, InARowAndOrderOfClauses) {
  const auto r = rule("3 Done IN A ROW with distress < 5");
  EXPECT_TRUE(r.in_a_row);
  EXPECT_EQ(hwk::describe_rule(r), "3 done in a row with distress < 5");
  const auto w = rule("2 done in 10 days with x >= 1.5");
  EXPECT_EQ(w.within_days, 10);
  EXPECT_EQ(w.conditions.at(0).value, 1.5);
}

TEST(AdvanceRule, ErrorsPointAtTheWord) {
  auto e = rule_error("");
  EXPECT_EQ(e.message, "the rule is empty");
  e = rule_error("three done");
  EXPECT_EQ(e.column, 0u);
  EXPECT_EQ(e.message, "expected how many practices (1 to 1000), found 'three'");
  e = rule_error("3 dine");
  EXPECT_EQ(e.column, 2u);
  EXPECT_EQ(e.message, "expected 'done', found 'dine'");
  e = rule_error("3 done with suds_peak =< 40");
  EXPECT_EQ(e.column, 22u);
  EXPECT_EQ(e.message, "unknown comparison '=<'");
  // A word is an answer the parser takes ("self_harm = yes"); whether the field can hold it is
  // judged against the template (see Conditions.AWordOnAScaleIsRefusedAtTheValue).
  e = rule_error("3 done with suds_peak <=");
  EXPECT_EQ(e.column, 24u);
  EXPECT_EQ(e.message, "expected a number or an answer at the end of the rule");
  e = rule_error("3 done wiht suds <= 4");
  EXPECT_EQ(e.column, 7u);
  EXPECT_EQ(e.hint, "did you mean 'with'?");
  e = rule_error("3 done in 7 fortnights");
  EXPECT_EQ(e.column, 12u);
  e = rule_error("3 done in 7");
  EXPECT_EQ(e.column, 11u);
  EXPECT_EQ(e.message, "expected 'days' or 'weeks' at the end of the rule");
  e = rule_error("3 done with");
  EXPECT_EQ(e.message, "expected a field name at the end of the rule");
  e = rule_error("0 done");
  EXPECT_EQ(e.column, 0u);
  e = rule_error("3 done in 7 days in 2 weeks");
  EXPECT_EQ(e.column, 20u);
}

TEST(Conditions, ParseAndErrors) {
  auto c = hwk::parse_conditions("distress >= 8");
  ASSERT_TRUE(std::holds_alternative<std::vector<hwk::Condition>>(c));
  EXPECT_EQ(hwk::describe_conditions(std::get<std::vector<hwk::Condition>>(c)), "distress >= 8");
  c = hwk::parse_conditions("distress >= 8 or urge > 3");
  ASSERT_TRUE(std::holds_alternative<hwk::RuleError>(c));
  EXPECT_EQ(std::get<hwk::RuleError>(c).column, 14u);
  c = hwk::parse_conditions("8 <= distress");
  ASSERT_TRUE(std::holds_alternative<hwk::RuleError>(c));
  EXPECT_EQ(std::get<hwk::RuleError>(c).message, "expected a field name, found '8'");
}

// A template with one 0–100 scale and one duration, and records of it.
hwk::Template exposure() {
  hwk::Template t;
  t.id = "exposure-step";
  hwk::Field peak;
  peak.id = "suds_peak";
  peak.type = hwk::FieldType::scale;
  peak.min = 0;
  peak.max = 100;
  t.fields.push_back(peak);
  hwk::Field time;
  time.id = "time_spent";
  time.type = hwk::FieldType::duration;
  t.fields.push_back(time);
  hwk::Field note;
  note.id = "note";
  note.type = hwk::FieldType::text;
  t.fields.push_back(note);
  return t;
}

const hwk::Instant day0 = hwk::Instant{date::sys_days{date::year{2026} / 11 / 1}.time_since_epoch()};

hwk::Record practice(int day, std::optional<long long> peak, hwk::Status status = hwk::Status::done) {
  hwk::Record r;
  r.id = "r" + std::to_string(day);
  r.at = day0 + std::chrono::days(day);
  r.status = status;
  if (peak) r.values.emplace_back("suds_peak", *peak);
  return r;
}

hwk::RuleProgress progress(const char* phrase, const std::vector<hwk::Record>& records, int now_day) {
  std::vector<const hwk::Record*> ptrs;
  for (const auto& r : records) ptrs.push_back(&r);
  return hwk::rule_progress(rule(phrase), exposure(), ptrs, day0 + std::chrono::days(now_day));
}

TEST(RuleProgress, CountsDoneRecordsMeetingTheConditions) {
  const std::vector<hwk::Record> records = {
      practice(1, 50), practice(2, 40), practice(3, 35), practice(4, std::nullopt), practice(5, 30, hwk::Status::partial), practice(6, 41)};
  // Boundary: 40 meets "<= 40"; 41 does not; no value meets nothing; partial never counts.
  auto p = progress("2 done with suds_peak <= 40", records, 10);
  EXPECT_EQ(p.counted, 2);
  EXPECT_TRUE(p.met);
  p = progress("3 done with suds_peak <= 40", records, 10);
  EXPECT_EQ(p.counted, 2);
  EXPECT_FALSE(p.met);
  p = progress("3 done with suds_peak < 40", records, 10);
  EXPECT_EQ(p.counted, 1);
  p = progress("5 done", records, 10);
  EXPECT_EQ(p.counted, 5);
  EXPECT_TRUE(p.met);
}

TEST(RuleProgress, WindowCountsOnlyRecentPractice) {
  const std::vector<hwk::Record> records = {practice(1, 10), practice(3, 10), practice(8, 10)};
  // On day 10 a 7-day window is (day 3, day 10]: day 3 lies exactly 7 days back and is out.
  EXPECT_EQ(progress("2 done in 7 days", records, 10).counted, 1);
  EXPECT_EQ(progress("2 done in 7 days", records, 9).counted, 2);
  EXPECT_TRUE(progress("2 done in 7 days", records, 9).met);
  EXPECT_EQ(progress("3 done in 2 weeks", records, 10).counted, 3);
}

TEST(RuleProgress, FutureRecordsDoNotCount) {
  const std::vector<hwk::Record> records = {practice(1, 10), practice(12, 10)};
  EXPECT_EQ(progress("2 done", records, 10).counted, 1);
}

TEST(RuleProgress, InARowIsTheRunEndingWithTheLatest) {
  std::vector<hwk::Record> records = {practice(1, 30), practice(2, 30), practice(3, 60), practice(4, 30), practice(5, 30)};
  auto p = progress("3 done in a row with suds_peak <= 40", records, 10);
  EXPECT_EQ(p.counted, 2);
  EXPECT_FALSE(p.met);
  records.push_back(practice(6, 40));
  p = progress("3 done in a row with suds_peak <= 40", records, 10);
  EXPECT_EQ(p.counted, 3);
  EXPECT_TRUE(p.met);
  records.push_back(practice(7, std::nullopt, hwk::Status::skipped));
  EXPECT_EQ(progress("3 done in a row with suds_peak <= 40", records, 10).counted, 0);
}

// FIELD < VALUE, built as the parser builds it (a number: no word).
hwk::Condition less_than(std::string field, double value) {
  hwk::Condition c;
  c.field = std::move(field);
  c.op = hwk::Comparison::less;
  c.value = value;
  return c;
}

TEST(Conditions, DurationsCompareInMinutesAndFieldsAreChecked) {
  hwk::Record r = practice(1, 10);
  r.values.emplace_back("time_spent", std::string("1h5m"));
  auto c = std::get<std::vector<hwk::Condition>>(hwk::parse_conditions("time_spent >= 65"));
  EXPECT_TRUE(hwk::meets(r, exposure(), c));
  c = std::get<std::vector<hwk::Condition>>(hwk::parse_conditions("time_spent > 65"));
  EXPECT_FALSE(hwk::meets(r, exposure(), c));
  const auto t = exposure();
  EXPECT_EQ(hwk::condition_field_problem(less_than("suds_peek", 1), t),
            "template 'exposure-step' has no field 'suds_peek'; did you mean 'suds_peak'?");
  EXPECT_EQ(hwk::condition_field_problem(less_than("note", 1), t),
            "field 'note' of template 'exposure-step' holds text, which no condition compares; name a rating, yes/no, "
            "choice or checklist field");
  EXPECT_EQ(hwk::condition_field_problem(less_than("suds_peak", 1), t), "");
}

TEST(Conditions, AWordOnAScaleIsRefusedAtTheValue) {
  const auto r = rule("3 done with suds_peak <= high");
  ASSERT_EQ(r.conditions.size(), 1u);
  EXPECT_EQ(r.conditions[0].word, "high");
  EXPECT_EQ(r.conditions[0].column, 12u);
  EXPECT_EQ(r.conditions[0].value_column, 25u);
  EXPECT_EQ(hwk::condition_field_problem(r.conditions[0], exposure()), "field 'suds_peak' of template 'exposure-step' holds a number, not 'high'");
}

}  // namespace
