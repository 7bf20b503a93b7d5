// Fuzz target: any bytes as a measure's wording file → checked against a 9-item measure, and when
// accepted, written into the measure's template and read back.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "io/measure_wording.hpp"
#include "io/template_reader.hpp"

namespace {

// The shape of templates/phq-9.yaml, without its prose.
const std::string measure_yaml =
    "id: m\nversion: 1\ntitle: M\nkind: measure\n"
    "measure:\n"
    "  wording: publisher\n"
    "  responses: [{value: 0, label: a}, {value: 1, label: b}, {value: 2, label: c}, {value: 3, label: d}]\n"
    "  items: [{id: item1, label: a}, {id: item2, label: b}, {id: item3, label: c}, {id: item4, label: d}, {id: item5, label: e},\n"
    "          {id: item6, label: f}, {id: item7, label: g}, {id: item8, label: h}, {id: item9, label: i}]\n"
    "  missing: {rule: prorate, max_missing: 2, source: s}\n"
    "  bands: [{from: 0, label: low}, {from: 10, label: high}]\n"
    "  reliable_change: {points: 6, source: s}\n"
    "  cut_off: {score: 10, source: s}\n"
    "  critical: [{item: item9, above: 0}]\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const hwk::MeasureDefinition def = [] {
    std::vector<hwk::Diagnostic> diags;
    return *hwk::parse_template(measure_yaml, "m.yaml", diags)->measure;
  }();
  try {
    const auto wording = hwk::parse_measure_wording(std::string_view(reinterpret_cast<const char*>(data), size), "w.yaml", def);
    std::vector<hwk::Diagnostic> diags;
    hwk::parse_template(hwk::template_with_wording(measure_yaml, wording, "fuzz"), "m.yaml", diags);
  } catch (const hwk::Error&) {
  }
  return 0;
}
