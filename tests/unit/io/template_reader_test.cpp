// Templates are read strictly; the built-in library is valid and lint-clean.
#include "io/template_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "check/check.hpp"
#include "model/field_value.hpp"

namespace {

std::vector<hwk::Diagnostic> problems(const std::string& yaml) {
  std::vector<hwk::Diagnostic> diags;
  hwk::parse_template(yaml, "t.yaml", diags);
  return diags;
}

const std::string head = "id: t\nversion: 1\ntitle: T\nkind: self-monitoring\n";

}  // namespace

TEST(TemplateReader, BuiltInLibraryIsValidAndLintClean) {
  const std::filesystem::path dir = std::filesystem::path(HWK_TEST_DATA_DIR) / ".." / "templates";
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".yaml") continue;
    ++count;
    const auto diags = hwk::lint_template_file(entry.path(), true);
    for (const auto& d : diags) ADD_FAILURE() << entry.path() << ":" << d.loc.line << ": " << d.message;
  }
  EXPECT_GE(count, 3);
}

TEST(TemplateReader, ReadsEveryFieldType) {
  std::vector<hwk::Diagnostic> diags;
  const auto t = hwk::parse_template(head +
                                         "fields:\n"
                                         "  - {id: a, type: text, max_length: 10}\n"
                                         "  - {id: b, type: scale, min: 0, max: 10, anchors: {0: calm, 10: worst}}\n"
                                         "  - {id: c, type: likert, points: [no, some, yes]}\n"
                                         "  - {id: d, type: choice, options: [x, y], multiple: true}\n"
                                         "  - {id: e, type: number, min: 0, unit: km}\n"
                                         "  - {id: f, type: duration, max: 1h}\n"
                                         "  - {id: g, type: time}\n"
                                         "  - {id: h, type: checklist, items: [one, two]}\n"
                                         "  - {id: i, type: yesno, required: true}\n",
                                     "t.yaml", diags);
  ASSERT_TRUE(t) << diags.front().message;
  ASSERT_EQ(t->fields.size(), 9u);
  EXPECT_EQ(t->fields[1].anchors.at(10), "worst");
  EXPECT_EQ(t->fields[2].points.size(), 3u);
  EXPECT_TRUE(t->fields[3].multiple);
  EXPECT_EQ(t->fields[5].max_duration, std::chrono::hours(1));
  EXPECT_TRUE(t->fields[8].required);
}

TEST(TemplateReader, YamlSyntaxErrorHasItsPlace) {
  const auto d = problems("id: t\nversion: [1\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].loc.path, "t.yaml");
  EXPECT_GE(d[0].loc.line, 2);
  EXPECT_EQ(d[0].message.rfind("invalid YAML", 0), 0u);
}

TEST(TemplateReader, StructuralProblemsAtTheirLines) {
  const auto d = problems(head +
                          "fields:\n"
                          "  - id: a\n"
                          "    type: scael\n"
                          "  - id: b\n"
                          "    type: scale\n"
                          "    min: 10\n"
                          "    max: 0\n"
                          "  - id: c\n"
                          "    type: choice\n"
                          "    options: [x, x]\n"
                          "    colour: red\n");
  std::vector<std::string> messages;
  for (const auto& x : d) messages.push_back(std::to_string(x.loc.line) + ":" + std::to_string(x.loc.col) + " " + x.message);
  EXPECT_EQ(messages, (std::vector<std::string>{
                          "7:11 unknown field type 'scael'",
                          "11:10 the scale's max must be greater than its min",
                          "14:14 option 'x' is listed twice",
                          "15:5 unknown key 'colour' in the field",
                      }));
  EXPECT_EQ(d[0].hint, "did you mean 'scale'?");
}

TEST(TemplateReader, MissingKeysAndBadValues) {
  const auto d = problems("id: ../evil\nversion: 0\nkind: therapy\n");
  std::vector<std::string> messages;
  for (const auto& x : d) messages.push_back(x.message);
  EXPECT_EQ(messages, (std::vector<std::string>{
                          "invalid template id '../evil': it must start with a lowercase letter or digit",
                          "'version' must be a whole number from 1 to 100000",
                          "the template has no 'title'",
                          "unknown kind 'therapy'",
                      }));
}

TEST(TemplateReader, CommaInMultipleChoiceOptionIsRefused) {
  const auto d = problems(head + "fields:\n  - {id: a, type: choice, multiple: true, options: [\"yes, fully\", no]}\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("contains a comma"), std::string::npos);
}

TEST(TemplateReader, TranslationsAreReadAndApplied) {
  std::vector<hwk::Diagnostic> diags;
  const auto t = hwk::parse_template(head +
                                         "fields:\n"
                                         "  - {id: mood, type: scale, min: 0, max: 10, prompt: \"How is your mood?\", anchors: {0: low, 10: high}}\n"
                                         "  - {id: where, type: choice, options: [home, work]}\n"
                                         "translations:\n"
                                         "  es:\n"
                                         "    title: Registro\n"
                                         "    fields:\n"
                                         "      mood: {prompt: \"¿Cómo está tu ánimo?\", anchors: {0: bajo, 10: alto}}\n"
                                         "      where: {options: [casa, trabajo]}\n",
                                     "t.yaml", diags);
  ASSERT_TRUE(t) << diags.front().message;
  const auto es = hwk::localized(*t, "es_MX.UTF-8");
  EXPECT_EQ(es.title, "Registro");
  EXPECT_EQ(es.fields[0].prompt, "¿Cómo está tu ánimo?");
  EXPECT_EQ(es.fields[0].anchors.at(10), "alto");
  // The Spanish word is accepted and shown, the original word is what a record keeps.
  std::string error;
  const auto v = hwk::parse_field_input(es.fields[1], "trabajo", error);
  ASSERT_TRUE(v);
  EXPECT_EQ(std::get<std::string>(*v), "work");
  EXPECT_EQ(hwk::display_field_value(es.fields[1], *v), "trabajo");
  // A language without a translation falls back to the original.
  EXPECT_EQ(hwk::localized(*t, "fr_FR.UTF-8").title, "T");
  EXPECT_EQ(hwk::localized(*t, "C").title, "T");
}

TEST(TemplateReader, TranslationProblemsAreReported) {
  const auto d = problems(head +
                          "fields:\n  - {id: where, type: choice, options: [home, work]}\n"
                          "translations:\n"
                          "  spanish: {title: x}\n"
                          "  es:\n"
                          "    fields:\n"
                          "      nowhere: {label: x}\n"
                          "      where: {options: [casa]}\n");
  std::vector<std::string> messages;
  for (const auto& x : d) messages.push_back(std::to_string(x.loc.line) + " " + x.message);
  EXPECT_EQ(messages, (std::vector<std::string>{
                          "8 'spanish' is not a language code",
                          "11 the template has no field 'nowhere' to translate",
                          "12 'options' must translate all 2 of the field's options, in order",
                      }));
}

TEST(TemplateReader, NumberStepMakesWholeNumbers) {
  std::vector<hwk::Diagnostic> diags;
  const auto t = hwk::parse_template(head + "fields:\n  - {id: n, type: number, min: 0, step: 1}\n", "t.yaml", diags);
  ASSERT_TRUE(t);
  std::string error;
  EXPECT_TRUE(hwk::parse_field_input(t->fields[0], "3", error));
  EXPECT_FALSE(hwk::parse_field_input(t->fields[0], "2.5", error));
  EXPECT_EQ(error, "2.5 is not a whole number");
}

TEST(TemplateReader, CachedParseIsTheSameTemplateAtItsOwnPath) {
  const std::string yaml = head + "fields:\n  - {id: a, type: yesno}\n";
  std::vector<hwk::Diagnostic> diags;
  const auto first = hwk::parse_template_cached(yaml, "one/t.v1.yaml", diags);
  const auto second = hwk::parse_template_cached(yaml, "two/t.v1.yaml", diags);
  ASSERT_TRUE(first && second);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(second->path, "two/t.v1.yaml");
  EXPECT_EQ(second->fields[0].loc.path, "two/t.v1.yaml");
  EXPECT_TRUE(hwk::same_meaning(*first, *second));
  // Invalid text is never cached: its problems are reported every time.
  const auto bad = hwk::parse_template_cached("id: [", "bad.yaml", diags);
  EXPECT_FALSE(bad);
  EXPECT_EQ(diags.size(), 1u);
  hwk::parse_template_cached("id: [", "bad.yaml", diags);
  EXPECT_EQ(diags.size(), 2u);
}

TEST(TemplateReader, AnswersMayImplyAStatus) {
  std::vector<hwk::Diagnostic> diags;
  const auto t = hwk::parse_template(head +
                                         "occasion: daily-log\n"
                                         "reflection_every: week\n"
                                         "fields:\n"
                                         "  - id: how\n"
                                         "    type: choice\n"
                                         "    options: [as planned, part of it, did not do it]\n"
                                         "    status: {part of it: partial, did not do it: skipped}\n"
                                         "  - {id: took, type: yesno, status: {\"no\": partial}}\n",
                                     "t.yaml", diags);
  ASSERT_TRUE(t) << diags.front().message;
  EXPECT_EQ(t->occasion, hwk::Occasion::daily_log);
  EXPECT_TRUE(t->weekly_reflection);
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(t->fields[0].status_of, (Pairs{{"part of it", "partial"}, {"did not do it", "skipped"}}));
  EXPECT_EQ(t->fields[1].status_of, (Pairs{{"no", "partial"}}));
}

TEST(TemplateReader, AStatusMapIsCheckedAtItsPlace) {
  struct Case {
    std::string yaml, message;
    int line, col;
  };
  const std::vector<Case> cases = {
      {"fields:\n  - {id: a, type: choice, options: [x, y], status: {z: skipped}}\n", "field 'a' has no answer 'z'", 6, 53},
      {"fields:\n  - {id: a, type: choice, options: [x, y], status: {y: missed}}\n", "an answer can imply 'partial' or 'skipped', not 'missed'", 6,
       56},
      {"fields:\n  - {id: a, type: scale, min: 0, max: 4, status: {0: skipped}}\n", "'status' is for a choice or yes/no field", 6, 50},
      {"fields:\n  - {id: a, type: yesno, status: [no]}\n", "'status' must map answers to the status they imply, e.g. {did not do it: skipped}", 6,
       34},
      {"occasion: sometimes\n", "unknown occasion 'sometimes'", 5, 11},
      {"reflection_every: month\n", "unknown value 'month'", 5, 19},
  };
  for (const auto& c : cases) {
    const auto diags = problems(head + c.yaml);
    ASSERT_EQ(diags.size(), 1u) << c.yaml;
    EXPECT_EQ(diags[0].message, c.message) << c.yaml;
    EXPECT_EQ(diags[0].loc.line, c.line) << c.yaml;
    EXPECT_EQ(diags[0].loc.col, c.col) << c.yaml;
  }
}

namespace {

// Fields for risk conditions to name: lines 5 to 9; `risk:` follows on line 10.
const std::string risk_fields = head +
                                "fields:\n"
                                "  - {id: urge, type: scale, min: 0, max: 5, label: Urge}\n"
                                "  - {id: self_harm, type: yesno}\n"
                                "  - {id: acted, type: choice, options: [did not act, acted on it]}\n"
                                "  - {id: note, type: text}\n";

}  // namespace

TEST(TemplateReader, ReadsRiskConditions) {
  std::vector<hwk::Diagnostic> diags;
  const auto t = hwk::parse_template(risk_fields +
                                         "risk:\n"
                                         "  - urge >= 4\n"
                                         "  - \"urge >= 2 and self_harm = yes\"\n"
                                         "  - acted = \"acted on it\"\n",
                                     "t.yaml", diags);
  ASSERT_TRUE(t) << diags.front().message;
  EXPECT_TRUE(diags.empty());
  ASSERT_EQ(t->risk.size(), 3u);
  EXPECT_EQ(t->risk[0].text, "urge >= 4");
  ASSERT_EQ(t->risk[0].when.size(), 1u);
  EXPECT_EQ(t->risk[0].when[0].field, "urge");
  EXPECT_EQ(t->risk[0].when[0].value, 4);
  EXPECT_EQ(t->risk[0].loc.line, 11);
  EXPECT_EQ(t->risk[0].loc.col, 5);
  // A quoted scalar's text starts after its quote.
  EXPECT_EQ(t->risk[1].text, "urge >= 2 and self_harm = yes");
  ASSERT_EQ(t->risk[1].when.size(), 2u);
  EXPECT_EQ(t->risk[1].when[1].word, "yes");
  EXPECT_EQ(t->risk[1].loc.line, 12);
  EXPECT_EQ(t->risk[1].loc.col, 6);
  EXPECT_EQ(t->risk[2].when.at(0).word, "acted on it");
  EXPECT_EQ(t->risk[2].loc.path, "t.yaml");
}

TEST(TemplateReader, RiskConditionProblemsAtTheirWord) {
  struct Case {
    std::string yaml, message;
    int line, col;
  };
  const std::vector<Case> cases = {
      // The field the template lacks, at its name.
      {"  - urg >= 4\n", "template 't' has no field 'urg'; did you mean 'urge'?", 11, 5},
      // A yes/no answer has no order, at the value.
      {"  - self_harm >= yes\n", "field 'self_harm' of template 't' is answered yes or no: compare it with = or !=, not >=", 11, 18},
      // An option the choice does not offer, at the value.
      {"  - acted = nothing\n", "field 'acted' of template 't' has no option 'nothing'; its options are did not act, acted on it", 11, 13},
      // In a quoted scalar, one column further; the second condition at its own value.
      {"  - \"urge >= 2 and self_harm = maybe\"\n", "field 'self_harm' of template 't' is answered yes or no, not 'maybe'", 11, 32},
      // A text field, at its name.
      {"  - note = help\n", "field 'note' of template 't' holds text, which no condition compares; name a rating, yes/no, choice or checklist field",
       11, 5},
      {"  - urge >= 9\n", "field 'urge' of template 't' runs from 0 to 5; 9 is not an answer it can take", 11, 13},
      // A phrase that does not parse, at the word.
      {"  - urge >> 4\n", "unknown comparison '>>'", 11, 10},
      {"  - urge >= 4 or self_harm = yes\n", "unexpected 'or' after the condition", 11, 15},
      {"  - {urge: 4}\n", "a risk condition is one line of text, e.g. self_harm = yes", 11, 5},
  };
  for (const auto& c : cases) {
    const auto diags = problems(risk_fields + "risk:\n" + c.yaml);
    ASSERT_EQ(diags.size(), 1u) << c.yaml;
    EXPECT_EQ(diags[0].severity, hwk::Severity::error) << c.yaml;
    EXPECT_EQ(diags[0].message, c.message) << c.yaml;
    EXPECT_EQ(diags[0].loc.line, c.line) << c.yaml;
    EXPECT_EQ(diags[0].loc.col, c.col) << c.yaml;
  }
  const auto not_a_list = problems(risk_fields + "risk: urge >= 4\n");
  ASSERT_EQ(not_a_list.size(), 1u);
  EXPECT_EQ(not_a_list[0].message, "'risk' must be a list of conditions, e.g. - urge_suicide >= 3");
  EXPECT_EQ(not_a_list[0].loc.line, 10);
  EXPECT_EQ(not_a_list[0].loc.col, 7);
}

TEST(TemplateReader, EveryBadRiskConditionIsReported) {
  const auto diags = problems(risk_fields + "risk:\n  - urge >= 4\n  - urg >= 4\n  - self_harm = maybe\n");
  std::vector<std::string> messages;
  for (const auto& d : diags) messages.push_back(std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col));
  EXPECT_EQ(messages, (std::vector<std::string>{"12:5", "13:17"}));
}
