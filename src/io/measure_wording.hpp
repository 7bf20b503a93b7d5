// A practice's wording of a published measure (hwk template new ID --wording FILE): the
// publisher's texts, checked against the measure's definition and written into its template.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "model/measure.hpp"

namespace hwk {

/// The texts of one wording file, by item id and answer value.
struct MeasureWording {
  std::string source;        ///< where the wording comes from, and its licence
  std::string instructions;  ///< the publisher's instructions, or empty
  std::map<int, std::string> responses;
  std::map<std::string, std::string> items;
};

/// Reads the wording file `file` (`text` is its content) and checks it against `def`: every item
/// and every answer value exactly once, nothing else, no empty text. Throws Error holding every
/// problem, each at its line and column.
MeasureWording parse_measure_wording(std::string_view text, const std::filesystem::path& file, const MeasureDefinition& def);

/// `template_yaml`, the text of a measure's template, with the wording's texts filled in and
/// `wording: included`. Comments are not kept; a first line says where the file came from.
std::string template_with_wording(std::string_view template_yaml, const MeasureWording& wording, std::string_view made_by);

}  // namespace hwk
