// Fuzz target: any bytes as what a person types for a field (hwk log --set FIELD=VALUE or the
// prompt): the first byte picks one of the fields below ('0' the first, '9' the last), the rest
// is the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/template_reader.hpp"
#include "model/field_value.hpp"

namespace {

constexpr std::string_view fields_yaml = R"(id: every-field
version: 1
title: Every field
kind: self-monitoring
fields:
  - {id: note, type: text, min_length: 2, max_length: 40}
  - {id: mood, type: scale, min: 0, max: 100, step: 5, anchors: {0: none, 100: worst}}
  - {id: agree, type: likert, points: [never, sometimes, often, always]}
  - {id: where, type: choice, options: [home, work, outside]}
  - {id: feelings, type: choice, multiple: true, options: [sad, anxious, calm]}
  - {id: steps, type: checklist, items: [breathe, name it, wait]}
  - {id: minutes, type: number, min: -5, max: 1000.5, step: 0.5, unit: min}
  - {id: length, type: duration, min: 1m, max: 3h}
  - {id: when, type: time}
  - {id: done, type: yesno}
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const hwk::Template tmpl = [] {
    std::vector<hwk::Diagnostic> diags;
    auto t = hwk::parse_template(fields_yaml, "every-field.yaml", diags);
    if (!t || !diags.empty()) std::abort();
    return *t;
  }();
  if (size < 1) return 0;
  const hwk::Field& field = tmpl.fields[static_cast<unsigned char>(data[0] - '0') % tmpl.fields.size()];
  std::string error;
  const auto value = hwk::parse_field_input(field, std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), error);
  if (value) {
    // What the parser accepts, the file checks accept too.
    if (!hwk::field_value_problem(field, *value).empty()) std::abort();
    hwk::display_field_value(field, *value);
  }
  return 0;
}
