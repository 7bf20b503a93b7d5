// Times as people say them when asked "When did you practise?" (and in --at). The clock is
// Wednesday 2026-11-25 20:15 in New York; each answer is worked out by hand.
#include <gtest/gtest.h>

#include "util/time.hpp"

namespace {

const hwk::Zone ny = hwk::find_zone("America/New_York");

hwk::Instant now() {
  std::string error;
  return *hwk::parse_time_point("2026-11-25T20:15", ny, hwk::Instant{}, error);
}

std::string said(const std::string& text) {
  std::string error;
  const auto t = hwk::parse_spoken_time(text, ny, now(), error);
  return t ? hwk::format_rfc3339(*t, ny) : "error: " + error;
}

TEST(SpokenTime, NowAndClockTimesAreToday) {
  EXPECT_EQ(said("now"), "2026-11-25T20:15:00-05:00");
  EXPECT_EQ(said("8am"), "2026-11-25T08:00:00-05:00");
  EXPECT_EQ(said("8 AM"), "2026-11-25T08:00:00-05:00");
  EXPECT_EQ(said("8:30pm"), "2026-11-25T20:30:00-05:00");
  EXPECT_EQ(said("12am"), "2026-11-25T00:00:00-05:00");
  EXPECT_EQ(said("12pm"), "2026-11-25T12:00:00-05:00");
  EXPECT_EQ(said("20:15"), "2026-11-25T20:15:00-05:00");
  EXPECT_EQ(said("7"), "2026-11-25T07:00:00-05:00");
  EXPECT_EQ(said("8h30"), "2026-11-25T08:30:00-05:00");
}

TEST(SpokenTime, YesterdayAndWeekdaysAreTheLatestSuchDay) {
  EXPECT_EQ(said("yesterday 8am"), "2026-11-24T08:00:00-05:00");
  EXPECT_EQ(said("Yesterday at 21:30"), "2026-11-24T21:30:00-05:00");
  EXPECT_EQ(said("monday 7pm"), "2026-11-23T19:00:00-05:00");
  EXPECT_EQ(said("wednesday 8am"), "2026-11-25T08:00:00-05:00");  // today, earlier on
  EXPECT_EQ(said("wednesday 9pm"), "2026-11-18T21:00:00-05:00");  // later today: the week before
  EXPECT_EQ(said("thursday 8am"), "2026-11-19T08:00:00-05:00");
  EXPECT_EQ(said("2026-11-20 8am"), "2026-11-20T08:00:00-05:00");
}

TEST(SpokenTime, SpanishAndFrenchWords) {
  EXPECT_EQ(said("ayer 8am"), "2026-11-24T08:00:00-05:00");
  EXPECT_EQ(said("hier 20h"), "2026-11-24T20:00:00-05:00");
  EXPECT_EQ(said("martes a las 18:00"), "2026-11-24T18:00:00-05:00");
  EXPECT_EQ(said("lundi à 7h15"), "2026-11-23T07:15:00-05:00");
  EXPECT_EQ(said("miércoles 8am"), "2026-11-25T08:00:00-05:00");
}

TEST(SpokenTime, WhatCannotBeReadSaysWhatIsMissing) {
  EXPECT_EQ(said("yesterday"), "error: say the time of day too, for example 'yesterday 8am' or 'yesterday 20:00'");
  EXPECT_EQ(said("13pm"), "error: '13pm' is not a time of day: say it like '8am', '8:30pm' or '20:15'");
  EXPECT_EQ(said("25:00"), "error: '25:00' is not a time of day: say it like '8am', '8:30pm' or '20:15'");
  EXPECT_EQ(said("soon"), "error: 'soon' is not a time of day: say it like '8am', '8:30pm' or '20:15'");
  EXPECT_EQ(said("yesterday 8:75"), "error: '8:75' is not a time of day: say it like '8am', '8:30pm' or '20:15'");
}

TEST(SpokenTime, FormatsOfTheOptionStillRead) {
  EXPECT_EQ(said("2026-11-24T08:00"), "2026-11-24T08:00:00-05:00");
  EXPECT_EQ(said("2026-11-24T08:00:00Z"), "2026-11-24T03:00:00-05:00");
}

}  // namespace
