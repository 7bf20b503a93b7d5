// toml++ at the io boundary: parsing into diagnostics, typed key access with places, quoting.
#pragma once
#include <toml++/toml.h>

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diag.hpp"
#include "util/time.hpp"

namespace hwk {

/// Parses TOML text; a syntax error becomes an Error at its line and column.
toml::table parse_toml(std::string_view text, const std::filesystem::path& path);

SourceLoc loc_of(const toml::node& node, const std::filesystem::path& path);
SourceLoc loc_of(const toml::key& key, const std::filesystem::path& path);

/// "string", "integer", "array", … for messages.
std::string toml_type_name(const toml::node& node);

/// A TOML basic string (or a multi-line basic string when the text has newlines) that reads back
/// as exactly `text`.
std::string toml_quote(std::string_view text);
std::string toml_string_array(const std::vector<std::string>& items);
/// A bare key when `key` allows one, else a quoted key.
std::string toml_key(std::string_view key);

/// Reads the keys of one table, each with the type it must have, reporting wrong types, missing
/// required keys and (on finish) unknown keys as diagnostics at their places.
class TableReader {
 public:
  TableReader(const toml::table& table, std::filesystem::path path, std::vector<Diagnostic>& diags, std::string what);

  std::optional<std::string> string(std::string_view key, bool required = false);
  std::optional<long long> integer(std::string_view key, bool required = false);
  std::optional<bool> boolean(std::string_view key);
  std::optional<std::vector<std::string>> strings(std::string_view key);
  std::optional<date::year_month_day> date(std::string_view key);
  const toml::node* node(std::string_view key);
  const toml::array* array(std::string_view key);
  const toml::table* table(std::string_view key);
  /// Reports every key not read as unknown (a warning when `unknown_is_error` is false).
  void finish(bool unknown_is_error = true);

  void error(const toml::node& at, std::string message, std::string hint = {});
  SourceLoc where(std::string_view key) const;
  SourceLoc where() const;

 private:
  const toml::node* typed(std::string_view key, bool required, bool ok, const char* expected, const toml::node* n);
  const toml::table& table_;
  std::filesystem::path path_;
  std::vector<Diagnostic>& diags_;
  std::string what_;
  std::set<std::string, std::less<>> seen_;
};

}  // namespace hwk
