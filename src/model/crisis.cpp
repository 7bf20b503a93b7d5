// Built-in crisis texts and how one is chosen.
#include "model/crisis.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace hwk {
namespace {

// Reading grade 5 or lower (checked by `hwk template lint`): short sentences, everyday words.
const std::map<std::string, std::string, std::less<>>& builtin_texts() {
  static const std::map<std::string, std::string, std::less<>> texts = {
      {"en",
       "Thank you for writing this down. If you might hurt yourself, or you do not feel safe now, get help now. "
       "Call your local emergency number, or go to the nearest emergency room. You can also call a crisis line. "
       "No one reads this record right away, so please tell your therapist too."},
      {"es",
       "Gracias por escribir esto. Si puedes hacerte daño, o no te sientes a salvo ahora, busca ayuda ya. "
       "Llama al número de emergencias de tu zona, o ve a la sala de urgencias más cercana. También puedes llamar a "
       "una línea de crisis. Nadie lee este registro enseguida. Por favor, cuéntaselo también a tu terapeuta."},
      {"fr",
       "Merci de l'avoir écrit. Si vous risquez de vous faire du mal, ou si vous ne vous sentez pas en sécurité, "
       "demandez de l'aide tout de suite. Appelez le numéro d'urgence de votre pays, ou allez aux urgences les plus "
       "proches. Vous pouvez aussi appeler une ligne d'écoute. Personne ne lit cette note tout de suite. Dites-le "
       "aussi à votre thérapeute."},
  };
  return texts;
}

std::string primary(std::string_view code) { return std::string(code.substr(0, code.find('-'))); }

std::optional<std::string> pick(const CrisisTexts& texts, std::string_view language) {
  if (language.empty()) return std::nullopt;
  if (auto it = texts.find(std::string(language)); it != texts.end()) return it->second;
  if (auto it = texts.find(primary(language)); it != texts.end()) return it->second;
  return std::nullopt;
}

}  // namespace

const std::vector<std::string>& builtin_crisis_languages() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> out;
    for (const auto& [code, text] : builtin_texts()) out.push_back(code);
    return out;
  }();
  return codes;
}

const std::string& builtin_crisis_text(std::string_view language) {
  const auto& texts = builtin_texts();
  if (auto it = texts.find(primary(language)); it != texts.end()) return it->second;
  return texts.find("en")->second;
}

bool is_known_language(std::string_view code) {
  // ISO 639-1.
  static constexpr std::array<std::string_view, 184> codes = {
      "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm", "bn", "bo", "br", "bs", "ca",
      "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj",
      "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii",
      "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la",
      "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng",
      "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa",
      "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk",
      "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu"};
  if (code.size() != 2 && code.size() != 5) return false;
  if (code.size() == 5 && !(code[2] == '-' && code[3] >= 'A' && code[3] <= 'Z' && code[4] >= 'A' && code[4] <= 'Z')) return false;
  return std::binary_search(codes.begin(), codes.end(), code.substr(0, 2));
}

std::vector<std::string> crisis_texts_for(const CrisisTexts& plan, const CrisisTexts& practice, std::string_view language) {
  if (language.empty() || language == "C" || language == "POSIX") language = "en";  // no language asked for: hwk's own, English
  if (auto t = pick(plan, language)) return {*t};
  if (auto t = pick(practice, language)) return {*t};
  std::vector<std::string> out = {builtin_crisis_text(language)};
  for (const CrisisTexts* texts : {&plan, &practice}) {
    if (texts->empty()) continue;
    out.push_back(pick(*texts, "en").value_or(texts->begin()->second));
    break;
  }
  return out;
}

}  // namespace hwk
