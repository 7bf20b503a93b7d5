// Loading YAML with hwk's limits, and reading one YAML map strictly: each key read is remembered, so that finish() reports every key
// nobody asked for; values of the wrong type are errors at their line and column.
#pragma once
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diag.hpp"
#include "util/strings.hpp"

namespace hwk {

/// Parses `yaml` after checking it is text within hwk's limits; nothing (and the problem in
/// `diags`, at its line and column) when it is not valid YAML.
std::optional<YAML::Node> load_yaml(std::string_view yaml, const std::filesystem::path& path, std::vector<Diagnostic>& diags);

/// Reads the keys of one map, named `what` in messages ("the template", "the field").
class MapReader {
 public:
  MapReader(const YAML::Node& map, const std::filesystem::path& path, std::vector<Diagnostic>& diags, std::string what)
      : map_(map), path_(path), diags_(diags), what_(std::move(what)) {}

  SourceLoc loc(const YAML::Node& n) const { return {path_, n.Mark().line + 1, n.Mark().column + 1}; }
  SourceLoc loc() const { return loc(map_); }
  const std::filesystem::path& path() const { return path_; }
  std::vector<Diagnostic>& diagnostics() { return diags_; }
  void error(const YAML::Node& at, std::string message, std::string hint = {}) {
    diags_.push_back({loc(at), Severity::error, std::move(message), std::move(hint)});
  }

  YAML::Node get(const std::string& key, bool required = false) {
    seen_.insert(key);
    YAML::Node n = map_[key];
    if (!n.IsDefined() || n.IsNull()) {
      if (required) diags_.push_back({loc(), Severity::error, what_ + " has no '" + key + "'", {}});
      return YAML::Node(YAML::NodeType::Undefined);
    }
    return n;
  }

  std::optional<std::string> string(const std::string& key, bool required = false) {
    const YAML::Node n = get(key, required);
    if (!n.IsDefined()) return std::nullopt;
    if (!n.IsScalar()) {
      error(n, "'" + key + "' must be text");
      return std::nullopt;
    }
    return n.Scalar();
  }

  std::optional<double> number(const std::string& key) {
    const YAML::Node n = get(key);
    if (!n.IsDefined()) return std::nullopt;
    std::optional<double> v;
    if (n.IsScalar()) v = parse_number(n.Scalar());
    if (!v) error(n, "'" + key + "' must be a number");
    return v;
  }

  std::optional<long long> integer(const std::string& key, bool required = false, long long lo = 0, long long hi = 1000000) {
    const YAML::Node n = get(key, required);
    if (!n.IsDefined()) return std::nullopt;
    std::optional<long long> v;
    if (n.IsScalar()) v = parse_integer(n.Scalar());
    if (!v || *v < lo || *v > hi) {
      error(n, "'" + key + "' must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
      return std::nullopt;
    }
    return v;
  }

  std::optional<bool> boolean(const std::string& key) {
    const YAML::Node n = get(key);
    if (!n.IsDefined()) return std::nullopt;
    const std::string s = n.IsScalar() ? to_lower(n.Scalar()) : "";
    if (s == "true" || s == "yes") return true;
    if (s == "false" || s == "no") return false;
    error(n, "'" + key + "' must be true or false");
    return std::nullopt;
  }

  std::vector<std::string> strings(const std::string& key, bool required = false) {
    const YAML::Node n = get(key, required);
    std::vector<std::string> out;
    if (!n.IsDefined()) return out;
    if (!n.IsSequence()) {
      error(n, "'" + key + "' must be a list");
      return out;
    }
    for (const auto& item : n) {
      if (!item.IsScalar() || trim(item.Scalar()).empty()) {
        error(item, "each item of '" + key + "' must be non-empty text");
        continue;
      }
      out.push_back(item.Scalar());
    }
    return out;
  }

  void finish() {
    if (!map_.IsMap()) return;
    for (const auto& kv : map_) {
      const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "?";
      if (!seen_.count(key)) {
        std::vector<std::string> known(seen_.begin(), seen_.end());
        std::string hint;
        if (auto m = closest_match(key, known)) hint = "did you mean '" + *m + "'?";
        diags_.push_back({loc(kv.first), Severity::error, "unknown key '" + key + "' in " + what_, hint});
      }
    }
  }

 private:
  const YAML::Node& map_;
  const std::filesystem::path& path_;
  std::vector<Diagnostic>& diags_;
  std::string what_;
  std::set<std::string> seen_;
};

}  // namespace hwk
