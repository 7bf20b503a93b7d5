// WHEN's named forms: each one parse_when reads is in when_names, which completion offers, and the
// usage error lists them.
#include "cli/when_arg.hpp"

#include <gtest/gtest.h>

#include "diag/diag.hpp"

namespace {

using hwk::when_names;

const hwk::Zone utc = hwk::utc_zone();
const hwk::Instant now = hwk::Instant{date::sys_days{date::year{2026} / 11 / 25}.time_since_epoch()};  // a Wednesday

TEST(WhenArg, EveryNamedFormParses) {
  for (const auto& n : when_names) {
    const auto w = hwk::parse_when(n.word, now, utc, 1);
    ASSERT_TRUE(w) << n.word;
    EXPECT_EQ(w->last_session, n.names == hwk::WhenNamed::last_session) << n.word;
    if (!w->last_session) {
      EXPECT_LT(w->start, w->end) << n.word;
    }
  }
  EXPECT_FALSE(hwk::parse_when("next-week", now, utc, 1));
}

TEST(WhenArg, TheNamedFormsEachOptionTakes) {
  using Names = std::vector<std::string_view>;
  EXPECT_EQ(hwk::when_names_for("--since"), (Names{"last-session", "this-week", "last-week", "this-month", "last-month"}));
  EXPECT_EQ(hwk::when_names_for("--until"), (Names{"this-week", "last-week", "this-month", "last-month"}));
  EXPECT_EQ(hwk::when_names_for("--week"), (Names{"this-week", "last-week"}));
}

TEST(WhenArg, TheUsageErrorListsTheNamedForms) {
  try {
    hwk::parse_when_option("--since", "soon", now, utc, 1);
    FAIL() << "no error";
  } catch (const hwk::Error& e) {
    EXPECT_EQ(e.diagnostic().hint,
              "write a date (2026-11-01), a duration back from now (4w, 10d), last-session, this-week, last-week, this-month or last-month");
  }
}

}  // namespace
