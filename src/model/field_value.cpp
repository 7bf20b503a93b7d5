// Parsing and validation of field values.
#include "model/field_value.hpp"

#include <cmath>

#include "model/text_value.hpp"
#include "util/duration.hpp"
#include "util/strings.hpp"
#include "util/time.hpp"

namespace hwk {
namespace {

std::vector<std::string> split_list(std::string_view input) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= input.size()) {
    const auto comma = input.find(',', start);
    const auto piece = trim(input.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (!piece.empty()) out.emplace_back(piece);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

// Finds `word` among `names` (or their translated `labels`) by exact text, case-insensitive
// text, or 1-based number.
std::optional<std::size_t> pick(const std::vector<std::string>& names, std::string_view word, const std::vector<std::string>& labels = {}) {
  for (const auto* list : {&labels, &names}) {
    for (std::size_t i = 0; i < list->size() && i < names.size(); ++i) {
      if ((*list)[i] == word) return i;
    }
  }
  const std::string lower = to_lower(word);
  for (const auto* list : {&labels, &names}) {
    for (std::size_t i = 0; i < list->size() && i < names.size(); ++i) {
      if (to_lower((*list)[i]) == lower) return i;
    }
  }
  if (const auto n = parse_integer(word); n && *n >= 1 && static_cast<std::size_t>(*n) <= names.size()) {
    return static_cast<std::size_t>(*n - 1);
  }
  return std::nullopt;
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += ", ";
    out += "'" + names[i] + "'";
  }
  return out;
}

std::string range_text(const Field& f) { return format_number(f.min.value_or(0)) + " to " + format_number(f.max.value_or(0)); }

std::string check_list(const std::vector<std::string>& allowed, const std::vector<std::string>& values, const char* what) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    bool known = false;
    for (const auto& a : allowed) known = known || a == values[i];
    if (!known) return "'" + values[i] + "' is not one of the " + what + " " + quoted_list(allowed);
    for (std::size_t j = 0; j < i; ++j) {
      if (values[j] == values[i]) return "'" + values[i] + "' is listed twice";
    }
  }
  return {};
}

}  // namespace

std::optional<FieldValue> parse_field_input(const Field& f, std::string_view raw, std::string& error) {
  if (!is_valid_utf8(raw)) {
    error = "the text is not valid UTF-8";
    return std::nullopt;
  }
  const std::string_view input = f.type == FieldType::text ? raw : trim(raw);
  switch (f.type) {
    case FieldType::text: {
      std::string text(trim(input));
      if (auto problem = text_value_problem(text); !problem.empty()) {
        error = problem;
        return std::nullopt;
      }
      if (auto problem = field_value_problem(f, text); !problem.empty()) {
        error = problem;
        return std::nullopt;
      }
      return FieldValue{text};
    }
    case FieldType::scale: {
      const auto n = parse_integer(input);
      if (!n) {
        error = "'" + std::string(input) + "' is not a whole number from " + range_text(f);
        return std::nullopt;
      }
      if (auto problem = field_value_problem(f, FieldValue{*n}); !problem.empty()) {
        error = problem;
        return std::nullopt;
      }
      return FieldValue{*n};
    }
    case FieldType::likert: {
      const auto i = pick(f.points, input);
      if (!i) {
        error = "'" + std::string(input) + "' is not one of " + quoted_list(f.points) + " (or 1 to " + std::to_string(f.points.size()) + ")";
        return std::nullopt;
      }
      return FieldValue{static_cast<long long>(*i + 1)};
    }
    case FieldType::choice: {
      std::vector<std::string> chosen;
      const auto words = f.multiple ? split_list(input) : std::vector<std::string>{std::string(input)};
      for (const auto& w : words) {
        const auto i = pick(f.options, w, f.option_labels);
        if (!i) {
          error = "'" + w + "' is not one of " + quoted_list(f.option_labels.empty() ? f.options : f.option_labels);
          return std::nullopt;
        }
        chosen.push_back(f.options[*i]);
      }
      if (!f.multiple) return FieldValue{chosen.front()};
      if (auto problem = check_list(f.options, chosen, "options"); !problem.empty()) {
        error = problem;
        return std::nullopt;
      }
      return FieldValue{chosen};
    }
    case FieldType::checklist: {
      std::vector<std::string> ticked;
      for (const auto& w : split_list(input)) {
        const auto i = pick(f.items, w, f.item_labels);
        if (!i) {
          error = "'" + w + "' is not one of the items " + quoted_list(f.item_labels.empty() ? f.items : f.item_labels);
          return std::nullopt;
        }
        ticked.push_back(f.items[*i]);
      }
      if (auto problem = check_list(f.items, ticked, "items"); !problem.empty()) {
        error = problem;
        return std::nullopt;
      }
      return FieldValue{ticked};
    }
    case FieldType::number: {
      const auto n = parse_number(input);
      if (!n) {
        error = "'" + std::string(input) + "' is not a number";
        return std::nullopt;
      }
      if (auto problem = field_value_problem(f, FieldValue{*n}); !problem.empty()) {
        error = problem;
        return std::nullopt;
      }
      return FieldValue{*n};
    }
    case FieldType::duration: {
      auto d = parse_duration(input);
      if (!d) {
        if (const auto minutes = parse_integer(input); minutes && *minutes >= 0 && *minutes < 100000) {
          d = std::chrono::minutes(*minutes);
        }
      }
      if (!d) {
        error = "'" + std::string(input) + "' is not a duration (e.g. 10m, 1h30m, 90s)";
        return std::nullopt;
      }
      FieldValue v{format_duration(*d)};
      if (auto problem = field_value_problem(f, v); !problem.empty()) {
        error = problem;
        return std::nullopt;
      }
      return v;
    }
    case FieldType::time: {
      if (!parse_clock_time(input)) {
        error = "'" + std::string(input) + "' is not a time of day (HH:MM, 00:00 to 23:59)";
        return std::nullopt;
      }
      return FieldValue{std::string(input)};
    }
    case FieldType::yesno: {
      // English, and the Spanish and French a client of a plan in those languages types.
      const std::string w = to_lower(input);
      if (w == "y" || w == "yes" || w == "true" || w == "s" || w == "si" || w == "sí" || w == "sÍ" || w == "o" || w == "oui") {
        return FieldValue{true};
      }
      if (w == "n" || w == "no" || w == "false" || w == "non") return FieldValue{false};
      error = "'" + std::string(input) + "' is not yes or no";
      return std::nullopt;
    }
  }
  error = "unknown field type";
  return std::nullopt;
}

std::string field_value_problem(const Field& f, const FieldValue& value) {
  const auto type_error = [&](const std::string& expected) { return std::string("field '") + f.id + "' must be " + expected; };
  switch (f.type) {
    case FieldType::text:
    case FieldType::duration:
    case FieldType::time: {
      const auto* s = std::get_if<std::string>(&value);
      if (!s) return type_error("a string");
      if (f.type == FieldType::time) {
        return parse_clock_time(*s) ? "" : "'" + *s + "' is not a time of day (HH:MM)";
      }
      if (f.type == FieldType::duration) {
        const auto d = parse_duration(*s);
        if (!d) return "'" + *s + "' is not a duration (e.g. 10m, 1h30m)";
        if (f.min_duration && *d < *f.min_duration) return "duration " + *s + " is shorter than the minimum " + format_duration(*f.min_duration);
        if (f.max_duration && *d > *f.max_duration) return "duration " + *s + " is longer than the maximum " + format_duration(*f.max_duration);
        return {};
      }
      const std::size_t len = utf8_length(*s);
      if (f.min_length && len < *f.min_length) return "text is shorter than " + std::to_string(*f.min_length) + " characters";
      if (f.max_length && len > *f.max_length) return "text is longer than " + std::to_string(*f.max_length) + " characters";
      return {};
    }
    case FieldType::scale: {
      const auto* n = std::get_if<long long>(&value);
      if (!n) return type_error("a whole number");
      const double v = static_cast<double>(*n);
      if ((f.min && v < *f.min) || (f.max && v > *f.max)) {
        return std::to_string(*n) + " is outside the scale " + range_text(f);
      }
      if (f.step > 1 && std::fmod(v - f.min.value_or(0), f.step) != 0) {
        return std::to_string(*n) + " is not on the scale's steps of " + format_number(f.step);
      }
      return {};
    }
    case FieldType::likert: {
      const auto* n = std::get_if<long long>(&value);
      if (!n) return type_error("a whole number (1 to " + std::to_string(f.points.size()) + ")");
      if (*n < 1 || *n > static_cast<long long>(f.points.size())) {
        return std::to_string(*n) + " is outside 1 to " + std::to_string(f.points.size());
      }
      return {};
    }
    case FieldType::number: {
      double v = 0;
      if (const auto* d = std::get_if<double>(&value)) v = *d;
      else if (const auto* i = std::get_if<long long>(&value)) v = static_cast<double>(*i);
      else return type_error("a number");
      if (f.min && v < *f.min) return format_number(v) + " is below the minimum " + format_number(*f.min);
      if (f.max && v > *f.max) return format_number(v) + " is above the maximum " + format_number(*f.max);
      if (f.step > 0 && std::fabs(std::remainder(v - f.min.value_or(0), f.step)) > 1e-9) {
        return format_number(v) + (f.step == 1 ? " is not a whole number" : " is not on steps of " + format_number(f.step));
      }
      return {};
    }
    case FieldType::choice: {
      if (f.multiple) {
        const auto* list = std::get_if<std::vector<std::string>>(&value);
        if (!list) return type_error("a list of options");
        return check_list(f.options, *list, "options");
      }
      const auto* s = std::get_if<std::string>(&value);
      if (!s) return type_error("one option (a string)");
      return check_list(f.options, {*s}, "options");
    }
    case FieldType::checklist: {
      const auto* list = std::get_if<std::vector<std::string>>(&value);
      if (!list) return type_error("a list of items");
      return check_list(f.items, *list, "items");
    }
    case FieldType::yesno:
      return std::holds_alternative<bool>(value) ? "" : type_error("true or false");
  }
  return "unknown field type";
}

namespace {

// The translated label of an option or item, when the field has one.
std::string shown(const std::vector<std::string>& names, const std::vector<std::string>& labels, const std::string& word) {
  for (std::size_t i = 0; i < names.size() && i < labels.size(); ++i) {
    if (names[i] == word) return labels[i];
  }
  return word;
}

}  // namespace

std::string display_field_value(const Field& f, const FieldValue& value) {
  if (const auto* s = std::get_if<std::string>(&value)) {
    return f.type == FieldType::choice ? shown(f.options, f.option_labels, *s) : *s;
  }
  if (const auto* b = std::get_if<bool>(&value)) return *b ? "yes" : "no";
  if (const auto* d = std::get_if<double>(&value)) return format_number(*d) + (f.unit.empty() ? "" : " " + f.unit);
  if (const auto* list = std::get_if<std::vector<std::string>>(&value)) {
    std::vector<std::string> words;
    for (const auto& w : *list) {
      words.push_back(f.type == FieldType::checklist ? shown(f.items, f.item_labels, w) : shown(f.options, f.option_labels, w));
    }
    return join(words, ", ");
  }
  const long long n = std::get<long long>(value);
  if (f.type == FieldType::likert && n >= 1 && n <= static_cast<long long>(f.points.size())) {
    return std::to_string(n) + " (" + f.points[static_cast<std::size_t>(n - 1)] + ")";
  }
  if (f.type == FieldType::number && !f.unit.empty()) return std::to_string(n) + " " + f.unit;
  return std::to_string(n);
}

std::string describe_field_input(const Field& f) {
  switch (f.type) {
    case FieldType::text:
      return f.max_length ? "text, up to " + std::to_string(*f.max_length) + " characters" : "text";
    case FieldType::scale: {
      std::string out = range_text(f);
      for (const auto& [value, label] : f.anchors) out += ", " + std::to_string(value) + " = " + label;
      return out;
    }
    case FieldType::likert: {
      std::string out;
      for (std::size_t i = 0; i < f.points.size(); ++i) {
        if (i) out += ", ";
        out += std::to_string(i + 1) + " = " + f.points[i];
      }
      return out;
    }
    case FieldType::choice: {
      std::string out = f.multiple ? "one or more, by name or number: " : "one, by name or number: ";
      for (std::size_t i = 0; i < f.options.size(); ++i) out += (i ? ", " : "") + std::to_string(i + 1) + " = " + f.option_label(i);
      return out;
    }
    case FieldType::checklist: {
      std::string out = "the items done, separated by commas: ";
      for (std::size_t i = 0; i < f.items.size(); ++i) out += (i ? ", " : "") + std::to_string(i + 1) + " = " + f.item_label(i);
      return out;
    }
    case FieldType::number: {
      std::string out = f.step == 1 ? "a whole number" : "a number";
      if (f.min || f.max) out += " from " + format_number(f.min.value_or(0)) + " to " + (f.max ? format_number(*f.max) : "any");
      if (!f.unit.empty()) out += " (" + f.unit + ")";
      return out;
    }
    case FieldType::duration:
      return "a duration, e.g. 10m or 1h30m";
    case FieldType::time:
      return "a time of day, HH:MM";
    case FieldType::yesno:
      return "yes or no";
  }
  return {};
}

bool is_numeric(FieldType t) { return t == FieldType::scale || t == FieldType::likert || t == FieldType::number || t == FieldType::duration; }

std::optional<double> numeric_value(const Field& f, const FieldValue& v) {
  if (const auto* i = std::get_if<long long>(&v)) return static_cast<double>(*i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (f.type == FieldType::duration) {
    if (const auto* s = std::get_if<std::string>(&v)) {
      if (const auto d = parse_duration(*s)) return static_cast<double>(d->count()) / 60.0;
    }
  }
  return std::nullopt;
}

}  // namespace hwk
