// The crisis text of hwk.toml (and of a plan): one text for every language, or a table by
// language code; a value that is not a text, or a code hwk does not know, is an error at its place.
#include "io/settings.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "io/plan_reader.hpp"
#include "io/toml_util.hpp"
#include "temp_dir.hpp"

namespace {

struct Read {
  hwk::CrisisTexts texts;
  std::vector<std::string> problems;  ///< "line:col message"
};

Read crisis(const std::string& toml) {
  Read out;
  std::vector<hwk::Diagnostic> diags;
  const auto table = hwk::parse_toml(toml, "hwk.toml");
  hwk::TableReader r(table, "hwk.toml", diags, "hwk.toml");
  out.texts = hwk::read_crisis_texts(r);
  for (const auto& d : diags) {
    EXPECT_EQ(d.severity, hwk::Severity::error) << d.message;
    EXPECT_EQ(d.loc.path, "hwk.toml");
    out.problems.push_back(std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) + " " + d.message);
  }
  return out;
}

using Texts = hwk::CrisisTexts;
using Strings = std::vector<std::string>;

TEST(CrisisSettings, NoneSetIsEmpty) {
  const auto r = crisis("name = \"Riverside\"\n");
  EXPECT_TRUE(r.texts.empty());
  EXPECT_TRUE(r.problems.empty());
}

TEST(CrisisSettings, AStringIsTheEnglishText) {
  const auto r = crisis("crisis = \"Call 988, or 911 in an emergency.\"\n");
  EXPECT_EQ(r.texts, (Texts{{"en", "Call 988, or 911 in an emergency."}}));
  EXPECT_TRUE(r.problems.empty());
}

TEST(CrisisSettings, ATableByLanguage) {
  const auto r = crisis("[crisis]\nen = \"Call 988.\"\nes = \"Llama al 988.\"\npt-BR = \"Ligue 188.\"\n");
  EXPECT_EQ(r.texts, (Texts{{"en", "Call 988."}, {"es", "Llama al 988."}, {"pt-BR", "Ligue 188."}}));
  EXPECT_TRUE(r.problems.empty());
  const auto inline_table = crisis("crisis = { fr = \"Appelez le 3114.\" }\n");
  EXPECT_EQ(inline_table.texts, (Texts{{"fr", "Appelez le 3114."}}));
}

TEST(CrisisSettings, ATextThatIsNotAStringIsAnErrorAtItsValue) {
  auto r = crisis("[crisis]\nen = \"Call 988.\"\nes = 988\n");
  EXPECT_EQ(r.texts, (Texts{{"en", "Call 988."}}));  // the good ones are kept
  EXPECT_EQ(r.problems, (Strings{"3:6 the crisis text for 'es' must be a text"}));
  r = crisis("crisis = { en = [\"Call 988.\"] }\n");
  EXPECT_TRUE(r.texts.empty());
  EXPECT_EQ(r.problems, (Strings{"1:17 the crisis text for 'en' must be a text"}));
  r = crisis("[crisis]\nen = \"\"\n");
  EXPECT_EQ(r.problems, (Strings{"2:6 the crisis text for 'en' must be a text"}));
}

TEST(CrisisSettings, NeitherATextNorATableIsAnError) {
  auto r = crisis("crisis = 988\n");
  EXPECT_TRUE(r.texts.empty());
  EXPECT_EQ(r.problems, (Strings{"1:10 crisis must be a text or a table of texts by language"}));
  r = crisis("crisis = \"\"\n");
  EXPECT_TRUE(r.texts.empty());
  EXPECT_EQ(r.problems, (Strings{"1:10 the crisis text is empty"}));
}

TEST(CrisisSettings, AnUnknownLanguageCodeIsAnError) {
  std::vector<hwk::Diagnostic> diags;
  const auto table = hwk::parse_toml("[crisis]\nen = \"Call 988.\"\nxx = \"?\"\nEN = \"Call 911.\"\n", "hwk.toml");
  hwk::TableReader r(table, "hwk.toml", diags, "hwk.toml");
  const auto texts = hwk::read_crisis_texts(r);
  EXPECT_EQ(texts, (Texts{{"en", "Call 988."}}));
  ASSERT_EQ(diags.size(), 2u);
  // toml++ keeps a table's keys in order: EN before en before xx.
  EXPECT_EQ(diags[0].message, "unknown language code 'EN' in crisis");
  EXPECT_EQ(diags[0].loc.line, 4);
  EXPECT_EQ(diags[1].message, "unknown language code 'xx' in crisis");
  EXPECT_EQ(diags[1].loc.line, 3);
  EXPECT_EQ(diags[1].loc.col, 6);
  EXPECT_EQ(diags[1].hint, "use a code such as en, es, fr or pt-BR");
}

TEST(CrisisSettings, ReadFromHwkTomlWithItsPlace) {
  hwk::test::TempDir dir;
  const auto file = dir.path() / "hwk.toml";
  std::ofstream(file) << "name = \"Riverside\"\n\n[crisis]\nen = \"Call 988.\"\nfr = \"Appelez le 3114.\"\n";
  std::vector<hwk::Diagnostic> diags;
  const auto s = hwk::read_practice_settings(file, diags, false);
  EXPECT_TRUE(diags.empty()) << diags.front().message;
  EXPECT_EQ(s.crisis, (Texts{{"en", "Call 988."}, {"fr", "Appelez le 3114."}}));
  EXPECT_EQ(s.crisis_loc.path, file);
  EXPECT_EQ(s.crisis_loc.line, 3);
}

TEST(CrisisSettings, APlanMayHaveItsOwn) {
  std::vector<hwk::Diagnostic> diags;
  const auto plan = hwk::parse_plan("client = \"c-1\"\ntimezone = \"Europe/Berlin\"\ncrisis = \"Ring 116 123.\"\n", "plan.toml", diags);
  ASSERT_TRUE(plan);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(plan->crisis, (Texts{{"en", "Ring 116 123."}}));
  diags.clear();
  hwk::parse_plan("client = \"c-1\"\ntimezone = \"Europe/Berlin\"\n[crisis]\nen-gb = \"Ring 116 123.\"\n", "plan.toml", diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message, "unknown language code 'en-gb' in crisis");
  EXPECT_EQ(diags[0].loc.path, "plan.toml");
  EXPECT_EQ(diags[0].loc.line, 4);
  EXPECT_EQ(diags[0].loc.col, 9);
}

}  // namespace
