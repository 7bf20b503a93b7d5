// Ids can never name a path outside the repository.
#include "model/ids.hpp"

#include <gtest/gtest.h>

TEST(Ids, AcceptsSafeNames) {
  for (const char* ok : {"c-0042", "thought-record", "a", "x_1", "0abc"}) EXPECT_TRUE(hwk::is_valid_id(ok)) << ok;
}

TEST(Ids, RejectsPathsAndOddCharacters) {
  for (const char* bad : {"", ".", "..", "../etc", "a/b", "-x", "_x", "C-0042", "a b", "a.b", "é", "a\nb"}) {
    EXPECT_FALSE(hwk::is_valid_id(bad)) << bad;
    EXPECT_FALSE(hwk::id_problem(bad).empty()) << bad;
  }
  EXPECT_FALSE(hwk::is_valid_id(std::string(65, 'a')));
  EXPECT_TRUE(hwk::is_valid_id(std::string(64, 'a')));
}
