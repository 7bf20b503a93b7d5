// An activity template: what the client is asked to do and what one record of it holds.
#pragma once
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diag.hpp"

namespace hwk {

enum class FieldType { text, scale, likert, choice, number, duration, time, checklist, yesno };

/// "text", "scale", …; and back. Nothing for an unknown name.
const char* field_type_name(FieldType t);
std::optional<FieldType> field_type_from_name(std::string_view name);
/// Every field type name, in the order they are documented.
const std::vector<std::string>& field_type_names();

/// Kinds of homework a template can be; `template_kinds()` lists them.
const std::vector<std::string>& template_kinds();

struct Field {
  std::string id;
  FieldType type = FieldType::text;
  std::string label;
  std::string prompt;
  std::string help;
  bool required = false;
  // text
  std::optional<std::size_t> min_length, max_length;
  // scale (integers) and number
  std::optional<double> min, max;
  double step = 1;
  std::map<long long, std::string> anchors;  // scale: value → label
  std::string unit;                          // number
  // likert points, choice options, checklist items
  std::vector<std::string> points;
  std::vector<std::string> options;
  bool multiple = false;
  std::vector<std::string> items;
  // duration bounds
  std::optional<std::chrono::seconds> min_duration, max_duration;
  SourceLoc loc;
};

struct Resource {
  std::string title;
  std::string url;
  std::string file;
};

struct Template {
  std::string id;
  int version = 0;
  std::string title;
  std::string kind;
  std::vector<std::string> modalities;
  std::optional<int> minutes;
  std::string summary;
  std::string rationale;
  std::vector<std::string> instructions;
  std::vector<Field> fields;
  std::vector<std::string> reflection;
  std::string success;
  std::vector<Resource> resources;
  std::vector<std::string> alternatives;
  std::filesystem::path path;  ///< the file it was read from

  const Field* find_field(std::string_view field_id) const;
};

/// Reading grade above which lint warns, unless the practice sets another.
constexpr double default_max_reading_grade = 8.0;

/// Lint warnings for a template that is valid but weaker than it should be (a scale without
/// anchor labels, no rationale, no success criterion, a field without a prompt, text that reads
/// above `max_grade`).
std::vector<Diagnostic> template_warnings(const Template& t, double max_grade = default_max_reading_grade);

}  // namespace hwk
