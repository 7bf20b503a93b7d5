// The reminder ledger: reminders are forgotten two days after they fell due; risk flags are kept
// by when they were said, for two months, and never move the forgotten-before mark.
#include "io/reminder_ledger.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "temp_dir.hpp"

namespace {

using hwk::Instant;
using namespace std::chrono;

Instant at(long long seconds) { return Instant{std::chrono::seconds{seconds}}; }

TEST(ReminderLedger, RiskFlagsOutliveRemindersAndMoveNoMark) {
  hwk::ReminderLedger ledger;
  const Instant keep_after = at(10'000'000);
  ledger.given["c-0042 walk 2026-11-20 08:00"] = keep_after - seconds{1};  // forgotten
  ledger.given["c-0042 walk 2026-11-23 08:00"] = keep_after;               // kept
  const std::string said_long_ago = hwk::risk_ledger_key("c-0042", "01M7VM2580HNVGXGPJZ2Y2QVG5");
  const std::string said_too_long_ago = hwk::risk_ledger_key("c-0042", "01M7VM2580HNVGXGPJZ2Y2QVG6");
  ledger.given[said_long_ago] = keep_after - days{61};
  ledger.given[said_too_long_ago] = keep_after - days{63};
  const std::string text = hwk::format_reminder_ledger(ledger, keep_after);

  hwk::test::TempDir dir;
  const auto file = dir.path() / "reminders";
  std::ofstream(file) << text;
  const auto back = hwk::read_reminder_ledger(file);
  EXPECT_FALSE(back.given.count("c-0042 walk 2026-11-20 08:00"));
  EXPECT_TRUE(back.given.count("c-0042 walk 2026-11-23 08:00"));
  EXPECT_TRUE(back.has_flag(said_long_ago));
  EXPECT_FALSE(back.has_flag(said_too_long_ago));
  // Only the forgotten reminder moved the mark, to just after it fell due.
  ASSERT_TRUE(back.forgotten_before);
  EXPECT_EQ(*back.forgotten_before, keep_after);
  // A flag is said once whatever its record's time: has_flag looks at the key alone.
  EXPECT_EQ(said_long_ago, "risk c-0042 01M7VM2580HNVGXGPJZ2Y2QVG5");
}

}  // namespace
