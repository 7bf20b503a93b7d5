// The crisis text: where to get help now, shown to a client whose record meets a risk condition.
// hwk is not a crisis service; the practice writes its own numbers in hwk.toml (or a plan), and
// hwk carries a plain built-in text in a few languages for when it has none. Pure.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace hwk {

/// Crisis texts by language code ("en", "es", "pt-BR").
using CrisisTexts = std::map<std::string, std::string>;

/// The languages hwk has a built-in crisis text in.
const std::vector<std::string>& builtin_crisis_languages();
/// The built-in text in `language` (its primary language), or English.
const std::string& builtin_crisis_text(std::string_view language);

/// Whether `code` names a language hwk knows: an ISO 639-1 code ("fr"), optionally with a region
/// ("pt-BR").
bool is_known_language(std::string_view code);

/// What a client reading `language` is shown, in order: the plan's text, else the practice's, in
/// that language (an exact code, then its primary language); failing both, the built-in text in
/// that language followed by the practice's own text in the language it has (English first), so
/// that its numbers are never left out.
std::vector<std::string> crisis_texts_for(const CrisisTexts& plan, const CrisisTexts& practice, std::string_view language);

}  // namespace hwk
