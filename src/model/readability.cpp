// Reading grade estimates.
#include "model/readability.hpp"

#include <string>

namespace hwk {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80; }
bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

}  // namespace

int count_syllables(std::string_view raw) {
  std::string w;
  for (char c : raw) {
    if (c >= 'A' && c <= 'Z') w += static_cast<char>(c - 'A' + 'a');
    else if (c >= 'a' && c <= 'z') w += c;
  }
  if (w.empty()) return 0;
  if (w.size() <= 3) return 1;
  int groups = 0;
  bool in_vowels = false;
  for (char c : w) {
    const bool v = is_vowel(c);
    if (v && !in_vowels) ++groups;
    in_vowels = v;
  }
  const auto n = w.size();
  if (w[n - 1] == 'e' && !(w[n - 2] == 'l' && !is_vowel(w[n - 3])) && groups > 1) --groups;  // silent e, not -le
  if (n > 2 && w.compare(n - 2, 2, "ed") == 0 && w[n - 3] != 't' && w[n - 3] != 'd' && groups > 1) --groups;
  if (n > 2 && w.compare(n - 2, 2, "es") == 0 && w[n - 3] != 's' && w[n - 3] != 'x' && w[n - 3] != 'z' && w[n - 3] != 'c' && w[n - 3] != 'g' &&
      groups > 1) {
    --groups;
  }
  return groups < 1 ? 1 : groups;
}

TextStats text_stats(std::string_view text) {
  TextStats s;
  bool in_sentence = false;
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_letter(text[i]) || (text[i] >= '0' && text[i] <= '9')) {
      const std::size_t start = i;
      while (i < text.size() && (is_letter(text[i]) || text[i] == '\'' || text[i] == '-' || (text[i] >= '0' && text[i] <= '9'))) ++i;
      ++s.words;
      s.syllables += count_syllables(text.substr(start, i - start));
      in_sentence = true;
      continue;
    }
    if ((text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == ';' || text[i] == ':' || text[i] == '\n') && in_sentence) {
      ++s.sentences;
      in_sentence = false;
    }
    ++i;
  }
  if (in_sentence) ++s.sentences;
  return s;
}

double reading_grade(std::string_view text) {
  const TextStats s = text_stats(text);
  if (s.words == 0 || s.sentences == 0) return 0;
  return 0.39 * s.words / s.sentences + 11.8 * s.syllables / s.words - 15.59;
}

}  // namespace hwk
