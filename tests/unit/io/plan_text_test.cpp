// hwk adds to plans as text: every byte already there stays.
#include "io/plan_text.hpp"

#include <gtest/gtest.h>

#include "io/plan_reader.hpp"
#include "io/toml_util.hpp"

namespace {

hwk::NewAssignment sample() {
  hwk::NewAssignment a;
  a.id = "thought-record";
  a.template_id = "thought-record";
  a.schedule = "daily";
  a.times = {"08:00", "20:00"};
  a.start = "2026-11-23";
  a.goal = "Notice \"anxious\" thoughts";
  a.why = "Line one\nline two";
  return a;
}

}  // namespace

TEST(PlanText, AppendKeepsExistingBytes) {
  const std::string original = "# my notes\nclient = \"c-1\"   # aligned\ntimezone =    \"UTC\"\n\n# keep me\n";
  const std::string updated = hwk::append_assignment(original, sample());
  EXPECT_EQ(updated.substr(0, original.size()), original);
  EXPECT_EQ(updated.substr(original.size(), 16), "\n[[assignments]]");
}

TEST(PlanText, AppendAddsMissingNewline) {
  const std::string updated = hwk::append_assignment("client = \"c-1\"", sample());
  EXPECT_EQ(updated.substr(0, 31), "client = \"c-1\"\n\n[[assignments]]");
}

TEST(PlanText, NewPlanWithAssignmentParses) {
  const std::string text = hwk::append_assignment(hwk::new_plan_text("c-1", "Sam \"S\"", "Europe/Berlin"), sample());
  std::vector<hwk::Diagnostic> diags;
  const auto plan = hwk::parse_plan(text, "plan.toml", diags);
  ASSERT_TRUE(plan);
  EXPECT_TRUE(diags.empty()) << diags.front().message;
  EXPECT_EQ(plan->name, "Sam \"S\"");
  ASSERT_EQ(plan->assignments.size(), 1u);
  EXPECT_EQ(plan->assignments[0].goal, "Notice \"anxious\" thoughts");
  EXPECT_EQ(plan->assignments[0].why, "Line one\nline two");
  EXPECT_EQ(plan->assignments[0].times.size(), 2u);
}

TEST(TomlQuote, RoundTripsHostileText) {
  for (const std::string text : {"plain", "quote \" and \\ backslash", "\"\"\" triple", "ends with \"", "new\nline", "tab\tand \x1b[31m escape",
                                 "\x7f del", "üñíçødé 😊", "\\"}) {
    const std::string doc = "v = " + hwk::toml_quote(text) + "\n";
    const auto table = hwk::parse_toml(doc, "t.toml");
    EXPECT_EQ(table["v"].value<std::string>(), text) << doc;
  }
}
