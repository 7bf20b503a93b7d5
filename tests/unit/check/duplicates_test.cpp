// The same record arriving twice counts once; two records with one id is an error.
#include <gtest/gtest.h>

#include "check/check.hpp"

TEST(DuplicateRecords, SameContentIsFineDifferentContentIsAnError) {
  hwk::Record a;
  a.id = "01KAB3NDEKTSV4RRFFQ69G5FAV";
  a.assignment = "x";
  a.template_id = "x";
  a.template_version = 1;
  a.loc = {"one.toml", 3, 1};
  hwk::Record same = a;
  same.loc = {"two.toml", 9, 1};
  EXPECT_TRUE(hwk::duplicate_record_problems({a, same}).empty());
  hwk::Record different = a;
  different.reflection = "changed";
  const auto d = hwk::duplicate_record_problems({a, different});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message, "record id '01KAB3NDEKTSV4RRFFQ69G5FAV' is used by two different records");
}
