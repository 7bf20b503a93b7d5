// The schedule phrase parser.
#include "schedule/schedule.hpp"

#include <algorithm>
#include <vector>

#include "util/strings.hpp"
#include "util/time.hpp"

namespace hwk {
namespace {

struct Word {
  std::string text;  // lowercased, commas removed
  std::size_t column;
};

std::vector<Word> tokenize(std::string_view phrase) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && (phrase[i] == ' ' || phrase[i] == '\t' || phrase[i] == ',')) ++i;
    const std::size_t start = i;
    while (i < phrase.size() && phrase[i] != ' ' && phrase[i] != '\t' && phrase[i] != ',') ++i;
    if (i > start) words.push_back({to_lower(phrase.substr(start, i - start)), start});
  }
  return words;
}

// YYYY-MM-DD in form, whether or not that day exists.
bool looks_like_date(const std::string& w) {
  if (w.size() != 10 || w[4] != '-' || w[7] != '-') return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
}

const char* const day_names[7] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
const char* const long_day_names[7] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

std::optional<int> day_index(const std::string& w) {
  for (int i = 0; i < 7; ++i) {
    if (w == day_names[i] || w == long_day_names[i] || w == std::string(long_day_names[i]) + "s") return i;
  }
  if (w == "tues") return 2;
  if (w == "thur" || w == "thurs") return 4;
  return std::nullopt;
}

std::optional<int> count_word(const std::string& w) {
  if (w == "once") return 1;
  if (w == "twice") return 2;
  if (auto n = parse_integer(w); n && *n >= 1 && *n <= 100) return static_cast<int>(*n);
  return std::nullopt;
}

std::optional<Schedule::Period> period_word(const std::string& w) {
  if (w == "day") return Schedule::Period::day;
  if (w == "week") return Schedule::Period::week;
  if (w == "month") return Schedule::Period::month;
  return std::nullopt;
}

const std::vector<std::string> phrase_starts = {"daily", "weekdays", "weekends", "weekly", "every", "once", "before", "as", "twice", "mon"};

ScheduleError unknown_word(const Word& w) {
  ScheduleError e{w.column, "unknown schedule word '" + w.text + "'", {}};
  std::vector<std::string> candidates = phrase_starts;
  for (const char* d : long_day_names) candidates.emplace_back(d);
  for (const char* d : day_names) candidates.emplace_back(d);
  if (auto m = closest_match(w.text, candidates)) e.hint = "did you mean '" + *m + "'?";
  if (e.hint.empty()) {
    e.hint = "write e.g. daily, weekdays, mon wed fri, every 2 days, 3 per week, once 2026-12-01 or as needed";
  }
  return e;
}

ScheduleError expected(const std::vector<Word>& words, std::size_t i, std::size_t phrase_end, std::string what) {
  if (i < words.size()) return {words[i].column, "expected " + what + ", found '" + words[i].text + "'", {}};
  return {phrase_end, "expected " + what + " at the end of the schedule", {}};
}

}  // namespace

std::variant<Schedule, ScheduleError> parse_schedule(std::string_view phrase) {
  const auto words = tokenize(phrase);
  const std::size_t end = phrase.size();
  if (words.empty()) return ScheduleError{0, "the schedule is empty", "write e.g. daily, mon wed fri, 3 per week or as needed"};
  Schedule s;
  std::size_t i = 0;
  const auto& w0 = words[0].text;
  auto at = [&](std::size_t k) -> const std::string& {
    static const std::string none;
    return k < words.size() ? words[k].text : none;
  };

  if (w0 == "daily" || (w0 == "every" && at(1) == "day" && words.size() == 2)) {
    s.kind = Schedule::Kind::days_of_week;
    s.weekdays.fill(true);
    i = w0 == "daily" ? 1 : 2;
  } else if (w0 == "weekdays") {
    s.kind = Schedule::Kind::days_of_week;
    for (int d = 1; d <= 5; ++d) s.weekdays[static_cast<std::size_t>(d)] = true;
    i = 1;
  } else if (w0 == "weekends") {
    s.kind = Schedule::Kind::days_of_week;
    s.weekdays[0] = s.weekdays[6] = true;
    i = 1;
  } else if (w0 == "weekly") {
    if (at(1) != "on") return expected(words, 1, end, "'on' and a day, as in 'weekly on sun'");
    const auto d = day_index(at(2));
    if (!d) return expected(words, 2, end, "a day name (mon, tue, wed, thu, fri, sat, sun)");
    s.kind = Schedule::Kind::days_of_week;
    s.weekdays[static_cast<std::size_t>(*d)] = true;
    i = 3;
  } else if (day_index(w0) || (w0 == "on" && day_index(at(1)))) {
    s.kind = Schedule::Kind::days_of_week;
    i = w0 == "on" ? 1 : 0;
    for (; i < words.size(); ++i) {
      if (words[i].text == "and") continue;
      const auto d = day_index(words[i].text);
      if (!d) return expected(words, i, end, "a day name (mon, tue, wed, thu, fri, sat, sun)");
      if (s.weekdays[static_cast<std::size_t>(*d)]) return ScheduleError{words[i].column, "day '" + words[i].text + "' is listed twice", {}};
      s.weekdays[static_cast<std::size_t>(*d)] = true;
    }
  } else if (w0 == "every") {
    s.kind = Schedule::Kind::every_n_days;
    if (at(1) == "other" && at(2) == "day") {
      s.every = 2;
      i = 3;
    } else {
      const auto n = parse_integer(at(1));
      if (!n) return expected(words, 1, end, "a number of days, as in 'every 2 days'");
      if (*n < 1 || *n > 365) return ScheduleError{words[1].column, "every " + at(1) + " days is out of range", "use 1 to 365 days"};
      if (at(2) != "days" && at(2) != "day") return expected(words, 2, end, "'days'");
      s.every = static_cast<int>(*n);
      i = 3;
    }
  } else if (w0 == "once" && words.size() > 1 && at(1) != "a" && at(1) != "per") {
    const auto d = parse_date(at(1));
    if (!d && looks_like_date(at(1))) {
      return ScheduleError{words[1].column, "'" + at(1) + "' is not a day of the calendar", "write a real date, e.g. 2026-12-01"};
    }
    if (!d) return expected(words, 1, end, "a date YYYY-MM-DD, as in 'once 2026-12-01'");
    s.kind = Schedule::Kind::once;
    s.date = *d;
    i = 2;
  } else if (count_word(w0)) {
    const int n = *count_word(w0);
    i = 1;
    if (at(i) == "times" || at(i) == "time") ++i;
    if (at(i) != "per" && at(i) != "a" && at(i) != "each") return expected(words, i, end, "'per', as in '3 per week'");
    ++i;
    const auto p = period_word(at(i));
    if (!p) return expected(words, i, end, "day, week or month");
    s.kind = Schedule::Kind::quota;
    s.count = n;
    s.period = *p;
    ++i;
  } else if (w0 == "before") {
    if (at(1) != "each" && at(1) != "every") return expected(words, 1, end, "'each', as in 'before each session'");
    if (at(2) != "session") return expected(words, 2, end, "'session'");
    s.kind = Schedule::Kind::before_session;
    i = 3;
  } else if (w0 == "as") {
    if (at(1) != "needed") return expected(words, 1, end, "'needed', as in 'as needed'");
    s.kind = Schedule::Kind::as_needed;
    i = 2;
  } else {
    return unknown_word(words[0]);
  }
  if (i < words.size()) return ScheduleError{words[i].column, "unexpected '" + words[i].text + "' after a complete schedule", {}};
  return s;
}

std::string describe_schedule(const Schedule& s) {
  switch (s.kind) {
    case Schedule::Kind::days_of_week: {
      int n = 0;
      for (bool b : s.weekdays) n += b;
      if (n == 7) return "daily";
      const bool weekdays = n == 5 && !s.weekdays[0] && !s.weekdays[6];
      if (weekdays) return "weekdays";
      if (n == 2 && s.weekdays[0] && s.weekdays[6]) return "weekends";
      std::vector<std::string> names;
      for (int d = 1; d <= 7; ++d) {
        if (s.weekdays[static_cast<std::size_t>(d % 7)]) names.emplace_back(day_names[d % 7]);
      }
      return join(names, " ");
    }
    case Schedule::Kind::every_n_days:
      return s.every == 1 ? "daily" : "every " + std::to_string(s.every) + " days";
    case Schedule::Kind::once:
      return "once " + format_date(s.date);
    case Schedule::Kind::quota:
      return std::to_string(s.count) + " per " + (s.period == Schedule::Period::day ? "day" : s.period == Schedule::Period::week ? "week" : "month");
    case Schedule::Kind::before_session:
      return "before each session";
    case Schedule::Kind::as_needed:
      return "as needed";
  }
  return "as needed";
}

}  // namespace hwk
