// Git's conflict markers are found as whole blocks, with their lines.
#include "util/merge_conflicts.hpp"

#include <gtest/gtest.h>

using Blocks = std::vector<std::pair<int, int>>;

TEST(MergeConflicts, WholeBlocksWithTheirLines) {
  const std::string text =
      "a = 1\n<<<<<<< HEAD\nb = 2\n=======\nb = 3\n>>>>>>> origin/main\nc = 4\n"
      "<<<<<<<\n||||||| base\n=======\nd = 5\n>>>>>>>\n";
  EXPECT_EQ(hwk::merge_conflict_blocks(text), (Blocks{{2, 6}, {8, 12}}));
  const auto report = hwk::find_merge_conflicts(text);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->line, 2);
  EXPECT_EQ(report->message, "unresolved merge conflicts at lines 2-6 and 8-12");
}

TEST(MergeConflicts, CrlfLineEndsToo) {
  EXPECT_EQ(hwk::merge_conflict_blocks("<<<<<<< ours\r\nx\r\n=======\r\ny\r\n>>>>>>> theirs\r\n"), (Blocks{{1, 5}}));
}

TEST(MergeConflictsNotFound, TextThatOnlyLooksLikeMarkers) {
  EXPECT_EQ(hwk::merge_conflict_blocks("Title\n=======\n>>>>>>> quoted mail\n"), Blocks{});  // no start
  EXPECT_EQ(hwk::merge_conflict_blocks("<<<<<<< a\nb\n>>>>>>> c\n"), Blocks{});              // no separator
  EXPECT_EQ(hwk::merge_conflict_blocks("<<<<<<<< eight\n=======\n>>>>>>> c\n"), Blocks{});   // not git's size
  EXPECT_EQ(hwk::merge_conflict_blocks("x = \"<<<<<<< in a string\"\n=======\n>>>>>>>\n"), Blocks{});
  EXPECT_FALSE(hwk::find_merge_conflicts("plain = true\n"));
}
