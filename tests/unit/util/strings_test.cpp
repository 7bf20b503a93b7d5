// String helpers.
#include "util/strings.hpp"

#include <gtest/gtest.h>

TEST(Strings, ClosestMatchFindsLikelyTypos) {
  const std::vector<std::string> ids = {"thought-record", "paced-breathing", "behavioural-activation"};
  EXPECT_EQ(hwk::closest_match("thougt-record", ids), "thought-record");
  EXPECT_EQ(hwk::closest_match("paced-breathng", ids), "paced-breathing");
  EXPECT_FALSE(hwk::closest_match("gratitude", ids));
}

TEST(Strings, NumbersParseWhole) {
  EXPECT_EQ(hwk::parse_integer("42"), 42);
  EXPECT_EQ(hwk::parse_integer("-3"), -3);
  EXPECT_FALSE(hwk::parse_integer("4 2"));
  EXPECT_FALSE(hwk::parse_integer("99999999999999999999"));
  EXPECT_EQ(hwk::parse_number("2.5"), 2.5);
  EXPECT_FALSE(hwk::parse_number("nan"));
  EXPECT_FALSE(hwk::parse_number("inf"));
  EXPECT_FALSE(hwk::parse_number("1e999"));
}

TEST(Strings, FormatNumberIsShortAndExact) {
  EXPECT_EQ(hwk::format_number(7), "7");
  EXPECT_EQ(hwk::format_number(2.5), "2.5");
  EXPECT_EQ(hwk::format_number(0.1), "0.1");
}

TEST(Strings, SplitWordsAndTrim) {
  EXPECT_EQ(hwk::split_words("  mon\twed  fri "), (std::vector<std::string>{"mon", "wed", "fri"}));
  EXPECT_EQ(hwk::trim("  x y \n"), "x y");
  EXPECT_EQ(hwk::utf8_length("übung"), 5u);
}
