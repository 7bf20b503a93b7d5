// The condition language on every field type: what each phrase parses to (and where its words
// are), what condition_field_problem refuses for a template, and which answers meet a condition.
#include <gtest/gtest.h>

#include "model/condition.hpp"
#include "model/practice_rule.hpp"

namespace {

using hwk::Comparison;
using hwk::FieldType;
using hwk::FieldValue;

hwk::Field field(std::string id, FieldType type) {
  hwk::Field f;
  f.id = std::move(id);
  f.type = type;
  return f;
}

// One field of each type, as a diary card might hold them.
hwk::Template diary() {
  hwk::Template t;
  t.id = "diary";
  auto urge = field("urge", FieldType::scale);
  urge.min = 0;
  urge.max = 5;
  t.fields.push_back(urge);
  auto energy = field("energy", FieldType::likert);
  energy.points = {"none", "Little", "some", "plenty"};
  t.fields.push_back(energy);
  auto acted = field("acted", FieldType::choice);
  acted.options = {"did not act", "acted on it", "Called someone"};
  t.fields.push_back(acted);
  auto feelings = field("feelings", FieldType::choice);
  feelings.options = {"sad", "angry", "numb"};
  feelings.multiple = true;
  t.fields.push_back(feelings);
  auto drinks = field("drinks", FieldType::number);
  drinks.min = 0;
  drinks.max = 50;
  t.fields.push_back(drinks);
  t.fields.push_back(field("sleep", FieldType::duration));
  t.fields.push_back(field("bedtime", FieldType::time));
  auto skills = field("skills", FieldType::checklist);
  skills.items = {"mindfulness", "Opposite action", "distract"};
  t.fields.push_back(skills);
  t.fields.push_back(field("self_harm", FieldType::yesno));
  t.fields.push_back(field("note", FieldType::text));
  return t;
}

std::vector<hwk::Condition> conditions(std::string_view phrase) {
  auto parsed = hwk::parse_conditions(phrase);
  if (const auto* e = std::get_if<hwk::RuleError>(&parsed)) {
    ADD_FAILURE() << phrase << ": " << e->message;
    return {};
  }
  return std::get<std::vector<hwk::Condition>>(parsed);
}

hwk::Condition condition(std::string_view phrase) {
  auto all = conditions(phrase);
  EXPECT_EQ(all.size(), 1u) << phrase;
  return all.empty() ? hwk::Condition{} : all.front();
}

hwk::RuleError error_of(std::string_view phrase) {
  auto parsed = hwk::parse_conditions(phrase);
  EXPECT_TRUE(std::holds_alternative<hwk::RuleError>(parsed)) << phrase << " parsed";
  return std::holds_alternative<hwk::RuleError>(parsed) ? std::get<hwk::RuleError>(parsed) : hwk::RuleError{};
}

// What is wrong with `phrase` (one condition) for the diary template.
std::string problem(std::string_view phrase) { return hwk::condition_field_problem(condition(phrase), diary()); }

// Whether `value` of the diary's field named in `phrase` meets the condition.
bool value_meets(std::string_view phrase, const FieldValue& value) {
  const auto c = condition(phrase);
  const auto t = diary();
  const hwk::Field* f = t.find_field(c.field);
  if (!f) {
    ADD_FAILURE() << "no field " << c.field;
    return false;
  }
  return hwk::value_meets(c, *f, value);
}

using Strings = std::vector<std::string>;

// ---- parsing

TEST(ConditionParse, NumberHasNoWordAndItsColumns) {
  const auto c = condition("urge >= 3");
  EXPECT_EQ(c.field, "urge");
  EXPECT_EQ(c.op, Comparison::greater_equal);
  EXPECT_EQ(c.value, 3);
  EXPECT_EQ(c.word, "");
  EXPECT_EQ(c.column, 0u);
  EXPECT_EQ(c.value_column, 8u);
  const auto d = condition("drinks != -2.5");
  EXPECT_EQ(d.op, Comparison::not_equal);
  EXPECT_EQ(d.value, -2.5);
  EXPECT_EQ(d.value_column, 10u);
}

TEST(ConditionParse, EveryComparisonSign) {
  EXPECT_EQ(condition("urge < 1").op, Comparison::less);
  EXPECT_EQ(condition("urge <= 1").op, Comparison::less_equal);
  EXPECT_EQ(condition("urge = 1").op, Comparison::equal);
  EXPECT_EQ(condition("urge == 1").op, Comparison::equal);
  EXPECT_EQ(condition("urge != 1").op, Comparison::not_equal);
  EXPECT_EQ(condition("urge >= 1").op, Comparison::greater_equal);
  EXPECT_EQ(condition("urge > 1").op, Comparison::greater);
}

TEST(ConditionParse, WordsAreLowercasedAnswers) {
  const auto c = condition("Self_Harm = YES");
  EXPECT_EQ(c.field, "self_harm");
  EXPECT_EQ(c.word, "yes");
  EXPECT_EQ(c.value, 0);
  EXPECT_EQ(c.value_column, 12u);
  EXPECT_EQ(condition("sleep < 30m").word, "30m");
  EXPECT_EQ(condition("bedtime > 23:00").word, "23:00");
  EXPECT_EQ(condition("energy <= little").word, "little");
}

TEST(ConditionParse, AQuotedAnswerIsOneWordAtItsQuote) {
  const auto c = condition("acted = \"Did Not  Act \"");
  EXPECT_EQ(c.word, "did not  act");  // trimmed and lowercased, inner spaces kept
  EXPECT_EQ(c.value_column, 8u);      // the opening quote
  // A quoted number stays a word: "3" on a scale is the answer '3', not the number.
  const auto q = condition("urge = \"3\"");
  EXPECT_EQ(q.word, "3");
  EXPECT_EQ(q.value, 0);
}

TEST(ConditionParse, SignsNeedNoSpacesAndAndJoins) {
  const auto all = conditions("urge>=3 and self_harm=yes");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].column, 0u);
  EXPECT_EQ(all[0].value_column, 6u);
  EXPECT_EQ(all[1].field, "self_harm");
  EXPECT_EQ(all[1].column, 12u);
  EXPECT_EQ(all[1].value_column, 22u);
}

TEST(ConditionParse, DescribedBackInCanonicalWords) {
  EXPECT_EQ(hwk::describe_conditions(conditions("urge>=3 and acted = \"Did not act\" and bedtime>23:00")),
            "urge >= 3 and acted = \"did not act\" and bedtime > 23:00");
  EXPECT_EQ(hwk::describe_conditions(conditions("sleep == 30m and drinks != 2.5")), "sleep = 30m and drinks != 2.5");
}

TEST(ConditionParse, MistakesAtTheirWord) {
  auto e = error_of("");
  EXPECT_EQ(e.column, 0u);
  EXPECT_EQ(e.message, "the condition is empty");
  e = error_of("acted = \"\"");
  EXPECT_EQ(e.column, 8u);
  EXPECT_EQ(e.message, "expected a number or an answer, found ''");
  e = error_of("urge >=");
  EXPECT_EQ(e.column, 7u);
  EXPECT_EQ(e.message, "expected a number or an answer at the end of the rule");
  e = error_of("urge 3");
  EXPECT_EQ(e.column, 5u);
  EXPECT_EQ(e.message, "expected a comparison (<, <=, =, !=, >=, >), found '3'");
  e = error_of("urge => 3");
  EXPECT_EQ(e.column, 5u);
  EXPECT_EQ(e.message, "unknown comparison '=>'");
  e = error_of("urge >= 3 and");
  EXPECT_EQ(e.column, 13u);
  EXPECT_EQ(e.message, "expected a field name at the end of the rule");
  e = error_of("acted = \"did not act");
  EXPECT_EQ(e.column, 8u);
  EXPECT_EQ(e.message, "the quote that starts here is not closed");
  e = error_of("self_harm = yes urge > 3");
  EXPECT_EQ(e.column, 16u);
  EXPECT_EQ(e.message, "unexpected 'urge' after the condition");
}

TEST(ConditionParse, AdvanceRuleTakesWordsAndQuotedWords) {
  const auto parsed = hwk::parse_advance_rule("3 done with self_harm = no and acted = \"did not act\"");
  ASSERT_TRUE(std::holds_alternative<hwk::AdvanceRule>(parsed));
  const auto& rule = std::get<hwk::AdvanceRule>(parsed);
  ASSERT_EQ(rule.conditions.size(), 2u);
  EXPECT_EQ(rule.conditions[0].word, "no");
  EXPECT_EQ(rule.conditions[0].column, 12u);
  EXPECT_EQ(rule.conditions[0].value_column, 24u);
  EXPECT_EQ(rule.conditions[1].word, "did not act");
  EXPECT_EQ(rule.conditions[1].column, 31u);
  EXPECT_EQ(rule.conditions[1].value_column, 39u);
  EXPECT_EQ(hwk::describe_rule(rule), "3 done with self_harm = no and acted = \"did not act\"");
}

// ---- against a template

TEST(ConditionFieldProblem, UnknownFieldSuggestsOrListsComparableFields) {
  EXPECT_EQ(problem("urg >= 3"), "template 'diary' has no field 'urg'; did you mean 'urge'?");
  // No near name: the fields a condition can name are listed, the text field left out.
  EXPECT_EQ(problem("zzzzzz >= 3"),
            "template 'diary' has no field 'zzzzzz'; the fields a condition can name are urge, energy, acted, "
            "feelings, drinks, sleep, bedtime, skills, self_harm");
}

TEST(ConditionFieldProblem, TextIsNeverCompared) {
  EXPECT_EQ(problem("note = help"),
            "field 'note' of template 'diary' holds text, which no condition compares; name a rating, yes/no, choice "
            "or checklist field");
}

TEST(ConditionFieldProblem, YesNoTakesYesOrNoWithEqualsOnly) {
  EXPECT_EQ(problem("self_harm = yes"), "");
  EXPECT_EQ(problem("self_harm = no"), "");
  EXPECT_EQ(problem("self_harm != yes"), "");
  EXPECT_EQ(problem("self_harm < yes"), "field 'self_harm' of template 'diary' is answered yes or no: compare it with = or !=, not <");
  EXPECT_EQ(problem("self_harm >= no"), "field 'self_harm' of template 'diary' is answered yes or no: compare it with = or !=, not >=");
  EXPECT_EQ(problem("self_harm = maybe"), "field 'self_harm' of template 'diary' is answered yes or no, not 'maybe'");
  EXPECT_EQ(problem("self_harm = 1"), "field 'self_harm' of template 'diary' is answered yes or no, not '1'");
}

TEST(ConditionFieldProblem, ChoiceTakesItsOwnOptions) {
  EXPECT_EQ(problem("acted = \"did not act\""), "");
  EXPECT_EQ(problem("acted != \"called someone\""), "");  // options match whatever their case
  // An answer of several words is quoted as it is written, once.
  EXPECT_EQ(problem("acted = \"did not ac\""), "field 'acted' of template 'diary' has no option \"did not ac\"; did you mean 'did not act'?");
  EXPECT_EQ(problem("urge >= \"very high\""), "field 'urge' of template 'diary' holds a number, not \"very high\"");
  EXPECT_EQ(problem("feelings = nmb"), "field 'feelings' of template 'diary' has no option 'nmb'; did you mean 'numb'?");
  EXPECT_EQ(problem("acted = ran"),
            "field 'acted' of template 'diary' has no option 'ran'; its options are did not act, acted on it, Called someone");
  // Options have no order.
  const auto ordered = problem("acted >= \"acted on it\"");
  EXPECT_NE(ordered.find("takes options, which have no order: compare them with = or !=, not >="), std::string::npos) << ordered;
  EXPECT_EQ(problem("feelings = numb"), "");
}

TEST(ConditionFieldProblem, ChecklistTakesItsOwnItems) {
  EXPECT_EQ(problem("skills = mindfulness"), "");
  EXPECT_EQ(problem("skills != \"opposite action\""), "");
  EXPECT_EQ(problem("skills = yoga"), "field 'skills' of template 'diary' has no item 'yoga'; its items are mindfulness, Opposite action, distract");
  EXPECT_EQ(problem("skills = distrct"), "field 'skills' of template 'diary' has no item 'distrct'; did you mean 'distract'?");
  const auto ordered = problem("skills < distract");
  EXPECT_NE(ordered.find("takes items, which have no order: compare them with = or !=, not <"), std::string::npos) << ordered;
}

TEST(ConditionFieldProblem, ScaleTakesNumbersInItsRange) {
  EXPECT_EQ(problem("urge >= 0"), "");
  EXPECT_EQ(problem("urge >= 5"), "");
  EXPECT_EQ(problem("urge >= 6"), "field 'urge' of template 'diary' runs from 0 to 5; 6 is not an answer it can take");
  EXPECT_EQ(problem("urge > -1"), "field 'urge' of template 'diary' runs from 0 to 5; -1 is not an answer it can take");
  EXPECT_EQ(problem("urge >= high"), "field 'urge' of template 'diary' holds a number, not 'high'");
}

TEST(ConditionFieldProblem, LikertTakesAPointOrItsLabel) {
  EXPECT_EQ(problem("energy <= little"), "");  // the template writes "Little"
  EXPECT_EQ(problem("energy = 4"), "");
  EXPECT_EQ(problem("energy = 0"), "field 'energy' of template 'diary' runs from 1 to 4; 0 is not an answer it can take");
  EXPECT_EQ(problem("energy >= lots"), "field 'energy' of template 'diary' holds a number, not 'lots'");
}

TEST(ConditionFieldProblem, NumberTakesNumbersInItsRange) {
  EXPECT_EQ(problem("drinks >= 2.5"), "");
  EXPECT_EQ(problem("drinks > 51"), "field 'drinks' of template 'diary' runs from 0 to 50; 51 is not an answer it can take");
  EXPECT_EQ(problem("drinks > many"), "field 'drinks' of template 'diary' holds a number, not 'many'");
}

TEST(ConditionFieldProblem, DurationTakesADurationOrMinutes) {
  EXPECT_EQ(problem("sleep < 30m"), "");
  EXPECT_EQ(problem("sleep < 1h30m"), "");
  EXPECT_EQ(problem("sleep < 300"), "");  // minutes; a duration has no range to check
  EXPECT_EQ(problem("sleep < soon"), "field 'sleep' of template 'diary' holds a duration, not 'soon'");
}

TEST(ConditionFieldProblem, TimeTakesATimeOfDay) {
  EXPECT_EQ(problem("bedtime > 23:00"), "");
  EXPECT_EQ(problem("bedtime > 23"), "field 'bedtime' of template 'diary' holds a time of day: compare it with a time such as 23:00");
  EXPECT_EQ(problem("bedtime > 24:00"), "field 'bedtime' of template 'diary' holds a time of day: compare it with a time such as 23:00");
  EXPECT_EQ(problem("bedtime > late"), "field 'bedtime' of template 'diary' holds a time of day: compare it with a time such as 23:00");
}

TEST(ConditionFieldProblem, ItsColumnIsTheFieldsNameOrTheValue) {
  const auto t = diary();
  // The template lacks the field, or it holds text: the name is wrong.
  EXPECT_EQ(hwk::condition_problem_column(condition("urg >= 3"), t), 0u);
  EXPECT_EQ(hwk::condition_problem_column(condition("note = help"), t), 0u);
  // Otherwise the value is.
  EXPECT_EQ(hwk::condition_problem_column(condition("urge >= 9"), t), 8u);
  EXPECT_EQ(hwk::condition_problem_column(conditions("urge >= 1 and acted = \"x\"").at(1), t), 22u);
}

// ---- judging answers

TEST(ValueMeets, ScaleAndNumberCompareAsNumbers) {
  EXPECT_TRUE(value_meets("urge >= 3", FieldValue{3LL}));
  EXPECT_FALSE(value_meets("urge >= 3", FieldValue{2LL}));
  EXPECT_TRUE(value_meets("urge != 3", FieldValue{4LL}));
  EXPECT_FALSE(value_meets("urge != 3", FieldValue{3LL}));
  EXPECT_TRUE(value_meets("urge < 1", FieldValue{0LL}));
  EXPECT_TRUE(value_meets("drinks > 2.5", FieldValue{3.0}));
  EXPECT_FALSE(value_meets("drinks > 2.5", FieldValue{2.5}));
  EXPECT_TRUE(value_meets("drinks = 2", FieldValue{2LL}));
  // An answer of another type meets nothing.
  EXPECT_FALSE(value_meets("urge >= 0", FieldValue{std::string("3")}));
}

TEST(ValueMeets, LikertByPointNumberOrLabel) {
  EXPECT_TRUE(value_meets("energy <= little", FieldValue{2LL}));
  EXPECT_TRUE(value_meets("energy <= little", FieldValue{1LL}));
  EXPECT_FALSE(value_meets("energy <= little", FieldValue{3LL}));
  EXPECT_TRUE(value_meets("energy = plenty", FieldValue{4LL}));
  EXPECT_TRUE(value_meets("energy = 1", FieldValue{1LL}));
}

TEST(ValueMeets, DurationInMinutes) {
  EXPECT_TRUE(value_meets("sleep < 30m", FieldValue{std::string("25m")}));
  EXPECT_FALSE(value_meets("sleep < 30m", FieldValue{std::string("30m")}));
  EXPECT_TRUE(value_meets("sleep <= 30m", FieldValue{std::string("30m")}));
  EXPECT_FALSE(value_meets("sleep < 30m", FieldValue{std::string("1h")}));
  EXPECT_TRUE(value_meets("sleep >= 65", FieldValue{std::string("1h5m")}));
  EXPECT_FALSE(value_meets("sleep > 65", FieldValue{std::string("1h5m")}));
  EXPECT_TRUE(value_meets("sleep < 6h", FieldValue{std::string("5h59m")}));
  EXPECT_FALSE(value_meets("sleep < 30m", FieldValue{std::string("a while")}));
}

TEST(ValueMeets, TimeOfDayInMinutesFromMidnight) {
  EXPECT_TRUE(value_meets("bedtime > 23:00", FieldValue{std::string("23:30")}));
  EXPECT_FALSE(value_meets("bedtime > 23:00", FieldValue{std::string("23:00")}));
  EXPECT_TRUE(value_meets("bedtime >= 23:00", FieldValue{std::string("23:00")}));
  // The day starts at midnight: 01:00 is earlier than 23:00, not later.
  EXPECT_FALSE(value_meets("bedtime > 23:00", FieldValue{std::string("01:00")}));
  EXPECT_TRUE(value_meets("bedtime <= 06:00", FieldValue{std::string("01:00")}));
  EXPECT_TRUE(value_meets("bedtime != 22:00", FieldValue{std::string("22:01")}));
  EXPECT_FALSE(value_meets("bedtime > 23:00", FieldValue{std::string("late")}));
}

TEST(ValueMeets, YesNo) {
  EXPECT_TRUE(value_meets("self_harm = yes", FieldValue{true}));
  EXPECT_FALSE(value_meets("self_harm = yes", FieldValue{false}));
  EXPECT_TRUE(value_meets("self_harm = no", FieldValue{false}));
  EXPECT_FALSE(value_meets("self_harm = no", FieldValue{true}));
  EXPECT_TRUE(value_meets("self_harm != yes", FieldValue{false}));
  EXPECT_FALSE(value_meets("self_harm != yes", FieldValue{true}));
  // Not a bool, or an order the field does not have: never met.
  EXPECT_FALSE(value_meets("self_harm = yes", FieldValue{std::string("yes")}));
  EXPECT_FALSE(value_meets("self_harm >= yes", FieldValue{true}));
}

TEST(ValueMeets, SingleChoiceWhateverItsCase) {
  EXPECT_TRUE(value_meets("acted = \"did not act\"", FieldValue{std::string("did not act")}));
  EXPECT_TRUE(value_meets("acted = \"called someone\"", FieldValue{std::string("Called someone")}));
  EXPECT_FALSE(value_meets("acted = \"did not act\"", FieldValue{std::string("acted on it")}));
  EXPECT_TRUE(value_meets("acted != \"did not act\"", FieldValue{std::string("acted on it")}));
  EXPECT_FALSE(value_meets("acted != \"did not act\"", FieldValue{std::string("did not act")}));
  EXPECT_FALSE(value_meets("acted >= \"did not act\"", FieldValue{std::string("did not act")}));
}

TEST(ValueMeets, MultipleChoiceAndChecklistByMembership) {
  EXPECT_TRUE(value_meets("feelings = numb", FieldValue{Strings{"sad", "numb"}}));
  EXPECT_FALSE(value_meets("feelings = numb", FieldValue{Strings{"sad"}}));
  EXPECT_TRUE(value_meets("feelings != numb", FieldValue{Strings{"sad"}}));
  EXPECT_FALSE(value_meets("feelings != numb", FieldValue{Strings{"numb"}}));
  EXPECT_TRUE(value_meets("skills = \"opposite action\"", FieldValue{Strings{"mindfulness", "Opposite action"}}));
  EXPECT_FALSE(value_meets("skills = distract", FieldValue{Strings{"mindfulness"}}));
  // Nothing ticked: every "= item" fails and every "!= item" holds.
  EXPECT_FALSE(value_meets("skills = distract", FieldValue{Strings{}}));
  EXPECT_TRUE(value_meets("skills != distract", FieldValue{Strings{}}));
  EXPECT_FALSE(value_meets("skills = distract", FieldValue{true}));
}

TEST(ValueMeets, TextNeverMeets) {
  const auto t = diary();
  hwk::Condition c;
  c.field = "note";
  c.op = Comparison::equal;
  c.word = "help";
  EXPECT_FALSE(hwk::value_meets(c, *t.find_field("note"), FieldValue{std::string("help")}));
}

hwk::Record record_with(std::vector<std::pair<std::string, FieldValue>> values) {
  hwk::Record r;
  r.id = "r1";
  r.values = std::move(values);
  return r;
}

TEST(Meets, EveryConditionOverARecordOfEveryType) {
  const auto t = diary();
  const auto r = record_with({{"urge", FieldValue{4LL}},
                              {"energy", FieldValue{1LL}},
                              {"acted", FieldValue{std::string("acted on it")}},
                              {"feelings", FieldValue{Strings{"numb"}}},
                              {"drinks", FieldValue{6.0}},
                              {"sleep", FieldValue{std::string("3h")}},
                              {"bedtime", FieldValue{std::string("02:30")}},
                              {"skills", FieldValue{Strings{}}},
                              {"self_harm", FieldValue{true}}});
  EXPECT_TRUE(hwk::meets(r, t, {}));  // no condition: met
  EXPECT_TRUE(hwk::meets(r, t,
                         conditions("urge >= 4 and energy <= none and acted = \"acted on it\" and feelings = numb and "
                                    "drinks > 5 and sleep < 4h and bedtime < 03:00 and skills != mindfulness and "
                                    "self_harm = yes")));
  // One condition not met is enough to fail.
  EXPECT_FALSE(hwk::meets(r, t, conditions("urge >= 4 and self_harm = no")));
  EXPECT_FALSE(hwk::meets(r, t, conditions("self_harm = yes and drinks > 6")));
}

TEST(Meets, AMissingAnswerOrUnknownFieldMeetsNothing) {
  const auto t = diary();
  const auto r = record_with({{"urge", FieldValue{4LL}}});
  EXPECT_FALSE(hwk::meets(r, t, conditions("self_harm = no")));
  EXPECT_FALSE(hwk::meets(r, t, conditions("self_harm != yes")));
  EXPECT_FALSE(hwk::meets(r, t, conditions("skills != distract")));
  EXPECT_FALSE(hwk::meets(r, t, conditions("urgency >= 1")));
  EXPECT_TRUE(hwk::meets(r, t, conditions("urge >= 4")));
}

}  // namespace
