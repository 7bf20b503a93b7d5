// Record ids sort by time and are unique by their random part.
#include "model/record_id.hpp"

#include <gtest/gtest.h>

TEST(RecordId, HasUlidShapeAndSortsByTime) {
  const hwk::RecordIdRandom zero{}, ones{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
  const auto a = hwk::make_record_id(1795482900000, ones);
  const auto b = hwk::make_record_id(1795482900001, zero);
  EXPECT_EQ(a.size(), 26u);
  EXPECT_TRUE(hwk::is_record_id(a));
  EXPECT_LT(a, b);
  EXPECT_EQ(hwk::make_record_id(0, zero), "00000000000000000000000000");
  EXPECT_EQ(hwk::make_record_id(0, ones).substr(10), "ZZZZZZZZZZZZZZZZ");
}

TEST(RecordId, RandomPartDistinguishesTheSameMillisecond) {
  hwk::RecordIdRandom r1{}, r2{};
  r2[9] = 1;
  EXPECT_NE(hwk::make_record_id(5, r1), hwk::make_record_id(5, r2));
}

TEST(RecordId, RejectsOtherText) {
  for (const char* bad : {"", "01ARZ3NDEKTSV4RRFFQ69G5FA", "01ARZ3NDEKTSV4RRFFQ69G5FAVX", "01ARZ3NDEKTSV4RRFFQ69G5FAI", "01arz3ndektsv4rrffq69g5fav",
                          "81ARZ3NDEKTSV4RRFFQ69G5FAV"}) {
    EXPECT_FALSE(hwk::is_record_id(bad)) << bad;
  }
}

TEST(WriterId, IsEightLowercaseBase32) {
  const auto id = hwk::make_writer_id({1, 2, 3, 4, 5});
  EXPECT_EQ(id.size(), 8u);
  EXPECT_TRUE(hwk::is_writer_id(id));
  EXPECT_FALSE(hwk::is_writer_id("ABCDEFGH"));
  EXPECT_FALSE(hwk::is_writer_id("../x/y/z"));
}
