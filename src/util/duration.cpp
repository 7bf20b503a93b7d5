// Parsing and printing of human durations.
#include "util/duration.hpp"

#include "util/strings.hpp"

namespace hwk {

std::optional<std::chrono::seconds> parse_duration(std::string_view text) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  constexpr long long limit = 10LL * 366 * 24 * 3600;
  long long total = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t digits_start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == digits_start || i - digits_start > 9) return std::nullopt;
    const long long n = *parse_integer(text.substr(digits_start, i - digits_start));
    const std::size_t unit_start = i;
    while (i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;
    const std::string_view unit = text.substr(unit_start, i - unit_start);
    long long scale = 0;
    if (unit == "w") scale = 7 * 86400;
    else if (unit == "d") scale = 86400;
    else if (unit == "h") scale = 3600;
    else if (unit == "m" || unit == "min") scale = 60;
    else if (unit == "s") scale = 1;
    else return std::nullopt;
    total += n * scale;
    if (total > limit) return std::nullopt;
  }
  return std::chrono::seconds(total);
}

std::string format_duration(std::chrono::seconds d) {
  long long s = d.count();
  if (s == 0) return "0m";
  std::string out;
  if (s < 0) {
    out += '-';
    s = -s;
  }
  const long long h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
  if (h) out += std::to_string(h) + "h";
  if (m) out += std::to_string(m) + "m";
  if (sec) out += std::to_string(sec) + "s";
  return out;
}

}  // namespace hwk
