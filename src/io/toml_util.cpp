// toml++ helpers.
#include "io/toml_util.hpp"

#include <cstdio>

#include "io/input_limits.hpp"
#include "model/ids.hpp"
#include "util/term_safe.hpp"

namespace hwk {

toml::table parse_toml(std::string_view text, const std::filesystem::path& path) {
  if (auto problem = text_problem(text, path)) throw Error(std::move(*problem));
  if (auto problem = toml_depth_problem(text, path)) throw Error(std::move(*problem));
  try {
    auto table = toml::parse(text, path.string());
    if (auto problem = toml_length_problem(table, path)) throw Error(std::move(*problem));
    return table;
  } catch (const toml::parse_error& e) {
    const auto& b = e.source().begin;
    std::string message(e.description());
    if (!message.empty() && message.back() == '.') message.pop_back();
    if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z' && (message.size() < 2 || message[1] > 'Z')) {
      message[0] = static_cast<char>(message[0] - 'A' + 'a');
    }
    throw Error(SourceLoc{path, static_cast<int>(b.line), static_cast<int>(b.column)}, "invalid TOML: " + message);
  }
}

SourceLoc loc_of(const toml::node& node, const std::filesystem::path& path) {
  const auto& b = node.source().begin;
  return SourceLoc{path, static_cast<int>(b.line), static_cast<int>(b.column)};
}

SourceLoc loc_of(const toml::key& key, const std::filesystem::path& path) {
  const auto& b = key.source().begin;
  return SourceLoc{path, static_cast<int>(b.line), static_cast<int>(b.column)};
}

std::string toml_type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    default:
      return "nothing";
  }
}

std::string toml_quote(std::string_view text) {
  const bool multiline = text.find('\n') != std::string_view::npos;
  std::string out = multiline ? "\"\"\"\n" : "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += multiline ? "\n" : "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += multiline ? "\"\"\"" : "\"";
  return out;
}

std::string toml_string_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += toml_quote(items[i]);
  }
  return out + "]";
}

std::string toml_key(std::string_view key) {
  bool bare = !key.empty();
  for (char c : key) {
    bare = bare && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
  }
  return bare ? std::string(key) : toml_quote(key);
}

TableReader::TableReader(const toml::table& table, std::filesystem::path path, std::vector<Diagnostic>& diags, std::string what)
    : table_(table), path_(std::move(path)), diags_(diags), what_(std::move(what)) {}

SourceLoc TableReader::where() const { return loc_of(table_, path_); }

SourceLoc TableReader::where(std::string_view key) const {
  if (const auto* n = table_.get(key)) return loc_of(*n, path_);
  return where();
}

void TableReader::error(const toml::node& at, std::string message, std::string hint) {
  diags_.push_back({loc_of(at, path_), Severity::error, std::move(message), std::move(hint)});
}

const toml::node* TableReader::node(std::string_view key) {
  seen_.insert(std::string(key));
  return table_.get(key);
}

const toml::node* TableReader::typed(std::string_view key, bool required, bool ok, const char* expected, const toml::node* n) {
  if (!n) {
    if (required) diags_.push_back({where(), Severity::error, what_ + " has no '" + std::string(key) + "'", {}});
    return nullptr;
  }
  if (!ok) {
    error(*n, "'" + std::string(key) + "' must be " + expected + ", not " + toml_type_name(*n));
    return nullptr;
  }
  return n;
}

std::optional<std::string> TableReader::string(std::string_view key, bool required) {
  const auto* n = node(key);
  if (!typed(key, required, n && n->is_string(), "a string", n)) return std::nullopt;
  return n->as_string()->get();
}

std::optional<long long> TableReader::integer(std::string_view key, bool required) {
  const auto* n = node(key);
  if (!typed(key, required, n && n->is_integer(), "an integer", n)) return std::nullopt;
  return static_cast<long long>(n->as_integer()->get());
}

std::optional<bool> TableReader::boolean(std::string_view key) {
  const auto* n = node(key);
  if (!typed(key, false, n && n->is_boolean(), "true or false", n)) return std::nullopt;
  return n->as_boolean()->get();
}

std::optional<std::vector<std::string>> TableReader::strings(std::string_view key) {
  const auto* n = node(key);
  if (!typed(key, false, n && n->is_array(), "an array of strings", n)) return std::nullopt;
  std::vector<std::string> out;
  for (const auto& item : *n->as_array()) {
    if (!item.is_string()) {
      error(item, "'" + std::string(key) + "' must hold only strings, not " + toml_type_name(item));
      return std::nullopt;
    }
    out.push_back(item.as_string()->get());
  }
  return out;
}

std::optional<date::year_month_day> TableReader::date(std::string_view key) {
  const auto* n = node(key);
  if (!typed(key, false, n && (n->is_date() || n->is_string()), "a date (YYYY-MM-DD)", n)) return std::nullopt;
  if (n->is_string()) {
    if (auto d = parse_date(n->as_string()->get())) return d;
    error(*n, "'" + std::string(key) + "' is not a date: " + quoted_value(n->as_string()->get()), "write it as YYYY-MM-DD");
    return std::nullopt;
  }
  const auto d = n->as_date()->get();
  return date::year_month_day{date::year{d.year}, date::month{d.month}, date::day{d.day}};
}

const toml::array* TableReader::array(std::string_view key) {
  const auto* n = node(key);
  if (!typed(key, false, n && n->is_array(), "an array", n)) return nullptr;
  return n->as_array();
}

const toml::table* TableReader::table(std::string_view key) {
  const auto* n = node(key);
  if (!typed(key, false, n && n->is_table(), "a table", n)) return nullptr;
  return n->as_table();
}

void TableReader::finish(bool unknown_is_error) {
  for (const auto& [key, value] : table_) {
    if (seen_.count(key.str())) continue;
    diags_.push_back(
        {loc_of(key, path_), unknown_is_error ? Severity::error : Severity::warning, "unknown key " + quoted_value(key.str()) + " in " + what_, {}});
  }
}

}  // namespace hwk
