// Plans are read strictly, with the place of every problem.
#include "io/plan_reader.hpp"

#include <gtest/gtest.h>

namespace {

std::vector<hwk::Diagnostic> problems(const std::string& text) {
  std::vector<hwk::Diagnostic> diags;
  hwk::parse_plan(text, "plan.toml", diags);
  return diags;
}

const std::string head = "client = \"c-1\"\ntimezone = \"Europe/Berlin\"\n";

}  // namespace

TEST(PlanReader, ReadsAFullPlan) {
  std::vector<hwk::Diagnostic> diags;
  const auto plan = hwk::parse_plan(head +
                                        "name = \"Sam\"\ngoals = [\"sleep better\"]\nsessions = [2026-11-30T10:00:00]\n"
                                        "[[assignments]]\nid = \"a\"\ntemplate = \"t\"\ntemplate_version = 2\n"
                                        "schedule = \"mon wed\"\ntimes = [\"20:00\", \"08:00\"]\nstart = 2026-11-23\nend = 2026-12-20\n",
                                    "plan.toml", diags);
  ASSERT_TRUE(plan);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(plan->goals.size(), 1u);
  EXPECT_EQ(plan->sessions.size(), 1u);
  const auto& a = plan->assignments.at(0);
  EXPECT_EQ(a.template_version, 2);
  EXPECT_EQ(a.times.front(), std::chrono::minutes(8 * 60));  // sorted
  EXPECT_EQ(a.loc.line, 6);
}

TEST(PlanReader, SyntaxErrorHasLineAndColumn) {
  const auto d = problems("client = \"c-1\"\ntimezone = \n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].loc.line, 2);
  EXPECT_GT(d[0].loc.col, 0);
}

TEST(PlanReader, BadScheduleWordIsPointedAt) {
  const auto d = problems(head + "[[assignments]]\nid = \"a\"\ntemplate = \"t\"\nschedule = \"mon wed fry\"\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].loc.line, 6);
  EXPECT_EQ(d[0].loc.col, 21);  // the 'f' of "fry"
  EXPECT_EQ(d[0].message, "expected a day name (mon, tue, wed, thu, fri, sat, sun), found 'fry'");
}

TEST(PlanReader, ReportsEveryProblem) {
  const auto d = problems(
      "client = \"C 1\"\ntimezone = \"Mars/Base\"\ncolour = 1\n"
      "[[assignments]]\nid = \"../x\"\ntemplate = \"t\"\nschedule = \"daily\"\ntimes = [\"25:00\"]\n"
      "start = 2026-12-01\nend = 2026-11-01\nwhy = 3\nshedule = \"x\"\n");
  std::vector<std::string> messages;
  for (const auto& x : d) messages.push_back(std::to_string(x.loc.line) + ": " + x.message);
  EXPECT_EQ(messages, (std::vector<std::string>{
                          "1: invalid client id 'C 1': it must start with a lowercase letter or digit",
                          "2: unknown time zone 'Mars/Base'",
                          "5: invalid assignment id '../x': it must start with a lowercase letter or digit",
                          "8: a time must be \"HH:MM\" (00:00 to 23:59)",
                          "10: the assignment ends before it starts",
                          "11: 'why' must be a string, not an integer",
                          "12: unknown key 'shedule' in the assignment",
                          "3: unknown key 'colour' in the plan",
                      }));
}

TEST(PlanReader, DuplicateAssignmentIds) {
  const auto d = problems(head +
                          "[[assignments]]\nid = \"a\"\ntemplate = \"t\"\nschedule = \"daily\"\n"
                          "[[assignments]]\nid = \"a\"\ntemplate = \"t\"\nschedule = \"daily\"\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message, "assignment 'a' is defined twice");
  EXPECT_EQ(d[0].loc.line, 7);
}
