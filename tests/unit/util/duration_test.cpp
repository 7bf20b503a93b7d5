// Durations as people write them.
#include "util/duration.hpp"

#include <gtest/gtest.h>

using namespace std::chrono_literals;

TEST(Duration, ParsesUnitsAndCombinations) {
  EXPECT_EQ(hwk::parse_duration("90s"), 90s);
  EXPECT_EQ(hwk::parse_duration("10m"), 600s);
  EXPECT_EQ(hwk::parse_duration("10min"), 600s);
  EXPECT_EQ(hwk::parse_duration("1h30m"), 5400s);
  EXPECT_EQ(hwk::parse_duration("2d"), 172800s);
  EXPECT_EQ(hwk::parse_duration("1w"), 604800s);
}

TEST(Duration, RejectsJunk) {
  for (const char* bad : {"", "m", "10", "10x", "-5m", "1.5h", "h1", "99999999999h", "5 m"}) {
    EXPECT_FALSE(hwk::parse_duration(bad).has_value()) << bad;
  }
}

TEST(Duration, FormatsCanonically) {
  EXPECT_EQ(hwk::format_duration(5400s), "1h30m");
  EXPECT_EQ(hwk::format_duration(45s), "45s");
  EXPECT_EQ(hwk::format_duration(0s), "0m");
  EXPECT_EQ(hwk::format_duration(3600s), "1h");
}
