// Crisis texts: which language codes are known, which text a client is shown (the plan's before
// the practice's before the built-in one), and that the built-in texts are easy to read.
#include "model/crisis.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "model/readability.hpp"
#include "util/strings.hpp"

namespace {

using Texts = std::vector<std::string>;

TEST(KnownLanguage, TwoLettersOrTwoLettersAndARegion) {
  for (const char* code : {"en", "fr", "es", "pt", "zu", "aa", "pt-BR", "en-US", "es-MX"}) {
    EXPECT_TRUE(hwk::is_known_language(code)) << code;
  }
  // Not ISO 639-1, not lowercase, a lowercase or malformed region, or not a code at all.
  for (const char* code : {"xx", "zz-BR", "EN", "En", "en-us", "en-Us", "en_US", "en-U", "en-USA", "en-12", "eng", "e", "", "C", "POSIX"}) {
    EXPECT_FALSE(hwk::is_known_language(code)) << code;
  }
}

TEST(BuiltinCrisisText, EnglishSpanishFrenchAndEnglishForTheRest) {
  EXPECT_EQ(hwk::builtin_crisis_languages(), (Texts{"en", "es", "fr"}));
  EXPECT_EQ(hwk::builtin_crisis_text("en").rfind("Thank you for writing this down.", 0), 0u);
  EXPECT_EQ(hwk::builtin_crisis_text("es").rfind("Gracias por escribir esto.", 0), 0u);
  EXPECT_EQ(hwk::builtin_crisis_text("fr").rfind("Merci de l'avoir écrit.", 0), 0u);
  // A region is read as its primary language; a language hwk has no text in gets English.
  EXPECT_EQ(hwk::builtin_crisis_text("es-AR"), hwk::builtin_crisis_text("es"));
  EXPECT_EQ(hwk::builtin_crisis_text("fr-CA"), hwk::builtin_crisis_text("fr"));
  EXPECT_EQ(hwk::builtin_crisis_text("de"), hwk::builtin_crisis_text("en"));
  EXPECT_EQ(hwk::builtin_crisis_text("pt-BR"), hwk::builtin_crisis_text("en"));
  for (const auto& code : hwk::builtin_crisis_languages()) EXPECT_TRUE(hwk::is_known_language(code)) << code;
}

// reading_grade is Flesch–Kincaid with English syllable rules (model/readability.hpp), so only the
// English text can be held to a grade; the Spanish and French ones are not measured here.
TEST(BuiltinCrisisText, EnglishReadsAtGradeFiveOrBelow) {
  const auto& text = hwk::builtin_crisis_text("en");
  EXPECT_LE(hwk::reading_grade(text), 5.0) << text;
  // It tells the client where to get help now and that no one reads the record right away.
  EXPECT_NE(text.find("emergency"), std::string::npos);
  EXPECT_NE(text.find("No one reads this record right away"), std::string::npos);
}

// `hwk log` shows a crisis text wrapped to 78 columns: no line is longer, and no word is lost.
TEST(BuiltinCrisisText, WrapsTo78ColumnsWordForWord) {
  for (const auto& code : hwk::builtin_crisis_languages()) {
    const auto& text = hwk::builtin_crisis_text(code);
    const auto wrapped = hwk::wrap_words(text, 78);
    EXPECT_GT(std::count(wrapped.begin(), wrapped.end(), '\n'), 1) << code;
    std::string joined;
    std::size_t start = 0;
    while (start <= wrapped.size()) {
      auto end = wrapped.find('\n', start);
      if (end == std::string::npos) end = wrapped.size();
      const auto line = wrapped.substr(start, end - start);
      EXPECT_LE(hwk::utf8_length(line), 78u) << code << ": " << line;
      EXPECT_FALSE(line.empty() || line.front() == ' ' || line.back() == ' ') << code << ": '" << line << "'";
      joined += (joined.empty() ? "" : " ") + line;
      start = end + 1;
    }
    EXPECT_EQ(joined, text) << code;
  }
}

const hwk::CrisisTexts plan = {{"pt-BR", "plan pt-BR"}, {"pt", "plan pt"}, {"en", "plan en"}};
const hwk::CrisisTexts practice = {{"pt-PT", "practice pt-PT"}, {"pt", "practice pt"}, {"es", "practice es"}, {"en", "practice en"}};

TEST(CrisisTextsFor, ThePlansExactCodeFirst) { EXPECT_EQ(hwk::crisis_texts_for(plan, practice, "pt-BR"), (Texts{"plan pt-BR"})); }

TEST(CrisisTextsFor, ThePlansPrimaryLanguageBeforeThePracticesExactCode) {
  EXPECT_EQ(hwk::crisis_texts_for(plan, practice, "pt-PT"), (Texts{"plan pt"}));
  EXPECT_EQ(hwk::crisis_texts_for(plan, practice, "pt"), (Texts{"plan pt"}));
}

TEST(CrisisTextsFor, ThePracticesTextWhenThePlanHasNoneInTheLanguage) {
  EXPECT_EQ(hwk::crisis_texts_for(plan, practice, "es"), (Texts{"practice es"}));
  EXPECT_EQ(hwk::crisis_texts_for(plan, practice, "es-MX"), (Texts{"practice es"}));
  EXPECT_EQ(hwk::crisis_texts_for({}, practice, "pt-PT"), (Texts{"practice pt-PT"}));
  EXPECT_EQ(hwk::crisis_texts_for({}, practice, "pt-BR"), (Texts{"practice pt"}));
}

TEST(CrisisTextsFor, BuiltInTextThenTheOwnTextSoItsNumbersAreNeverLeftOut) {
  // Neither has French: the built-in French text, then the plan's English one.
  EXPECT_EQ(hwk::crisis_texts_for(plan, practice, "fr"), (Texts{hwk::builtin_crisis_text("fr"), "plan en"}));
  // Only the practice has texts: its English one.
  EXPECT_EQ(hwk::crisis_texts_for({}, practice, "fr"), (Texts{hwk::builtin_crisis_text("fr"), "practice en"}));
  // No English text: the first language it has.
  const hwk::CrisisTexts other = {{"es", "practice es"}, {"de", "practice de"}};
  EXPECT_EQ(hwk::crisis_texts_for({}, other, "fr"), (Texts{hwk::builtin_crisis_text("fr"), "practice de"}));
  // A language with no built-in text: English, then the practice's own.
  EXPECT_EQ(hwk::crisis_texts_for({}, other, "it"), (Texts{hwk::builtin_crisis_text("en"), "practice de"}));
}

TEST(CrisisTextsFor, NoLanguageAskedForIsEnglish) {
  for (const char* none : {"", "C", "POSIX"}) {
    EXPECT_EQ(hwk::crisis_texts_for(plan, practice, none), (Texts{"plan en"})) << none;
    EXPECT_EQ(hwk::crisis_texts_for({}, practice, none), (Texts{"practice en"})) << none;
    EXPECT_EQ(hwk::crisis_texts_for({}, {}, none), (Texts{hwk::builtin_crisis_text("en")})) << none;
  }
}

TEST(CrisisTextsFor, OnlyTheBuiltInTextWhenNoneIsSet) {
  EXPECT_EQ(hwk::crisis_texts_for({}, {}, "fr"), (Texts{hwk::builtin_crisis_text("fr")}));
  EXPECT_EQ(hwk::crisis_texts_for({}, {}, "es-MX"), (Texts{hwk::builtin_crisis_text("es")}));
  EXPECT_EQ(hwk::crisis_texts_for({}, {}, "ja"), (Texts{hwk::builtin_crisis_text("en")}));
}

}  // namespace
