// Local wall-clock time in the client's zone, across daylight-saving changes.
#include "util/time.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace {

hwk::Instant parse(const std::string& text, const char* zone) {
  std::string error;
  auto t = hwk::parse_time_point(text, hwk::find_zone(zone), hwk::Instant{}, error);
  EXPECT_TRUE(t.has_value()) << text << ": " << error;
  return t.value_or(hwk::Instant{});
}

std::string in_zone(const std::string& text, const char* zone) { return hwk::format_rfc3339(parse(text, zone), hwk::find_zone(zone)); }

}  // namespace

TEST(Time, Rfc3339WithOffsetIsAnInstant) {
  EXPECT_EQ(hwk::format_rfc3339(parse("2026-11-23T20:15:00-05:00", "Europe/Berlin"), hwk::find_zone("UTC")), "2026-11-24T01:15:00+00:00");
  EXPECT_EQ(parse("2026-11-24T01:15:00Z", "UTC"), parse("2026-11-23T20:15:00-05:00", "UTC"));
}

// What the clock (--now, HWK_NOW) reads without waiting for the zone database.
TEST(Time, ATimeWithItsOwnOffsetNeedsNoZone) {
  EXPECT_TRUE(hwk::has_utc_offset("2026-11-20T18:00:00Z"));
  EXPECT_TRUE(hwk::has_utc_offset(" 2026-11-23T20:15:00-05:00 "));
  EXPECT_TRUE(hwk::has_utc_offset("2026-11-23T20:15+05:30"));
  EXPECT_FALSE(hwk::has_utc_offset("2026-11-23T20:15"));
  EXPECT_FALSE(hwk::has_utc_offset("2026-11-23T20:15:00"));
  EXPECT_FALSE(hwk::has_utc_offset("20:15"));
  EXPECT_FALSE(hwk::has_utc_offset("Z"));
  // With its offset, the time reads the same with no zone at all.
  std::string error;
  const auto t = hwk::parse_time_point("2026-11-23T20:15:00-05:00", nullptr, hwk::Instant{}, error);
  ASSERT_TRUE(t.has_value()) << error;
  EXPECT_EQ(*t, parse("2026-11-24T01:15:00Z", "UTC"));
}

TEST(Time, LocalTimeIsTakenInTheZone) {
  EXPECT_EQ(in_zone("2026-11-23T20:15", "America/New_York"), "2026-11-23T20:15:00-05:00");
  EXPECT_EQ(in_zone("2026-07-01 08:00", "America/New_York"), "2026-07-01T08:00:00-04:00");
}

TEST(Time, SpringForwardGapMovesForward) {
  // 2026-03-08 02:00 does not exist in New York: clocks jump to 03:00.
  EXPECT_EQ(in_zone("2026-03-08T02:30", "America/New_York"), "2026-03-08T03:30:00-04:00");
  // Europe/Berlin: 2026-03-29 02:00 → 03:00.
  EXPECT_EQ(in_zone("2026-03-29T02:15", "Europe/Berlin"), "2026-03-29T03:15:00+02:00");
}

TEST(Time, FallBackAmbiguityMeansTheFirst) {
  // 2026-11-01 01:30 happens twice in New York; the first is still EDT.
  EXPECT_EQ(in_zone("2026-11-01T01:30", "America/New_York"), "2026-11-01T01:30:00-04:00");
}

TEST(Time, HalfHourDaylightSaving) {
  // Lord Howe Island moves by 30 minutes: +10:30 in winter, +11:00 in summer.
  EXPECT_EQ(in_zone("2026-07-01T12:00", "Australia/Lord_Howe"), "2026-07-01T12:00:00+10:30");
  EXPECT_EQ(in_zone("2026-12-01T12:00", "Australia/Lord_Howe"), "2026-12-01T12:00:00+11:00");
  // 2026-10-04 02:00–02:30 does not exist there.
  EXPECT_EQ(in_zone("2026-10-04T02:10", "Australia/Lord_Howe"), "2026-10-04T02:40:00+11:00");
}

TEST(Time, ClockTimeMeansToday) {
  std::string error;
  const auto zone = hwk::find_zone("Europe/Berlin");
  const auto today = parse("2026-11-23T21:00:00+01:00", "UTC");
  const auto t = hwk::parse_time_point("08:05", zone, today, error);
  ASSERT_TRUE(t);
  EXPECT_EQ(hwk::format_rfc3339(*t, zone), "2026-11-23T08:05:00+01:00");
}

TEST(Time, RejectsBadTimes) {
  std::string error;
  const auto zone = hwk::find_zone("UTC");
  for (const char* bad :
       {"", "2026-02-30T10:00", "2026-11-23", "2026-11-23T25:00", "2026-11-23T10:00+5", "24:00", "7:30", "2026-11-23T10:00:00+99:00", "tomorrow"}) {
    EXPECT_FALSE(hwk::parse_time_point(bad, zone, hwk::Instant{}, error)) << bad;
    EXPECT_FALSE(error.empty()) << bad;
  }
}

TEST(Time, ZonesAreLookedUpByIanaName) {
  EXPECT_NE(hwk::find_zone("America/New_York"), nullptr);
  EXPECT_EQ(hwk::find_zone("Mars/Olympus"), nullptr);
  EXPECT_EQ(hwk::find_zone("../../etc/passwd"), nullptr);
  EXPECT_EQ(hwk::find_zone(""), nullptr);
}

TEST(Time, DatesAndClockTimes) {
  EXPECT_TRUE(hwk::parse_date("2028-02-29"));
  EXPECT_FALSE(hwk::parse_date("2026-02-29"));
  EXPECT_FALSE(hwk::parse_date("2026-1-01"));
  EXPECT_EQ(hwk::parse_clock_time("20:00"), std::chrono::minutes(1200));
  EXPECT_FALSE(hwk::parse_clock_time("20:60"));
  EXPECT_EQ(hwk::format_clock_time(std::chrono::minutes(65)), "01:05");
  EXPECT_EQ(hwk::format_clock_time(std::chrono::minutes(0)), "00:00");
  EXPECT_EQ(hwk::format_clock_time(std::chrono::minutes(23 * 60 + 59)), "23:59");
  EXPECT_EQ(hwk::format_clock_time(std::chrono::minutes(100 * 60 + 7)), "100:07");
  EXPECT_EQ(hwk::format_date(date::year{2026} / 1 / 5), "2026-01-05");
  EXPECT_EQ(hwk::format_date(date::year{987} / 12 / 31), "0987-12-31");
  EXPECT_EQ(hwk::format_date(date::year{10000} / 3 / 1), "10000-03-01");
}

// Conversions remember the last span of one offset on their thread: walking hour by hour through
// a year, both ways, every conversion must still be what the time zone database says, including
// the skipped and repeated hours.
TEST(Time, ConversionsAgreeWithTheDatabaseAcrossEveryTransition) {
  for (const char* name : {"America/New_York", "Australia/Lord_Howe", "Europe/Dublin", "UTC"}) {
    const auto zone = hwk::find_zone(name);
    ASSERT_NE(zone, nullptr) << name;
    const hwk::LocalTime first{date::local_days{date::year{2026} / 1 / 1}.time_since_epoch()};
    std::vector<hwk::LocalTime> hours;
    for (int h = 0; h < 366 * 24; ++h) hours.push_back(first + std::chrono::hours{h} + std::chrono::minutes{30});
    for (const bool backwards : {false, true}) {
      if (backwards) std::reverse(hours.begin(), hours.end());
      for (const auto local : hours) {
        const auto info = zone->get_info(local);
        const hwk::Instant want{local.time_since_epoch() - info.first.offset};  // gap: forward; repeat: the first
        ASSERT_EQ(hwk::resolve_local(local, zone), want) << name << " " << date::format("%F %T", local);
        ASSERT_EQ(hwk::to_local(want, zone), zone->to_local(want)) << name;
      }
    }
  }
}
