// Graded steps, advance rules and triggers in a plan: read with their places; mistakes reported
// at the word that is wrong.
#include <gtest/gtest.h>

#include "io/plan_reader.hpp"

namespace {

const std::string head =
    "client = \"c-1\"\ntimezone = \"Europe/London\"\n"
    "[[assignments]]\nid = \"ladder\"\ntemplate = \"exposure-step\"\nschedule = \"4 per week\"\n";

std::optional<hwk::Plan> read(const std::string& tail, std::vector<hwk::Diagnostic>& diags) {
  return hwk::parse_plan(head + tail, "plan.toml", diags);
}

TEST(PlanSteps, ReadsStepsRulesAndTriggers) {
  std::vector<hwk::Diagnostic> diags;
  const auto plan = read(
      "advance_when = \"3 done with suds_peak <= 40\"\n"
      "[[assignments.steps]]\ntitle = \"Videos\"\nexpected = { suds_peak = 20 }\nadvance_when = \"2 done in 7 days\"\n"
      "[[assignments.steps]]\nid = \"doors-open\"\ntitle = \"Doors open\"\n"
      "[[assignments.triggers]]\nwhen = \"suds_after >= 70\"\nsuggest = \"paced-breathing\"\n",
      diags);
  ASSERT_TRUE(plan);
  EXPECT_TRUE(diags.empty()) << diags.front().message;
  const auto& a = plan->assignments.at(0);
  ASSERT_EQ(a.steps.size(), 2u);
  EXPECT_EQ(a.steps[0].id, "1");  // numbered when the plan gives no id
  EXPECT_EQ(a.steps[1].id, "doors-open");
  EXPECT_EQ(a.steps[0].expected.at(0), (std::pair<std::string, double>{"suds_peak", 20}));
  EXPECT_EQ(hwk::describe_rule(*a.advance_rule(0)), "2 done in 7 days");
  EXPECT_EQ(hwk::describe_rule(*a.advance_rule(1)), "3 done with suds_peak <= 40");
  EXPECT_EQ(a.advance_loc.line, 7);
  ASSERT_EQ(a.triggers.size(), 1u);
  EXPECT_EQ(a.triggers[0].suggest, "paced-breathing");
  EXPECT_EQ(a.step_index("doors-open"), 1u);
}

TEST(PlanSteps, RuleErrorIsAtItsWord) {
  std::vector<hwk::Diagnostic> diags;
  read("[[assignments.steps]]\ntitle = \"A\"\nadvance_when = \"3 done with suds_peak =< 40\"\n", diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message, "unknown comparison '=<'");
  EXPECT_EQ(diags[0].loc.line, 9);
  // The value starts at column 16 (its quote); the word is 22 characters into the phrase.
  EXPECT_EQ(diags[0].loc.col, 16 + 1 + 22);
}

TEST(PlanSteps, MistakesInStepsAndTriggers) {
  std::vector<hwk::Diagnostic> diags;
  read("advance_when = \"2 done\"\n", diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message, "'advance_when' needs graded steps");

  diags.clear();
  read("[[assignments.steps]]\nid = \"a\"\ntitle = \"A\"\n[[assignments.steps]]\nid = \"a\"\ntitle = \"B\"\n", diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message, "step 'a' is listed twice in assignment 'ladder'");
  EXPECT_EQ(diags[0].loc.line, 10);

  diags.clear();
  read("[[assignments.steps]]\nid = \"a\"\n", diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].message.find("title"), std::string::npos) << diags[0].message;

  diags.clear();
  read("[[assignments.triggers]]\nwhen = \"distress >= 8 or urge > 2\"\nmessage = \"Call someone\"\n", diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message, "unexpected 'or' after the condition");
  EXPECT_EQ(diags[0].loc.col, 8 + 1 + 14);

  diags.clear();
  read("[[assignments.triggers]]\nwhen = \"distress >= 8\"\n", diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message, "the trigger says nothing to do");

  diags.clear();
  read("steps = \"1, 2, 3\"\n", diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message, "'steps' must be an array of tables ([[assignments.steps]])");

  diags.clear();
  hwk::parse_plan("client = \"c-1\"\ntimezone = \"Europe/London\"\nstall_threshold = 150\n", "plan.toml", diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message, "stall_threshold must be a percentage from 1 to 100, e.g. 50");
}

}  // namespace
