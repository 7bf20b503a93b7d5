// Risk flags and their words: which records raise a flag and why, how an ack clears one, the
// clinician's and the client's wording in each language, and the client's current safety plan.
#include "report/risk.hpp"

#include <gtest/gtest.h>

#include "model/practice_rule.hpp"

namespace {

using hwk::Comparison;
using hwk::FieldType;
using hwk::FieldValue;

const hwk::Instant day0 = hwk::Instant{date::sys_days{date::year{2026} / 11 / 1}.time_since_epoch()};
hwk::Instant day(int n, int hour = 0) { return day0 + std::chrono::days(n) + std::chrono::hours(hour); }

hwk::Field field(std::string id, FieldType type, std::string label) {
  hwk::Field f;
  f.id = std::move(id);
  f.type = type;
  f.label = std::move(label);
  return f;
}

hwk::RiskRule risk_rule(const std::string& text) {
  hwk::RiskRule r;
  r.text = text;
  auto parsed = hwk::parse_conditions(text);
  if (const auto* e = std::get_if<hwk::RuleError>(&parsed)) ADD_FAILURE() << text << ": " << e->message;
  else r.when = std::get<std::vector<hwk::Condition>>(parsed);
  return r;
}

// A diary card with three risk rules: a high urge alone; a lower urge together with self-harm;
// acting on an urge.
hwk::Template diary() {
  hwk::Template t;
  t.id = "diary-card";
  t.kind = "self-monitoring";
  auto urge = field("urge_suicide", FieldType::scale, "Thoughts of suicide");
  urge.min = 0;
  urge.max = 5;
  t.fields.push_back(urge);
  t.fields.push_back(field("self_harm", FieldType::yesno, "Self-harm"));
  auto acted = field("acted", FieldType::choice, "Acted on urges");
  acted.options = {"did not act", "acted on it"};
  t.fields.push_back(acted);
  t.fields.push_back(field("note", FieldType::text, "Note"));
  t.risk = {risk_rule("urge_suicide >= 4"), risk_rule("urge_suicide >= 2 and self_harm = yes"), risk_rule("acted = \"acted on it\"")};
  return t;
}

hwk::Record practice(std::string id, hwk::Instant at, std::optional<long long> urge, std::optional<bool> harm = std::nullopt,
                     std::string assignment = "diary") {
  hwk::Record r;
  r.id = std::move(id);
  r.kind = hwk::RecordKind::practice;
  r.at = at;
  r.recorded = at + std::chrono::hours(1);
  r.assignment = std::move(assignment);
  r.template_id = "diary-card";
  r.template_version = 1;
  if (urge) r.values.emplace_back("urge_suicide", FieldValue{*urge});
  if (harm) r.values.emplace_back("self_harm", FieldValue{*harm});
  return r;
}

hwk::Record ack(std::string id, hwk::Instant at, std::string answers, std::string note = {}) {
  hwk::Record r;
  r.id = std::move(id);
  r.kind = hwk::RecordKind::ack;
  r.at = at;
  r.recorded = at;
  r.assignment = "diary";
  r.answers = std::move(answers);
  r.note = std::move(note);
  return r;
}

// "field|label|value|condition" for each reason.
std::vector<std::string> reasons_text(const std::vector<hwk::RiskReason>& reasons) {
  std::vector<std::string> out;
  for (const auto& r : reasons) out.push_back(r.field + "|" + r.label + "|" + r.value + "|" + r.condition);
  return out;
}

using Strings = std::vector<std::string>;

// ---- risk_reasons

TEST(RiskReasons, ARuleOfTwoConditionsCountsOnlyWhenBothAreMet) {
  const auto t = diary();
  EXPECT_TRUE(hwk::risk_reasons(practice("r1", day(1), 3, false), t, t).empty());
  EXPECT_TRUE(hwk::risk_reasons(practice("r1", day(1), 1, true), t, t).empty());
  EXPECT_TRUE(hwk::risk_reasons(practice("r1", day(1), 3), t, t).empty());  // self_harm not answered
  EXPECT_EQ(reasons_text(hwk::risk_reasons(practice("r1", day(1), 2, true), t, t)),
            (Strings{"urge_suicide|Thoughts of suicide|2|2 or more", "self_harm|Self-harm|yes|"}));
}

TEST(RiskReasons, OneReasonPerFieldInTheTemplatesOrder) {
  const auto t = diary();
  // Both urge rules are met: the field is named once, with the first rule's line.
  auto r = practice("r1", day(1), 5, true);
  r.values.emplace(r.values.begin(), "acted", FieldValue{std::string("acted on it")});
  EXPECT_EQ(reasons_text(hwk::risk_reasons(r, t, t)),
            (Strings{"urge_suicide|Thoughts of suicide|5|4 or more", "self_harm|Self-harm|yes|", "acted|Acted on urges|acted on it|"}));
  EXPECT_EQ(reasons_text(hwk::risk_reasons(practice("r2", day(1), 4, false), t, t)), (Strings{"urge_suicide|Thoughts of suicide|4|4 or more"}));
}

TEST(RiskReasons, LabelsAndAnswersComeFromTheShownTemplate) {
  const auto t = diary();
  auto shown = t;
  shown.fields[0].label = "Pensamientos de suicidio";
  shown.fields[1].label = "";  // no label: the field's id
  shown.fields[2].label = "Actuaste";
  shown.fields[2].option_labels = {"no actué", "actué"};
  auto r = practice("r1", day(1), 2, true);
  r.values.emplace_back("acted", FieldValue{std::string("acted on it")});
  EXPECT_EQ(reasons_text(hwk::risk_reasons(r, t, shown)),
            (Strings{"urge_suicide|Pensamientos de suicidio|2|2 or more", "self_harm|self_harm|yes|", "acted|Actuaste|actué|"}));
}

TEST(RiskReasons, OnlyPracticeRecordsHaveReasons) {
  const auto t = diary();
  auto r = practice("r1", day(1), 5);
  r.kind = hwk::RecordKind::feedback;
  EXPECT_TRUE(hwk::risk_reasons(r, t, t).empty());
}

// ---- risk_flags

TEST(RiskFlags, OldestFirstCorrectionsJudgedAndTheEarliestAckKept) {
  const auto t = diary();
  hwk::Template quiet = t;  // the same fields, no risk rules
  quiet.risk.clear();
  auto corrected = practice("r5", day(1, 10), 5);
  corrected.amends = "r2";
  auto risky_later = practice("r1", day(3), 4);
  risky_later.reflection = "a hard night";
  const std::vector<hwk::Record> records = {
      risky_later,
      ack("a2", day(6), "r1", "called her"),
      ack("a1", day(5), "r1", "spoke in session"),
      practice("r3", day(2), 1),                 // no risk
      practice("r4", day(2), 5, true, "other"),  // its template has no risk rules
      practice("r6", day(2), 5, true, "gone"),   // no template
      corrected,
      practice("r2", day(1, 10), 4),
      ack("a3", day(4), "r3"),  // a record that raised no flag
      ack("a4", day(4), "r9"),  // no such record
  };
  const auto flags = hwk::risk_flags(records, [&](const std::string& assignment) -> const hwk::Template* {
    if (assignment == "diary") return &t;
    if (assignment == "other") return &quiet;
    return nullptr;
  });
  ASSERT_EQ(flags.size(), 3u);
  // Same time: by record id. The correction and the record it corrects each raise a flag.
  EXPECT_EQ(flags[0].record, "r2");
  EXPECT_EQ(flags[1].record, "r5");
  EXPECT_EQ(flags[2].record, "r1");
  EXPECT_TRUE(flags[0].open());
  EXPECT_TRUE(flags[1].open());
  EXPECT_EQ(flags[2].assignment, "diary");
  EXPECT_EQ(flags[2].at, day(3));
  EXPECT_EQ(flags[2].reflection, "a hard night");
  EXPECT_EQ(reasons_text(flags[2].reasons), (Strings{"urge_suicide|Thoughts of suicide|4|4 or more"}));
  ASSERT_TRUE(flags[2].ack);
  EXPECT_FALSE(flags[2].open());
  EXPECT_EQ(flags[2].ack->id, "a1");
  EXPECT_EQ(flags[2].ack->at, day(5));
  EXPECT_EQ(flags[2].ack->note, "spoke in session");
  EXPECT_EQ(hwk::open_flags(flags), 2);
}

TEST(RiskFlags, AcksAtTheSameTimeKeepTheFirstId) {
  const auto t = diary();
  const std::vector<hwk::Record> records = {practice("r1", day(1), 5), ack("a9", day(2), "r1"), ack("a3", day(2), "r1")};
  const auto flags = hwk::risk_flags(records, [&](const std::string&) { return &t; });
  ASSERT_EQ(flags.size(), 1u);
  ASSERT_TRUE(flags[0].ack);
  EXPECT_EQ(flags[0].ack->id, "a3");
}

TEST(RiskFlags, NoneWithoutRiskyRecords) {
  const auto t = diary();
  const std::vector<hwk::Record> records = {practice("r1", day(1), 0, false), ack("a1", day(2), "r1")};
  const auto flags = hwk::risk_flags(records, [&](const std::string&) { return &t; });
  EXPECT_TRUE(flags.empty());
  EXPECT_EQ(hwk::open_flags(flags), 0);
}

TEST(RiskFlags, AttentionText) {
  EXPECT_EQ(hwk::attention_text(1), "1 record needs your attention");
  EXPECT_EQ(hwk::attention_text(3), "3 records need your attention");
  EXPECT_EQ(hwk::attention_text(0), "0 records need your attention");
}

// ---- words

hwk::Condition cond(const std::string& phrase) {
  auto parsed = hwk::parse_conditions(phrase);
  EXPECT_TRUE(std::holds_alternative<std::vector<hwk::Condition>>(parsed)) << phrase;
  return std::holds_alternative<std::vector<hwk::Condition>>(parsed) ? std::get<std::vector<hwk::Condition>>(parsed).at(0) : hwk::Condition{};
}

TEST(ConditionWords, EachComparisonOnARating) {
  const auto t = diary();
  const auto& urge = *t.find_field("urge_suicide");
  EXPECT_EQ(hwk::condition_words(cond("urge_suicide >= 4"), urge), "4 or more");
  EXPECT_EQ(hwk::condition_words(cond("urge_suicide > 3"), urge), "more than 3");
  EXPECT_EQ(hwk::condition_words(cond("urge_suicide <= 2"), urge), "2 or less");
  EXPECT_EQ(hwk::condition_words(cond("urge_suicide < 2"), urge), "less than 2");
  EXPECT_EQ(hwk::condition_words(cond("urge_suicide = 3"), urge), "3");
  EXPECT_EQ(hwk::condition_words(cond("urge_suicide != 3"), urge), "not 3");
  const auto bedtime = field("bedtime", FieldType::time, "Bedtime");
  EXPECT_EQ(hwk::condition_words(cond("bedtime > 23:00"), bedtime), "more than 23:00");
}

TEST(ConditionWords, YesNoAndChosenAnswers) {
  const auto t = diary();
  const auto& harm = *t.find_field("self_harm");
  EXPECT_EQ(hwk::condition_words(cond("self_harm = yes"), harm), "yes");
  EXPECT_EQ(hwk::condition_words(cond("self_harm = no"), harm), "no");
  EXPECT_EQ(hwk::condition_words(cond("self_harm != yes"), harm), "no");
  EXPECT_EQ(hwk::condition_words(cond("self_harm != no"), harm), "yes");
  auto acted = *t.find_field("acted");
  EXPECT_EQ(hwk::condition_words(cond("acted = \"acted on it\""), acted), "“acted on it”");
  EXPECT_EQ(hwk::condition_words(cond("acted != \"did not act\""), acted), "not “did not act”");
  acted.option_labels = {"no actué", "actué"};
  EXPECT_EQ(hwk::condition_words(cond("acted = \"acted on it\""), acted), "“actué”");
}

TEST(ClientRiskLine, ARatingInEachLanguage) {
  const auto t = diary();
  const auto c = cond("urge_suicide >= 4");
  const auto& urge = *t.find_field("urge_suicide");
  EXPECT_EQ(hwk::client_risk_line(c, urge, "en"), "You rated Thoughts of suicide 4 or more.");
  auto es = urge;
  es.label = "Pensamientos de suicidio";
  EXPECT_EQ(hwk::client_risk_line(c, es, "es"), "Calificaste Pensamientos de suicidio con 4 o más.");
  EXPECT_EQ(hwk::client_risk_line(c, es, "es-MX"), "Calificaste Pensamientos de suicidio con 4 o más.");
  auto fr = urge;
  fr.label = "Idées suicidaires";
  EXPECT_EQ(hwk::client_risk_line(c, fr, "fr"), "Vous avez noté Idées suicidaires à 4 ou plus.");
  EXPECT_EQ(hwk::client_risk_line(cond("urge_suicide < 2"), fr, "fr"), "Vous avez noté Idées suicidaires à moins de 2.");
  // A language hwk has no words in, or none: English.
  EXPECT_EQ(hwk::client_risk_line(c, urge, "de"), "You rated Thoughts of suicide 4 or more.");
  EXPECT_EQ(hwk::client_risk_line(c, urge, ""), "You rated Thoughts of suicide 4 or more.");
}

TEST(ClientRiskLine, YesNoInEachLanguage) {
  const auto t = diary();
  const auto& harm = *t.find_field("self_harm");
  EXPECT_EQ(hwk::client_risk_line(cond("self_harm = yes"), harm, "en"), "You answered yes to Self-harm.");
  EXPECT_EQ(hwk::client_risk_line(cond("self_harm = yes"), harm, "es"), "Respondiste sí a Self-harm.");
  EXPECT_EQ(hwk::client_risk_line(cond("self_harm = yes"), harm, "fr"), "Vous avez répondu oui à Self-harm.");
  EXPECT_EQ(hwk::client_risk_line(cond("self_harm != yes"), harm, "fr"), "Vous avez répondu non à Self-harm.");
  EXPECT_EQ(hwk::client_risk_line(cond("self_harm = yes"), harm, "xx"), "You answered yes to Self-harm.");
}

TEST(ClientRiskLine, ChoicesChecklistsNumbersAndAMissingLabel) {
  const auto t = diary();
  auto acted = *t.find_field("acted");
  EXPECT_EQ(hwk::client_risk_line(cond("acted = \"acted on it\""), acted, "en"), "You chose “acted on it” for Acted on urges.");
  EXPECT_EQ(hwk::client_risk_line(cond("acted != \"did not act\""), acted, "en"), "Your answer to Acted on urges was not “did not act”.");
  acted.label = "Actuaste";
  acted.option_labels = {"no actué", "actué"};
  EXPECT_EQ(hwk::client_risk_line(cond("acted = \"acted on it\""), acted, "es"), "Elegiste «actué» en Actuaste.");
  auto skills = field("skills", FieldType::checklist, "Skills");
  skills.items = {"distract", "mindfulness"};
  EXPECT_EQ(hwk::client_risk_line(cond("skills = distract"), skills, "en"), "You ticked “distract” in Skills.");
  EXPECT_EQ(hwk::client_risk_line(cond("skills = distract"), skills, "fr"), "Vous avez coché « distract » dans Skills.");
  const auto drinks = field("drinks", FieldType::number, "");
  EXPECT_EQ(hwk::client_risk_line(cond("drinks > 5"), drinks, "en"), "Your answer to drinks was more than 5.");
  EXPECT_EQ(hwk::client_risk_line(cond("drinks > 5"), drinks, "es"), "Tu respuesta a drinks fue más de 5.");
}

// ---- the safety plan

hwk::Template safety_plan() {
  hwk::Template t;
  t.id = "safety-plan";
  t.kind = "safety-plan";
  t.fields = {field("warning_signs", FieldType::text, "Warning signs"), field("coping", FieldType::text, "Things I can do"),
              field("contacts", FieldType::text, "People I can call"), field("reasons", FieldType::text, "")};
  return t;
}

hwk::Record plan_record(std::string id, hwk::Instant at, hwk::Status status, std::string signs, std::string amends = {}) {
  hwk::Record r;
  r.id = std::move(id);
  r.kind = hwk::RecordKind::practice;
  r.at = at;
  r.assignment = "safety";
  r.status = status;
  r.amends = std::move(amends);
  r.values = {{"warning_signs", FieldValue{std::move(signs)}},
              {"coping", FieldValue{std::string("walk the dog")}},
              {"contacts", FieldValue{std::string("  ")}},
              {"reasons", FieldValue{std::string("my kids")}}};
  return r;
}

TEST(SafetyPlan, TheLatestDoneOrPartialRecordThatNoneCorrects) {
  const auto sp = safety_plan();
  const auto d = diary();
  const auto template_for = [&](const std::string& a) -> const hwk::Template* { return a == "safety" ? &sp : &d; };
  std::vector<hwk::Record> records = {plan_record("s1", day(1), hwk::Status::done, "first"),
                                      plan_record("s2", day(3), hwk::Status::partial, "second"),
                                      plan_record("s3", day(4), hwk::Status::skipped, "skipped"), practice("r1", day(5), 1)};
  auto plan = hwk::current_safety_plan(records, template_for);
  ASSERT_TRUE(plan);
  EXPECT_EQ(plan->record->id, "s2");
  EXPECT_EQ(plan->tmpl, &sp);
  // Blank answers are left out; a field without a label is named by its id.
  using Sections = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(plan->sections, (Sections{{"Warning signs", "second"}, {"Things I can do", "walk the dog"}, {"reasons", "my kids"}}));

  // A later record that is then corrected gives way to its correction.
  records.push_back(plan_record("s4", day(6), hwk::Status::done, "fourth"));
  records.push_back(plan_record("s5", day(6), hwk::Status::done, "fourth, corrected", "s4"));
  plan = hwk::current_safety_plan(records, template_for);
  ASSERT_TRUE(plan);
  EXPECT_EQ(plan->record->id, "s5");
  EXPECT_EQ(plan->sections.at(0).second, "fourth, corrected");

  // A corrected record never wins, whatever its time.
  records = {plan_record("s1", day(1), hwk::Status::done, "first"), plan_record("s4", day(6), hwk::Status::done, "fourth"),
             plan_record("s5", day(0), hwk::Status::done, "earlier correction", "s4")};
  plan = hwk::current_safety_plan(records, template_for);
  ASSERT_TRUE(plan);
  EXPECT_EQ(plan->record->id, "s1");
}

TEST(SafetyPlan, NoneWithoutASafetyPlanRecord) {
  const auto d = diary();
  const auto sp = safety_plan();
  const std::vector<hwk::Record> records = {practice("r1", day(1), 5), plan_record("s1", day(2), hwk::Status::skipped, "x")};
  EXPECT_FALSE(hwk::current_safety_plan(records, [&](const std::string& a) { return a == "safety" ? &sp : &d; }));
  EXPECT_FALSE(hwk::current_safety_plan({}, [&](const std::string&) { return &sp; }));
}

TEST(SafetyPlan, HeadingInEachLanguage) {
  EXPECT_EQ(hwk::safety_plan_heading("en"), "Your safety plan");
  EXPECT_EQ(hwk::safety_plan_heading("es"), "Tu plan de seguridad");
  EXPECT_EQ(hwk::safety_plan_heading("es-AR"), "Tu plan de seguridad");
  EXPECT_EQ(hwk::safety_plan_heading("fr"), "Votre plan de sécurité");
  EXPECT_EQ(hwk::safety_plan_heading("de"), "Your safety plan");
  EXPECT_EQ(hwk::safety_plan_heading(""), "Your safety plan");
}

}  // namespace
