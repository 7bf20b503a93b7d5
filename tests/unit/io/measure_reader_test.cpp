// The measure block of a template: read into a definition, its items made fields and its critical
// items risk rules, and every bad block reported at its line and column.
#include "io/measure_reader.hpp"

#include <gtest/gtest.h>

#include "io/template_reader.hpp"

namespace {

const std::string head = "id: m\nversion: 1\ntitle: M\nkind: measure\n";

// A valid measure block, one key per line from line 5, so a test can replace one line.
std::vector<std::string> block() {
  return {
      "measure:",                                                                                        // 5
      "  wording: publisher",                                                                            // 6
      "  wording_from: https://example.org",                                                             // 7
      "  responses: [{value: 0, label: never}, {value: 1, label: some}, {value: 2, label: often}]",      // 8
      "  items: [{id: a, label: first}, {id: b, label: second, reverse: true}, {id: c, label: third}]",  // 9
      "  missing: {rule: prorate, max_missing: 1, source: made up}",                                     // 10
      "  bands: [{from: 0, label: low}, {from: 3, label: high}]",                                        // 11
      "  reliable_change: {points: 2, source: made up}",                                                 // 12
      "  cut_off: {score: 3, source: made up}",                                                          // 13
      "  higher_is_better: false",                                                                       // 14
      "  critical: [{item: c, above: 1}]",                                                               // 15
      "  loinc: {panel: \"44249-1\", total: \"44261-6\"}",                                               // 16
  };
}

std::string yaml_of(const std::vector<std::string>& lines) {
  std::string out = head;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

// The block with each line given (5 for "measure:") replaced by its text.
std::string with_lines(const std::vector<std::pair<int, std::string>>& changes) {
  auto lines = block();
  for (const auto& [line, text] : changes) lines[static_cast<std::size_t>(line - 5)] = text;
  return yaml_of(lines);
}
std::string with_line(int line, const std::string& text) { return with_lines({{line, text}}); }

const std::string texts_of_answers =
    "  responses: [{value: 0, label: never, text: Never}, {value: 1, label: some, text: Some}, {value: 2, label: often, text: Often}]";

std::vector<hwk::Diagnostic> problems(const std::string& yaml) {
  std::vector<hwk::Diagnostic> diags;
  hwk::parse_template(yaml, "m.yaml", diags);
  return diags;
}

// The one error `yaml` has, as "line:col: message".
std::string only_error(const std::string& yaml) {
  const auto d = problems(yaml);
  if (d.size() != 1) {
    std::string all;
    for (const auto& x : d) all += std::to_string(x.loc.line) + ":" + std::to_string(x.loc.col) + ": " + x.message + "\n";
    return "expected one error, got " + std::to_string(d.size()) + ":\n" + all;
  }
  return std::to_string(d[0].loc.line) + ":" + std::to_string(d[0].loc.col) + ": " + d[0].message;
}

}  // namespace

TEST(MeasureReader, ReadsTheDefinitionAndMakesFieldsAndRiskRules) {
  std::vector<hwk::Diagnostic> diags;
  const auto t = hwk::parse_template(yaml_of(block()), "m.yaml", diags);
  ASSERT_TRUE(t) << diags.front().message;
  ASSERT_TRUE(t->measure);
  const auto& m = *t->measure;
  EXPECT_EQ(m.id, "m");
  EXPECT_FALSE(m.wording_included);
  EXPECT_EQ(m.responses.size(), 3u);
  EXPECT_TRUE(m.items[1].reverse);
  EXPECT_EQ(m.missing.kind, hwk::MissingItems::prorate);
  EXPECT_EQ(m.missing.max_missing, 1);
  EXPECT_EQ(m.bands.size(), 2u);
  EXPECT_EQ(m.reliable_change, 2);
  EXPECT_EQ(m.clinical_cut_off, 3);
  EXPECT_TRUE(m.lower_is_better);
  EXPECT_EQ(m.critical_items, (std::vector<hwk::CriticalItem>{{"c", 1}}));
  EXPECT_EQ(m.loinc_panel, "44249-1");
  // Each item is a scale over the answer values, anchored by their labels; prorating lets items be left out.
  ASSERT_EQ(t->fields.size(), 3u);
  EXPECT_EQ(t->fields[0].type, hwk::FieldType::scale);
  EXPECT_EQ(t->fields[0].min, 0);
  EXPECT_EQ(t->fields[0].max, 2);
  EXPECT_EQ(t->fields[0].anchors.at(2), "often");
  EXPECT_EQ(t->fields[0].label, "first");
  EXPECT_FALSE(t->fields[0].required);
  EXPECT_EQ(t->fields[0].loc.line, 9);
  // The critical item is a risk rule like any template's.
  ASSERT_EQ(t->risk.size(), 1u);
  EXPECT_EQ(t->risk[0].text, "c > 1");
  EXPECT_EQ(t->risk[0].loc.line, 15);
}

TEST(MeasureReader, IncludedWordingBecomesPromptsAnchorsAndInstructions) {
  auto lines = block();
  lines[1] = "  wording: included\n  wording_source: test words\n  instructions: Think back.";
  lines[3] =
      "  responses: [{value: 0, label: never, text: Never at all}, {value: 1, label: some, text: Some}, {value: 2, label: often, text: Often}]";
  lines[4] = "  items: [{id: a, label: first, text: Q1}, {id: b, label: second, text: Q2}, {id: c, label: third, text: Q3}]";
  std::vector<hwk::Diagnostic> diags;
  const auto t = hwk::parse_template(yaml_of(lines), "m.yaml", diags);
  ASSERT_TRUE(t) << diags.front().message;
  EXPECT_TRUE(t->measure->wording_included);
  EXPECT_EQ(t->fields[2].prompt, "Q3");
  EXPECT_EQ(t->fields[2].anchors.at(0), "Never at all");
  ASSERT_FALSE(t->instructions.empty());
  EXPECT_EQ(t->instructions[0], "Think back.");
}

TEST(MeasureReader, NoTotalRuleMakesEveryItemRequired) {
  std::vector<hwk::Diagnostic> diags;
  const auto t = hwk::parse_template(with_line(10, "  missing: {rule: no-total, source: made up}"), "m.yaml", diags);
  ASSERT_TRUE(t) << diags.front().message;
  EXPECT_TRUE(t->fields[0].required);
}

TEST(MeasureReader, EachBadBlockHasItsPlace) {
  const std::pair<std::string, std::string> cases[] = {
      {with_line(14, "  higher_is_better: false\n  colour: red"), "15:3: unknown key 'colour' in the measure"},
      {with_line(6, "  wording: borrowed"), "6:12: unknown wording 'borrowed'"},
      {with_line(9, "  items: [{id: a, label: first}, {id: a, label: again}, {id: c, label: third}]"), "9:39: item 'a' is defined twice"},
      {with_line(9, "  items: [{id: A, label: first}, {id: b, label: second}, {id: c, label: third}]"),
       "9:16: invalid item id 'A': it must start with a lowercase letter or digit"},
      {with_line(9, "  items: [{id: a, label: first, reverse: maybe}, {id: b, label: b}, {id: c, label: c}]"),
       "9:42: 'reverse' must be true or false"},
      {with_line(9, "  items: [{id: a, label: first, weight: 2}, {id: b, label: b}, {id: c, label: c}]"), "9:33: unknown key 'weight' in the item"},
      {with_lines({{9, "  items: []"}, {15, "  critical: []"}}), "9:10: 'items' must be a list of items, e.g. - {id: item1, label: interest}"},
      {with_line(11, "  bands: [{from: 0, label: low}, {from: 0, label: high}]"), "11:41: bands must ascend; 0 comes after 0"},
      {with_line(8, "  responses: [{value: 0, label: never}, {value: 2, label: some}, {value: 1, label: often}]"),
       "8:74: answer values must ascend; 1 comes after 2"},
      {with_lines({{8, "  responses: [{value: 0, label: never}, {value: 1, label: some}, {value: 3, label: often}]"}, {15, "  critical: []"}}),
       "8:74: answer values must be evenly spaced, like the points of a scale"},
      {with_line(8, "  responses: [{value: 0, label: never}]"),
       "8:14: 'responses' must be a list of at least 2 answers, e.g. - {value: 0, label: not at all}"},
      {with_line(15, "  critical: [{item: d, above: 1}]"), "15:21: the measure has no item 'd'"},
      {with_line(15, "  critical: [{item: c, above: 2}]"), "15:31: 'above' must be from 0 to 1, so that some answers are above it and some are not"},
      {with_line(10, "  missing: {rule: guess, source: made up}"), "10:19: unknown missing rule 'guess'"},
      {with_line(10, "  missing: {rule: prorate, max_missing: 3, source: made up}"), "10:41: 'max_missing' must be a whole number from 1 to 2"},
      {with_line(10, "  missing: {rule: no-total, max_missing: 1, source: made up}"), "10:42: 'max_missing' is for the prorate rule"},
      {with_line(12, "  reliable_change: {points: 2}"), "12:20: 'reliable_change' has no 'source'"},
      {with_line(13, "  cut_off: {source: made up}"), "13:12: 'cut_off' has no 'score'"},
      {with_line(16, "  loinc: {panel: 44249}"), "16:18: '44249' is not a LOINC code"},
      {with_line(9, "  items: [{id: a, label: first, text: Q1}, {id: b, label: b}, {id: c, label: c}]"),
       "9:39: 'text' is the publisher's wording, which a measure with wording: publisher does not hold"},
      {with_lines({{6, "  wording: included\n  wording_source: test"},
                   {8, texts_of_answers},
                   {9, "  items: [{id: a, label: first}, {id: b, label: b, text: Q2}, {id: c, label: c, text: Q3}]"}}),
       "10:11: item 'a' has no 'text'"},
      {with_lines({{6, "  wording: included"},
                   {8, texts_of_answers},
                   {9, "  items: [{id: a, label: first, text: Q1}, {id: b, label: b, text: Q2}, {id: c, label: c, text: Q3}]"}}),
       "6:3: a measure with wording: included has no 'wording_source'"},
      {head + "fields: []\n" + yaml_of(block()).substr(head.size()), "5:9: a measure's fields are its items; remove 'fields'"},
      {head, "1:1: a template of kind measure has no 'measure'"},
      {"id: m\nversion: 1\ntitle: M\nkind: self-monitoring\nmeasure: {}\n", "5:10: 'measure' is for a template of kind measure"},
  };
  for (const auto& [yaml, expected] : cases) EXPECT_EQ(only_error(yaml), expected) << yaml;
}
