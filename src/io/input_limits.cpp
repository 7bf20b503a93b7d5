// The limits of model/limits.hpp, checked on text before it reaches a parser.
#include "io/input_limits.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <vector>

#include "io/files.hpp"
#include "io/toml_util.hpp"
#include "model/limits.hpp"
#include "model/text_value.hpp"
#include "util/merge_conflicts.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

const std::string too_deep =
    "nested " + std::to_string(limits::max_nesting_depth + 1) + " levels deep; hwk reads at most " + std::to_string(limits::max_nesting_depth);
std::string too_long(std::size_t bytes) {
  return "a text value of " + std::to_string(bytes) + " bytes; hwk reads at most " + format_byte_size(limits::max_text_bytes) + " in one value";
}

// The line and column (in characters) of byte `offset`.
SourceLoc place_of(std::string_view text, std::size_t offset, const std::filesystem::path& path) {
  const std::string_view before = text.substr(0, offset);
  const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  const auto lines = std::count(before.begin(), before.end(), '\n');
  return {path, static_cast<int>(lines) + 1, static_cast<int>(utf8_length(before.substr(line_start))) + 1};
}

struct Stop {
  Diagnostic diag;
};

// Walks the events of one document and stops (throws Stop) at the first broken limit or key that
// a map has twice (yaml-cpp would silently keep one of them).
class LimitHandler : public YAML::EventHandler {
 public:
  explicit LimitHandler(const std::filesystem::path& path) : path_(path) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { node(mark, nullptr); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    throw Stop{{at(mark), Severity::error, "YAML aliases (*name) are not allowed in hwk's files", "write the value out in full where it is used"}};
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string& value) override {
    if (value.size() > limits::max_text_bytes) throw Stop{limit_diagnostic(at(mark), too_long(value.size()))};
    node(mark, &value);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { enter(mark, false); }
  void OnSequenceEnd() override { open_.pop_back(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { enter(mark, true); }
  void OnMapEnd() override { open_.pop_back(); }

 private:
  struct Collection {
    bool map;
    bool at_key = true;  // a map's next node is a key (else its value)
    std::set<std::string> keys;
  };
  SourceLoc at(const YAML::Mark& mark) const { return {path_, mark.line + 1, mark.column + 1}; }
  // One node in the innermost collection; `scalar` is its text when it is a scalar.
  void node(const YAML::Mark& mark, const std::string* scalar) {
    if (open_.empty() || !open_.back().map) return;
    Collection& c = open_.back();
    if (c.at_key && scalar && !c.keys.insert(*scalar).second) {
      throw Stop{
          {at(mark), Severity::error, "key '" + *scalar + "' appears twice in the same map", "keep one of them: YAML does not allow a key twice"}};
    }
    c.at_key = !c.at_key;
  }
  void enter(const YAML::Mark& mark, bool map) {
    node(mark, nullptr);
    if (open_.size() >= static_cast<std::size_t>(limits::max_nesting_depth)) throw Stop{limit_diagnostic(at(mark), too_deep)};
    open_.push_back({map, true, {}});
  }
  const std::filesystem::path& path_;
  std::vector<Collection> open_;
};

// The index just past the string that starts at `i` (a TOML basic or literal string, on one line
// or multi-line), or the end of the text when it is not closed.
std::size_t skip_toml_string(std::string_view s, std::size_t i) {
  const char quote = s[i];
  const bool basic = quote == '"';
  const bool multi = s.substr(i, 3) == std::string(3, quote);
  for (std::size_t j = i + (multi ? 3 : 1); j < s.size(); ++j) {
    if (basic && s[j] == '\\') {
      ++j;
    } else if (!multi && s[j] == '\n') {
      return j;
    } else if (s[j] == quote && (!multi || s.substr(j, 3) == std::string(3, quote))) {
      return j + (multi ? 3 : 1);
    }
  }
  return s.size();
}

}  // namespace

Diagnostic limit_diagnostic(SourceLoc loc, std::string message) { return {std::move(loc), Severity::error, std::move(message), limits::hint}; }

std::optional<Diagnostic> text_problem(std::string_view text, const std::filesystem::path& path) {
  if (auto conflict = find_merge_conflicts(text)) {
    return Diagnostic{{path, conflict->line, 1}, Severity::error, std::move(conflict->message), std::move(conflict->hint)};
  }
  if (const std::size_t valid = valid_utf8_prefix(text); valid < text.size()) {
    return Diagnostic{place_of(text, valid, path), Severity::error, "the text is not valid UTF-8", "save the file as UTF-8 in your editor"};
  }
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    return Diagnostic{place_of(text, nul, path), Severity::error, "the text holds a NUL byte", "is this a binary file?"};
  }
  return std::nullopt;
}

std::optional<Diagnostic> yaml_limit_problem(std::string_view yaml, const std::filesystem::path& path) {
  std::istringstream in{std::string(yaml)};
  YAML::Parser parser(in);
  LimitHandler handler(path);
  try {
    parser.HandleNextDocument(handler);
  } catch (const Stop& stop) {
    return stop.diag;
  }
  return std::nullopt;
}

std::optional<Diagnostic> toml_depth_problem(std::string_view s, const std::filesystem::path& path) {
  struct Open {
    char bracket;  // '[' an array, '{' an inline table
    int depth;     // the depth of what it holds
  };
  std::vector<Open> open;
  int header_depth = 0;  // of the last [table] header: the depth of the keys under it
  bool at_key = true;    // reading a key (or a table header), not a value
  bool in_header = false;
  int key_parts = 1;    // parts of the dotted key being read
  int value_depth = 0;  // the depth a value opened here would hold
  std::size_t line_start = 0;
  const auto base = [&] { return open.empty() ? (in_header ? 0 : header_depth) : open.back().depth; };
  const auto deeper = [&](std::size_t i, int depth) -> std::optional<Diagnostic> {
    if (depth <= limits::max_nesting_depth) return std::nullopt;
    return limit_diagnostic(place_of(s, i, path), too_deep);
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '"' || c == '\'') {
      i = skip_toml_string(s, i) - 1;
    } else if (c == '#') {
      while (i + 1 < s.size() && s[i + 1] != '\n') ++i;
    } else if (c == '\n') {
      line_start = i + 1;
      if (open.empty()) {
        at_key = true;
        in_header = false;
        key_parts = 1;
      }
    } else if (at_key) {
      if (c == '.') {
        if (auto d = deeper(i, base() + ++key_parts)) return d;
      } else if (c == '=') {
        at_key = false;
        value_depth = base() + key_parts;
      } else if (c == '[' && open.empty() && !in_header && trim(s.substr(line_start, i - line_start)).empty()) {
        in_header = true;
        if (i + 1 < s.size() && s[i + 1] == '[') ++i;
      } else if (c == ']' && in_header) {
        header_depth = key_parts;
        at_key = false;
      } else if (c == '}' && !open.empty()) {
        open.pop_back();  // an empty inline table
        at_key = false;
      }
    } else if (c == '[' || c == '{') {
      if (auto d = deeper(i, value_depth + 1)) return d;
      open.push_back({c, value_depth + 1});
      value_depth = open.back().depth;
      at_key = c == '{';
      key_parts = 1;
    } else if ((c == ']' || c == '}') && !open.empty()) {
      open.pop_back();
      value_depth = open.empty() ? 0 : open.back().depth;
    } else if (c == ',' && !open.empty()) {
      at_key = open.back().bracket == '{';
      key_parts = 1;
      value_depth = open.back().depth;
    }
  }
  return std::nullopt;
}

std::optional<Diagnostic> toml_length_problem(const toml::table& table, const std::filesystem::path& path) {
  std::vector<const toml::node*> todo{&table};
  while (!todo.empty()) {
    const toml::node* n = todo.back();
    todo.pop_back();
    if (const auto* t = n->as_table()) {
      for (const auto& [key, value] : *t) todo.push_back(&value);
    } else if (const auto* a = n->as_array()) {
      for (const auto& item : *a) todo.push_back(&item);
    } else if (const auto* str = n->as_string()) {
      if (auto problem = text_value_problem(str->get()); !problem.empty()) return limit_diagnostic(loc_of(*n, path), std::move(problem));
    }
  }
  return std::nullopt;
}

}  // namespace hwk
