// A wording file is checked against its measure (every item and answer once, with text, nothing
// else), and fills the measure's template so that it reads back with the texts and wording: included.
#include "io/measure_wording.hpp"

#include <gtest/gtest.h>

#include "io/files.hpp"
#include "io/template_reader.hpp"

namespace {

const std::string phq9_path = std::string(HWK_TEST_DATA_DIR) + "/../templates/phq-9.yaml";

const std::string complete =
    "source: test\n"
    "responses: {0: a0, 1: a1, 2: a2, 3: a3}\n"
    "items: {item1: q1, item2: q2, item3: q3, item4: q4, item5: q5, item6: q6, item7: q7, item8: q8, item9: q9}\n";

std::vector<std::string> problems(const std::string& text) {
  const auto def = *hwk::load_template(phq9_path).measure;
  try {
    hwk::parse_measure_wording(text, "w.yaml", def);
  } catch (const hwk::Error& e) {
    std::vector<std::string> out;
    for (const auto& d : e.diagnostics()) out.push_back(std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) + ": " + d.message);
    return out;
  }
  return {};
}

}  // namespace

TEST(MeasureWording, FillsTheTemplate) {
  const auto def = *hwk::load_template(phq9_path).measure;
  const auto w = hwk::parse_measure_wording(complete, "w.yaml", def);
  const std::string text = hwk::template_with_wording(hwk::read_file(phq9_path), w, "test");
  std::vector<hwk::Diagnostic> diags;
  const auto t = hwk::parse_template(text, "phq-9.yaml", diags);
  ASSERT_TRUE(t) << diags.front().message;
  EXPECT_TRUE(t->measure->wording_included);
  EXPECT_EQ(t->measure->wording_source, "test");
  EXPECT_EQ(t->measure->items[8].text, "q9");
  EXPECT_EQ(t->measure->responses[3].text, "a3");
  // Everything else is the definition as shipped.
  auto without_texts = *t->measure;
  without_texts.wording_included = false;
  without_texts.wording_source.clear();
  for (auto& i : without_texts.items) i.text.clear();
  for (auto& r : without_texts.responses) r.text.clear();
  EXPECT_EQ(without_texts, def);
}

TEST(MeasureWording, EachProblemHasItsPlace) {
  EXPECT_TRUE(problems(complete).empty());
  EXPECT_EQ(problems("source: test\nresponses: {0: a0, 1: a1, 2: a2, 3: a3, 4: a4}\n" + complete.substr(complete.find("items"))),
            (std::vector<std::string>{"2:41: the measure has no answer '4'"}));
  EXPECT_EQ(problems("source: test\nresponses: {0: a0, 1: a1, 2: a2, 3: ''}\n" + complete.substr(complete.find("items"))),
            (std::vector<std::string>{"2:37: the text of answer '3' is empty"}));
  EXPECT_EQ(problems("source: test\nresponses: {0: a0, 1: a1, 2: a2}\n" + complete.substr(complete.find("items"))),
            (std::vector<std::string>{"2:12: answer '3' has no text"}));
  EXPECT_EQ(problems(complete + "notes: x\n"), (std::vector<std::string>{"4:1: unknown key 'notes' in the wording file"}));
  EXPECT_EQ(problems("responses: {0: a0, 1: a1, 2: a2, 3: a3}\n" + complete.substr(complete.find("items"))),
            (std::vector<std::string>{"1:1: the wording file has no 'source'"}));
}
