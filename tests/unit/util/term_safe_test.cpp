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
  EXPECT_EQ(terminal_safe("\xc2\x9b"
                          "2J"),
            "\\u009b2J");  // 8-bit CSI
  EXPECT_EQ(terminal_safe("abc\xe2\x80\xae"
                          "def"),
            "abc\\u202edef");
}

TEST(TerminalSafe, InvalidUtf8IsShownByte) {
  EXPECT_EQ(terminal_safe("a\xff"
                          "b"),
            "a\\xffb");
  EXPECT_EQ(terminal_safe("\xc0\xaf"), "\\xc0\\xaf");  // overlong '/'
  EXPECT_EQ(terminal_safe("\xe2\x82"), "\\xe2\\x82");  // truncated
}

TEST(TerminalSafe, NewlinesKeptOnlyWhenAsked) {
  EXPECT_EQ(terminal_safe("a\nb"), "a\\nb");
  EXPECT_EQ(terminal_safe("a\nb", Newlines::keep), "a\nb");
}

TEST(TerminalSafe, WithoutTerminalControlsDropsWhatWouldBeEscaped) {
  EXPECT_EQ(hwk::without_terminal_controls("\x1b[31mred\x1b[0m \xc2\x9b"
                                           "2J \xe2\x80\xae"
                                           "evil \xff ok"),
            "[31mred[0m 2J evil  ok");
  EXPECT_EQ(hwk::without_terminal_controls("tab\tnew\nline\r\n"), "tab\tnew\nline\r\n");
  EXPECT_EQ(hwk::without_terminal_controls("Grüße 😊"), "Grüße 😊");
}

TEST(TerminalSafe, TerminalControlsAreC0C1DelAndBidi) {
  for (char32_t cp : {U'\0', U'\x1b', U'\x7f', U'\x85', U'\x9b', U'\u061c', U'\u200e', U'\u202e', U'\u2066', U'\u2069'}) {
    EXPECT_TRUE(hwk::is_terminal_control(cp)) << static_cast<unsigned>(cp);
  }
  for (char32_t cp : {U'a', U' ', U'\xa0', U'\u2013', U'\u200d', U'\U0001F60A'}) {
    EXPECT_FALSE(hwk::is_terminal_control(cp)) << static_cast<unsigned>(cp);
  }
}

TEST(QuotedValue, AShortValueIsQuotedWhole) { EXPECT_EQ(hwk::quoted_value("done!"), "'done!'"); }

TEST(QuotedValue, ALongValueIsCutAtACharacterAndSaysItsLength) {
  const std::string text = "é" + std::string(50, 'x');
  EXPECT_EQ(hwk::quoted_value(text, 3), "'éxx...' (52 bytes)");
  EXPECT_EQ(hwk::quoted_value(text, 100), "'" + text + "'");
}
