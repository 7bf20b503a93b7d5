// Reading grade estimates: plain text scores low, dense text high.
#include "model/readability.hpp"

#include <gtest/gtest.h>

TEST(Readability, CountsSyllablesOfCommonWords) {
  EXPECT_EQ(hwk::count_syllables("cat"), 1);
  EXPECT_EQ(hwk::count_syllables("breathe"), 1);
  EXPECT_EQ(hwk::count_syllables("table"), 2);
  EXPECT_EQ(hwk::count_syllables("practice"), 2);
  EXPECT_EQ(hwk::count_syllables("relaxation"), 4);
  EXPECT_EQ(hwk::count_syllables("psychoeducational"), 6);
}

TEST(Readability, CountsSentencesAndWords) {
  const auto s = hwk::text_stats("Sit down. Breathe in slowly!\nRate it: 0 to 10?");
  EXPECT_EQ(s.sentences, 4);
  EXPECT_EQ(s.words, 10);
}

TEST(Readability, PlainTextReadsBelowDenseText) {
  const double plain = hwk::reading_grade("Sit down. Put a hand on your belly. Breathe in for four. Breathe out for six.");
  const double dense = hwk::reading_grade(
      "Diaphragmatic respiration facilitates parasympathetic activation, attenuating physiological "
      "hyperarousal associated with anticipatory anxiety and catastrophic misinterpretation of bodily sensations.");
  EXPECT_LT(plain, 4.0);
  EXPECT_GT(dense, 12.0);
  EXPECT_EQ(hwk::reading_grade(""), 0.0);
}
