// What the schedule and report tests build their cases from: an instant from RFC 3339 text, an
// assignment from a schedule phrase, a plan in a zone, and a practice record.
#pragma once
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "model/record.hpp"
#include "schedule/schedule.hpp"
#include "util/time.hpp"

namespace hwk::test {

/// "2026-11-23T21:00:00-05:00" as an instant; a test fails on text that is not one.
inline hwk::Instant instant(const std::string& rfc3339) {
  std::string error;
  auto t = hwk::parse_time_point(rfc3339, hwk::utc_zone(), hwk::Instant{}, error);
  EXPECT_TRUE(t.has_value()) << rfc3339 << ": " << error;
  return t.value_or(hwk::Instant{});
}

/// An assignment `id` on the schedule `phrase`, at `times`, from `start`.
inline hwk::Assignment assignment(const char* id, const char* phrase, std::vector<std::chrono::minutes> times = {},
                                  date::year_month_day start = date::year{2026} / 11 / 1) {
  hwk::Assignment a;
  a.id = id;
  a.schedule_text = phrase;
  a.schedule = std::get<hwk::Schedule>(hwk::parse_schedule(phrase));
  a.times = std::move(times);
  a.start = start;
  return a;
}

/// The plan of client c-1 in `zone` with these assignments.
inline hwk::Plan plan(std::vector<hwk::Assignment> as, const char* zone = "America/New_York") {
  hwk::Plan p;
  p.client = "c-1";
  p.timezone = zone;
  p.zone = hwk::find_zone(zone);
  p.assignments = std::move(as);
  return p;
}

/// A practice record `id` of `assignment` at `at` (done).
inline hwk::Record record(const char* assignment, const std::string& at, const char* id) {
  hwk::Record r;
  r.id = id;
  r.assignment = assignment;
  r.at = instant(at);
  return r;
}

}  // namespace hwk::test
