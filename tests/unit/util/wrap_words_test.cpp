// wrap_words: lines of at most `width` code points (indent included), broken at spaces; a longer
// word keeps a line of its own; the text's own line breaks, blank lines too, are kept.
#include <gtest/gtest.h>

#include <string>

#include "util/strings.hpp"

namespace {

TEST(WrapWords, BreaksAtTheLastSpaceThatFits) {
  EXPECT_EQ(hwk::wrap_words("one two three", 9), "one two\nthree");
  EXPECT_EQ(hwk::wrap_words("aaaa bbbb", 9), "aaaa bbbb");  // exactly the width fits
  EXPECT_EQ(hwk::wrap_words("aaaa bbbb", 8), "aaaa\nbbbb");
  EXPECT_EQ(hwk::wrap_words("short", 78), "short");
  EXPECT_EQ(hwk::wrap_words("", 78), "");
}

TEST(WrapWords, SeventyEightColumns) {
  const std::string x(38, 'x'), y(39, 'y');
  EXPECT_EQ(hwk::wrap_words(x + " " + y, 78), x + " " + y);  // 78 columns: one line
  EXPECT_EQ(hwk::wrap_words(x + " " + y + " z", 78), x + " " + y + "\nz");
  EXPECT_EQ(hwk::wrap_words(x + " " + y + "y", 78), x + "\n" + y + "y");  // 79 would not fit
}

TEST(WrapWords, ALongWordKeepsALineOfItsOwn) {
  const std::string long_word(100, 'w');
  EXPECT_EQ(hwk::wrap_words("short " + long_word + " end", 78), "short\n" + long_word + "\nend");
  EXPECT_EQ(hwk::wrap_words(long_word + " end", 78), long_word + "\nend");  // no empty line before it
  EXPECT_EQ(hwk::wrap_words(long_word, 78), long_word);
}

TEST(WrapWords, RunsOfSpacesBecomeOne) {
  EXPECT_EQ(hwk::wrap_words("a   b", 78), "a b");
  EXPECT_EQ(hwk::wrap_words("  a b  ", 78), "a b");
}

TEST(WrapWords, LineBreaksAndBlankLinesAreKept) {
  EXPECT_EQ(hwk::wrap_words("first\nsecond", 78), "first\nsecond");
  EXPECT_EQ(hwk::wrap_words("one paragraph\n\nanother", 78), "one paragraph\n\nanother");
  EXPECT_EQ(hwk::wrap_words("a b\n", 78), "a b\n");
  // Each paragraph is wrapped on its own.
  EXPECT_EQ(hwk::wrap_words("one two three\n\nfour five six", 9), "one two\nthree\n\nfour five\nsix");
}

TEST(WrapWords, TheIndentCountsTowardTheWidth) {
  EXPECT_EQ(hwk::wrap_words("one two three", 10, "  "), "  one two\n  three");
  EXPECT_EQ(hwk::wrap_words("one two\nthree", 78, "> "), "> one two\n> three");
}

TEST(WrapWords, WidthIsInCodePointsNotBytes) {
  // 5 + 1 + 4 = 10 code points (19 bytes).
  EXPECT_EQ(hwk::wrap_words("ééééé üüüü", 10), "ééééé üüüü");
  EXPECT_EQ(hwk::wrap_words("ééééé üüüü", 9), "ééééé\nüüüü");
}

}  // namespace
