// An estimate of how hard English text is to read, as a school grade (Flesch–Kincaid).
#pragma once
#include <string_view>

namespace hwk {

struct TextStats {
  int sentences = 0;
  int words = 0;
  int syllables = 0;
};

/// Counts sentences, words and (estimated) syllables of English text.
TextStats text_stats(std::string_view text);

/// Flesch–Kincaid grade level: 0.39 × words/sentence + 11.8 × syllables/word − 15.59. Zero for no words.
double reading_grade(std::string_view text);

/// Syllables of one English word, by vowel groups with the usual corrections (silent e, -le).
int count_syllables(std::string_view word);

}  // namespace hwk
