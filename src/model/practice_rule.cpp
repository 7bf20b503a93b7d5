// The advance-rule and condition parser, and judging records against them.
#include "model/practice_rule.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "model/field_value.hpp"
#include "util/duration.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

struct Token {
  std::string text;  // lowercased
  std::size_t column;
  bool op = false;        // a comparison like <= or !=
  bool quoted = false;    // "a few words" in double quotes
  bool unclosed = false;  // … with no closing quote
};

bool is_op_char(char c) { return c == '<' || c == '>' || c == '=' || c == '!'; }

// Words and numbers are split at spaces and at comparison signs, so "suds<=40" reads as three;
// a double-quoted answer is one word whatever it holds.
std::vector<Token> tokenize(std::string_view phrase) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < phrase.size()) {
    const char c = phrase[i];
    if (c == ' ' || c == '\t' || c == ',') {
      ++i;
      continue;
    }
    const std::size_t start = i;
    if (c == '"') {
      const auto close = phrase.find('"', i + 1);
      const auto end = close == std::string_view::npos ? phrase.size() : close;
      out.push_back({to_lower(trim(phrase.substr(i + 1, end - i - 1))), start, false, true, close == std::string_view::npos});
      i = close == std::string_view::npos ? phrase.size() : close + 1;
      continue;
    }
    const bool op = is_op_char(c);
    while (i < phrase.size() && phrase[i] != ' ' && phrase[i] != '\t' && phrase[i] != ',' && phrase[i] != '"' && is_op_char(phrase[i]) == op) {
      ++i;
    }
    out.push_back({to_lower(phrase.substr(start, i - start)), start, op});
  }
  return out;
}

std::optional<Comparison> comparison_from(const std::string& s) {
  if (s == "<") return Comparison::less;
  if (s == "<=") return Comparison::less_equal;
  if (s == "=" || s == "==") return Comparison::equal;
  if (s == "!=") return Comparison::not_equal;
  if (s == ">=") return Comparison::greater_equal;
  if (s == ">") return Comparison::greater;
  return std::nullopt;
}

class Parser {
 public:
  explicit Parser(std::string_view phrase) : tokens_(tokenize(phrase)), end_(phrase.size()) {}

  bool at_end() const { return i_ >= tokens_.size(); }
  const Token* peek() const { return at_end() ? nullptr : &tokens_[i_]; }
  bool accept(std::string_view word) {
    if (!at_end() && !tokens_[i_].op && tokens_[i_].text == word) {
      ++i_;
      return true;
    }
    return false;
  }

  RuleError expected(const std::string& what, std::string hint = {}) const {
    if (at_end()) return {end_, "expected " + what + " at the end of the rule", std::move(hint)};
    return {tokens_[i_].column, "expected " + what + ", found '" + tokens_[i_].text + "'", std::move(hint)};
  }

  std::optional<long long> integer(long long lo, long long hi) {
    if (at_end()) return std::nullopt;
    const auto n = parse_integer(tokens_[i_].text);
    if (!n || *n < lo || *n > hi) return std::nullopt;
    ++i_;
    return n;
  }

  std::variant<Condition, RuleError> condition() {
    if (at_end() || tokens_[i_].op || !(std::isalpha(static_cast<unsigned char>(tokens_[i_].text[0])) || tokens_[i_].text[0] == '_')) {
      return expected("a field name", "write e.g. suds_peak <= 40");
    }
    Condition c;
    c.field = tokens_[i_].text;
    c.column = tokens_[i_].column;
    ++i_;
    if (at_end() || !tokens_[i_].op) return expected("a comparison (<, <=, =, !=, >=, >)");
    const auto op = comparison_from(tokens_[i_].text);
    if (!op) {
      return RuleError{tokens_[i_].column, "unknown comparison '" + tokens_[i_].text + "'", "use <, <=, =, !=, >= or >"};
    }
    c.op = *op;
    ++i_;
    if (at_end() || tokens_[i_].op || (tokens_[i_].quoted && tokens_[i_].text.empty())) {
      return expected("a number or an answer", "write e.g. suds >= 8, self_harm = yes or feeling = \"very low\"");
    }
    if (tokens_[i_].unclosed) return RuleError{tokens_[i_].column, "the quote that starts here is not closed", "end the answer with a \""};
    c.value_column = tokens_[i_].column;
    const auto v = tokens_[i_].quoted ? std::nullopt : parse_number(tokens_[i_].text);
    if (v && std::isfinite(*v)) c.value = *v;
    else c.word = tokens_[i_].text;
    ++i_;
    return c;
  }

  std::variant<std::vector<Condition>, RuleError> conditions() {
    std::vector<Condition> out;
    do {
      auto c = condition();
      if (auto* e = std::get_if<RuleError>(&c)) return *e;
      out.push_back(std::get<Condition>(c));
    } while (accept("and"));
    return out;
  }

 private:
  std::vector<Token> tokens_;
  std::size_t end_;
  std::size_t i_ = 0;
};

std::string number_text(double v) { return format_number(v); }

std::string value_text(const Condition& c) {
  if (c.word.empty()) return number_text(c.value);
  const bool plain = std::all_of(c.word.begin(), c.word.end(), [](char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-' || ch == ':' || ch == '.' || static_cast<unsigned char>(ch) >= 0x80;
  });
  return plain ? c.word : "\"" + c.word + "\"";
}

namespace {
// The value as a message quotes it: 'calm', or "did not act" (already in quotes).
std::string shown_value(const Condition& c) {
  const std::string v = value_text(c);
  return v.starts_with('"') ? v : "'" + v + "'";
}
}  // namespace

bool ordered(Comparison op) { return op != Comparison::equal && op != Comparison::not_equal; }

// The number a condition on a numeric or time field compares with: its number, a duration
// ("30m", in minutes), a time of day ("23:00", in minutes from midnight) or a likert point's label
// (its 1-based position).
std::optional<double> condition_number(const Condition& c, const Field& f) {
  if (c.word.empty()) return f.type == FieldType::time ? std::nullopt : std::optional<double>(c.value);
  if (f.type == FieldType::duration) {
    if (const auto d = parse_duration(c.word)) return static_cast<double>(d->count()) / 60.0;
  }
  if (f.type == FieldType::time) {
    if (const auto t = parse_clock_time(c.word)) return static_cast<double>(t->count());
  }
  if (f.type == FieldType::likert) {
    for (std::size_t i = 0; i < f.points.size(); ++i) {
      if (to_lower(f.points[i]) == c.word) return static_cast<double>(i + 1);
    }
  }
  return std::nullopt;
}

// The options or items of a choice or checklist field.
const std::vector<std::string>& answers_of(const Field& f) { return f.type == FieldType::checklist ? f.items : f.options; }

bool word_is_answer(const Condition& c, const Field& f) {
  for (const auto& a : answers_of(f)) {
    if (to_lower(a) == c.word) return true;
  }
  return false;
}

bool compare(double x, Comparison op, double v) {
  switch (op) {
    case Comparison::less:
      return x < v;
    case Comparison::less_equal:
      return x <= v;
    case Comparison::equal:
      return x == v;
    case Comparison::not_equal:
      return x != v;
    case Comparison::greater_equal:
      return x >= v;
    case Comparison::greater:
      return x > v;
  }
  return false;
}

}  // namespace

const char* comparison_text(Comparison c) {
  switch (c) {
    case Comparison::less:
      return "<";
    case Comparison::less_equal:
      return "<=";
    case Comparison::equal:
      return "=";
    case Comparison::not_equal:
      return "!=";
    case Comparison::greater_equal:
      return ">=";
    case Comparison::greater:
      return ">";
  }
  return "?";
}

std::variant<AdvanceRule, RuleError> parse_advance_rule(std::string_view phrase) {
  Parser p(phrase);
  if (p.at_end()) return RuleError{0, "the rule is empty", "write e.g. 3 done with suds_peak <= 40, or 5 done in 7 days"};
  AdvanceRule rule;
  const auto count = p.integer(1, 1000);
  if (!count) return p.expected("how many practices (1 to 1000)", "write e.g. 3 done with suds_peak <= 40");
  rule.count = static_cast<int>(*count);
  if (!p.accept("done")) {
    std::string hint = "the rule counts practices recorded as done: write e.g. " + std::to_string(rule.count) + " done";
    return p.expected("'done'", hint);
  }
  bool have_with = false, have_window = false;
  while (!p.at_end()) {
    if (p.accept("in")) {
      if (p.accept("a")) {
        if (!p.accept("row")) return p.expected("'row' (in a row)");
        if (rule.in_a_row) return RuleError{p.peek() ? p.peek()->column : phrase.size(), "'in a row' is given twice", {}};
        rule.in_a_row = true;
        continue;
      }
      if (have_window) return p.expected("one window only");
      const auto n = p.integer(1, 3650);
      if (!n) return p.expected("a number of days or weeks (in 7 days, in 2 weeks)");
      if (p.accept("day") || p.accept("days")) rule.within_days = static_cast<int>(*n);
      else if (p.accept("week") || p.accept("weeks")) {
        rule.within_days = static_cast<int>(*n) * 7;
        rule.window_in_weeks = true;
      } else return p.expected("'days' or 'weeks'");
      have_window = true;
      continue;
    }
    if (p.accept("with")) {
      if (have_with) return p.expected("one 'with' only (join conditions with 'and')");
      auto c = p.conditions();
      if (auto* e = std::get_if<RuleError>(&c)) return *e;
      rule.conditions = std::get<std::vector<Condition>>(c);
      have_with = true;
      continue;
    }
    std::string hint;
    if (auto m = closest_match(p.peek()->text, {"with", "in", "row"})) hint = "did you mean '" + *m + "'?";
    else hint = "after 'done' come 'in a row', 'with FIELD <= N' or 'in N days'";
    return RuleError{p.peek()->column, "unexpected '" + p.peek()->text + "' in the rule", hint};
  }
  return rule;
}

std::variant<std::vector<Condition>, RuleError> parse_conditions(std::string_view phrase) {
  Parser p(phrase);
  if (p.at_end()) return RuleError{0, "the condition is empty", "write e.g. distress >= 8"};
  auto c = p.conditions();
  if (std::holds_alternative<RuleError>(c)) return c;
  if (!p.at_end()) {
    return RuleError{p.peek()->column, "unexpected '" + p.peek()->text + "' after the condition", "join conditions with 'and'"};
  }
  return c;
}

std::string describe_conditions(const std::vector<Condition>& conditions) {
  std::string out;
  for (const auto& c : conditions) {
    if (!out.empty()) out += " and ";
    out += c.field + " " + comparison_text(c.op) + " " + value_text(c);
  }
  return out;
}

std::string describe_rule(const AdvanceRule& rule) {
  std::string out = std::to_string(rule.count) + " done";
  if (rule.in_a_row) out += " in a row";
  if (!rule.conditions.empty()) out += " with " + describe_conditions(rule.conditions);
  if (rule.within_days) {
    out += rule.window_in_weeks ? " in " + std::to_string(*rule.within_days / 7) + (*rule.within_days == 7 ? " week" : " weeks")
                                : " in " + std::to_string(*rule.within_days) + (*rule.within_days == 1 ? " day" : " days");
  }
  return out;
}

std::size_t condition_problem_column(const Condition& c, const Template& tmpl) {
  const Field* f = tmpl.find_field(c.field);
  return f && f->type != FieldType::text ? c.value_column : c.column;
}

std::string condition_field_problem(const Condition& c, const Template& tmpl) {
  const Field* f = tmpl.find_field(c.field);
  const std::string name = "field '" + c.field + "' of template '" + tmpl.id + "'";
  if (!f) {
    std::vector<std::string> comparable;
    for (const auto& field : tmpl.fields) {
      if (field.type != FieldType::text) comparable.push_back(field.id);
    }
    std::string out = "template '" + tmpl.id + "' has no field '" + c.field + "'";
    if (auto m = closest_match(c.field, comparable)) out += "; did you mean '" + *m + "'?";
    else if (!comparable.empty()) out += "; the fields a condition can name are " + join(comparable, ", ");
    return out;
  }
  const std::string op = comparison_text(c.op);
  switch (f->type) {
    case FieldType::text:
      return name + " holds text, which no condition compares; name a rating, yes/no, choice or checklist field";
    case FieldType::yesno:
      if (c.word != "yes" && c.word != "no") return name + " is answered yes or no, not " + shown_value(c);
      if (ordered(c.op)) return name + " is answered yes or no: compare it with = or !=, not " + op;
      return {};
    case FieldType::choice:
    case FieldType::checklist: {
      const char* what = f->type == FieldType::choice ? "options" : "items";
      if (!word_is_answer(c, *f)) {
        std::string out = name + " has no " + (f->type == FieldType::choice ? "option" : "item") + " " + shown_value(c);
        if (auto m = closest_match(c.word, answers_of(*f))) return out + "; did you mean '" + *m + "'?";
        return out + "; its " + what + " are " + join(answers_of(*f), ", ");
      }
      if (ordered(c.op)) return name + " takes " + what + ", which have no order: compare them with = or !=, not " + op;
      return {};
    }
    case FieldType::time:
      if (!condition_number(c, *f)) return name + " holds a time of day: compare it with a time such as 23:00";
      return {};
    case FieldType::scale:
    case FieldType::likert:
    case FieldType::number:
    case FieldType::duration: {
      const auto v = condition_number(c, *f);
      if (!v) {
        return name + " holds " + (f->type == FieldType::duration ? "a duration" : "a number") + ", not " + shown_value(c);
      }
      const double lo = f->type == FieldType::likert ? 1 : f->min.value_or(-HUGE_VAL);
      const double hi = f->type == FieldType::likert ? static_cast<double>(f->points.size()) : f->max.value_or(HUGE_VAL);
      if (f->type != FieldType::duration && (*v < lo || *v > hi)) {
        return name + " runs from " + number_text(lo) + " to " + number_text(hi) + "; " + value_text(c) + " is not an answer it can take";
      }
      return {};
    }
  }
  return {};
}

bool value_meets(const Condition& c, const Field& f, const FieldValue& v) {
  const bool want_equal = c.op == Comparison::equal;
  switch (f.type) {
    case FieldType::text:
      return false;
    case FieldType::yesno: {
      const auto* b = std::get_if<bool>(&v);
      if (!b || ordered(c.op)) return false;
      return (*b == (c.word == "yes")) == want_equal;
    }
    case FieldType::choice:
    case FieldType::checklist: {
      if (ordered(c.op)) return false;
      bool has = false;
      if (const auto* s = std::get_if<std::string>(&v)) has = to_lower(*s) == c.word;
      else if (const auto* list = std::get_if<std::vector<std::string>>(&v)) {
        has = std::any_of(list->begin(), list->end(), [&](const std::string& x) { return to_lower(x) == c.word; });
      } else {
        return false;
      }
      return has == want_equal;
    }
    case FieldType::time: {
      const auto* s = std::get_if<std::string>(&v);
      const auto t = s ? parse_clock_time(*s) : std::nullopt;
      const auto want = condition_number(c, f);
      return t && want && compare(static_cast<double>(t->count()), c.op, *want);
    }
    case FieldType::scale:
    case FieldType::likert:
    case FieldType::number:
    case FieldType::duration: {
      const auto x = numeric_value(f, v);
      const auto want = condition_number(c, f);
      return x && want && compare(*x, c.op, *want);
    }
  }
  return false;
}

bool meets(const Record& r, const Template& tmpl, const std::vector<Condition>& conditions) {
  for (const auto& c : conditions) {
    const Field* f = tmpl.find_field(c.field);
    if (!f) return false;
    const FieldValue* v = nullptr;
    for (const auto& [id, value] : r.values) {
      if (id == c.field) v = &value;
    }
    if (!v || !value_meets(c, *f, *v)) return false;
  }
  return true;
}

RuleProgress rule_progress(const AdvanceRule& rule, const Template& tmpl, const std::vector<const Record*>& practices, Instant now) {
  RuleProgress out;
  out.needed = rule.count;
  const auto counts = [&](const Record& r) {
    if (r.at > now) return false;
    if (rule.within_days && r.at <= now - std::chrono::days(*rule.within_days)) return false;
    return r.status == Status::done && meets(r, tmpl, rule.conditions);
  };
  if (rule.in_a_row) {
    // The run of qualifying practices that ends with the latest one.
    for (auto it = practices.rbegin(); it != practices.rend(); ++it) {
      if ((*it)->at > now) continue;
      if (!counts(**it)) break;
      ++out.counted;
    }
  } else {
    for (const Record* r : practices) out.counted += counts(*r) ? 1 : 0;
  }
  out.met = out.counted >= out.needed;
  return out;
}

}  // namespace hwk
