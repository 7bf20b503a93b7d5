// What the prompt refuses as typed text, and what a paste becomes.
#include "cli/line_reader.hpp"

#include <gtest/gtest.h>

namespace hwk {
namespace {

TEST(ControlCharacters, TheEscOfAnArrowKeyIsNamed) {
  EXPECT_EQ(control_character_problem("I am boring\x1b[D\x1b[D", false), "Esc");
  EXPECT_EQ(control_character_problem("\x7f", false), "Delete");
  EXPECT_EQ(control_character_problem("bell\a", false), "U+0007");
}

TEST(ControlCharacters, PlainTextTabsAndLettersOfOtherScriptsPass) {
  EXPECT_EQ(control_character_problem("", false), "");
  EXPECT_EQ(control_character_problem("calm\tand warm — ✓ ñ ü Ж", false), "");
}

TEST(ControlCharacters, ALineBreakOnlyWhereSeveralLinesAreAllowed) {
  EXPECT_EQ(control_character_problem("one\ntwo", true), "");
  EXPECT_EQ(control_character_problem("one\ntwo", false), "a line break");
  EXPECT_EQ(control_character_problem("one\r\ntwo", true), "a carriage return");
}

TEST(ControlCharacters, TheC1ControlsAreControlsToo) {
  EXPECT_EQ(control_character_problem("a\xc2\x9b"
                                      "b",
                                      false),
            "U+009B");                                          // CSI as one code point
  EXPECT_EQ(control_character_problem("\xc2\xa0", false), "");  // a no-break space is text
}

TEST(PastedText, LineEndsOfEveryKindBecomeOneLineFeed) {
  EXPECT_EQ(pasted_text("one\r\ntwo\rthree\nfour", true), "one\ntwo\nthree\nfour");
  EXPECT_EQ(pasted_text("one\r\n\r\ntwo", true), "one\n\ntwo");
}

TEST(PastedText, WithoutSeveralLinesTheBreaksAreSpaces) {
  EXPECT_EQ(pasted_text("6\r7\r8", false), "6 7 8");
  EXPECT_EQ(pasted_text("6\r\n7", false), "6 7");
}

TEST(PastedText, TabsBecomeSpacesAndOtherControlsAreDropped) {
  EXPECT_EQ(pasted_text("a\tb\x1b[31mc\x07\x7f", true), "a b[31mc");
  EXPECT_EQ(pasted_text("x\xc2\x9by ✓", true), "xy ✓");
}

}  // namespace
}  // namespace hwk
