// Writing JSON: one writer that puts the commas, quotes and escapes, so no output assembles JSON by
// hand. Compact (no spaces), keys in the order written.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hwk {

/// A JSON string literal with every control character escaped, C1 controls and bidirectional
/// overrides included (as \uXXXX), so that JSON printed on a terminal is safe to read.
std::string json_string(std::string_view text);

/// Writes JSON values into a string. Outside any object or array it writes a list of values
/// separated by commas, so a part of an array can be written on its own and added with raw().
///
///     JsonWriter w;
///     w.begin_object().member("id", "c-0042").key("steps").begin_array().value(1).end_array().end_object();
///     w.str() == R"({"id":"c-0042","steps":[1]})"
class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  /// The key of the next value, inside an object.
  JsonWriter& key(std::string_view k);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(bool b);
  JsonWriter& value(std::int64_t n);
  JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(std::size_t n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& null();
  /// A value or null.
  template <typename T>
  JsonWriter& value(const std::optional<T>& v) {
    return v ? value(*v) : null();
  }
  /// JSON already written (a number formatted to its places, or values another writer made,
  /// separated by commas); nothing when `json` is empty.
  JsonWriter& raw(std::string_view json);

  /// key(k).value(v).
  template <typename T>
  JsonWriter& member(std::string_view k, const T& v) {
    return key(k).value(v);
  }
  /// An array of strings.
  JsonWriter& strings(const std::vector<std::string>& items);

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void separate();  // the comma before a value, unless it follows its key or opens its container
  std::string out_;
  std::vector<bool> first_{true};  // per open container (and the top level): nothing written in it yet
  bool after_key_ = false;
};

}  // namespace hwk
