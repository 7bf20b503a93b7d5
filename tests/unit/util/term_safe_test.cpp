// Text from files must never reach the terminal as control sequences.
#include "util/term_safe.hpp"

#include <gtest/gtest.h>

using hwk::Newlines;
using hwk::terminal_safe;

TEST(TerminalSafe, PlainTextAndUnicodePassThrough) {
  EXPECT_EQ(terminal_safe("Ich übe täglich 😊"), "Ich übe täglich 😊");
  EXPECT_EQ(terminal_safe("a\tb"), "a\tb");
}

TEST(TerminalSafe, EscapeSequencesAreShownNotExecuted) {
  EXPECT_EQ(terminal_safe("\x1b[31mred\x1b[0m"), "\\x1b[31mred\\x1b[0m");
  EXPECT_EQ(terminal_safe("bell\a"), "bell\\x07");
  EXPECT_EQ(terminal_safe("del\x7f"), "del\\x7f");
  EXPECT_EQ(terminal_safe("cr\rover"), "cr\\rover");
}

TEST(TerminalSafe, C1ControlsAndBidiOverridesAreEscaped) {
  EXPECT_EQ(terminal_safe("\xc2\x9b" "2J"), "\\u009b2J");  // 8-bit CSI
  EXPECT_EQ(terminal_safe("abc\xe2\x80\xae" "def"), "abc\\u202edef");
}

TEST(TerminalSafe, InvalidUtf8IsShownByte) {
  EXPECT_EQ(terminal_safe("a\xff" "b"), "a\\xffb");
  EXPECT_EQ(terminal_safe("\xc0\xaf"), "\\xc0\\xaf");  // overlong '/'
  EXPECT_EQ(terminal_safe("\xe2\x82"), "\\xe2\\x82");  // truncated
}

TEST(TerminalSafe, NewlinesKeptOnlyWhenAsked) {
  EXPECT_EQ(terminal_safe("a\nb"), "a\\nb");
  EXPECT_EQ(terminal_safe("a\nb", Newlines::keep), "a\nb");
}
