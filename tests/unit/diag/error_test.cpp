// One error type for one problem and for many: what it carries and the status it leads to.
#include "diag/diag.hpp"

#include <gtest/gtest.h>

namespace {

using hwk::Diagnostic;
using hwk::Error;
using hwk::Severity;

TEST(Error, OneProblemHasItsPlaceAndExitStatusOne) {
  const Error e(hwk::SourceLoc{"plan.toml", 3, 7}, "unknown key 'x'", "remove it");
  ASSERT_EQ(e.diagnostics().size(), 1u);
  EXPECT_EQ(e.diagnostic().loc.line, 3);
  EXPECT_EQ(e.diagnostic().hint, "remove it");
  EXPECT_EQ(e.status(), hwk::exit_invalid);
  EXPECT_STREQ(e.what(), "unknown key 'x'");
}

TEST(Error, ManyProblemsAreAllKeptInOrder) {
  const Error e(std::vector<Diagnostic>{{{"a.yaml", 1, 1}, Severity::error, "first", {}}, {{"a.yaml", 9, 2}, Severity::error, "second", {}}});
  ASSERT_EQ(e.diagnostics().size(), 2u);
  EXPECT_EQ(e.diagnostic().message, "first");
  EXPECT_EQ(e.diagnostics()[1].message, "second");
  EXPECT_EQ(e.status(), hwk::exit_invalid);
}

TEST(Error, NeverEmptyAndUsageIsStatusTwo) {
  const Error none{std::vector<Diagnostic>{}};
  ASSERT_EQ(none.diagnostics().size(), 1u);  // diagnostic() is always safe to call
  EXPECT_EQ(hwk::usage_error("bad option").status(), hwk::exit_usage);
  // One catch serves both.
  int caught = 0;
  for (int i = 0; i < 2; ++i) {
    try {
      if (i == 0) throw Error("one");
      throw Error(std::vector<Diagnostic>{{{}, Severity::error, "a", {}}, {{}, Severity::error, "b", {}}});
    } catch (const Error& e) {
      caught += static_cast<int>(e.diagnostics().size());
    }
  }
  EXPECT_EQ(caught, 3);
}

}  // namespace
