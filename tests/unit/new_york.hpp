// The zone the report tests work in, and a local time there ("2026-11-25T20:15") as an instant.
#pragma once
#include <gtest/gtest.h>

#include <string>

#include "util/time.hpp"

namespace hwk::test {

inline const hwk::Zone ny = hwk::find_zone("America/New_York");

inline hwk::Instant at(const std::string& local) {
  std::string error;
  auto t = hwk::parse_time_point(local, ny, hwk::Instant{}, error);
  EXPECT_TRUE(t.has_value()) << local << ": " << error;
  return t.value_or(hwk::Instant{});
}

}  // namespace hwk::test
