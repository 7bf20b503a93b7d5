#include "util/table.hpp"

#include <gtest/gtest.h>

namespace {

hwk::Table sample() {
  hwk::Table t;
  t.header = {"ID", "KIND", "TITLE"};
  t.rows = {{"thought-record", "self-monitoring", "Thought record: notice an upsetting thought and what went through your mind"},
            {"sleep-diary", "self-monitoring", "Sleep diary"}};
  return t;
}

}  // namespace

TEST(Table, AlignsColumnsAndDropsTrailingSpaces) {
  hwk::Table t;
  t.header = {"A", "LONGER", "Z"};
  t.rows = {{"wide cell", "x", ""}, {"ü", "yy", "end"}};
  EXPECT_EQ(hwk::render_table(t, {}),
            "A          LONGER  Z\n"
            "wide cell  x\n"
            "ü          yy      end\n");  // width counts characters, not bytes
}

TEST(Table, NotATerminalIsNeverWrapped) {
  const std::string out = hwk::render_table(sample(), {0, false});
  EXPECT_EQ(out.find('\n'), out.find("TITLE") + 5);  // three lines, one per row
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 3);
}

TEST(Table, WrapsTheLastColumnAtWordsToTheWidth) {
  EXPECT_EQ(hwk::render_table(sample(), {60, false}),
            "ID              KIND             TITLE\n"
            "thought-record  self-monitoring  Thought record: notice an\n"
            "                                 upsetting thought and what\n"
            "                                 went through your mind\n"
            "sleep-diary     self-monitoring  Sleep diary\n");
}

TEST(Table, TooNarrowForTheLastColumnShowsEachRowAsABlock) {
  EXPECT_EQ(hwk::render_table(sample(), {40, false}),
            "ID     thought-record\n"
            "KIND   self-monitoring\n"
            "TITLE  Thought record: notice an\n"
            "       upsetting thought and what went\n"
            "       through your mind\n"
            "\n"
            "ID     sleep-diary\n"
            "KIND   self-monitoring\n"
            "TITLE  Sleep diary\n");
}

TEST(Table, PaintsTheHeaderWithItsPaddingAndAStyledFirstCellWithout) {
  hwk::Table t;
  t.header = {"A", "B"};
  t.rows = {{"x", "y"}};
  t.first_cell = {hwk::Style::red};
  t.indent = "  ";
  EXPECT_EQ(hwk::render_table(t, {0, true}), "  \033[1mA  \033[0m\033[1mB\033[0m\n  \033[31mx\033[0m  y\n");
}
