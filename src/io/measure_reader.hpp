// Reading the `measure:` block of a template of kind measure (hwk-template(5), MEASURES).
#pragma once
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <vector>

#include "diag/diag.hpp"
#include "model/template.hpp"

namespace hwk {

/// Reads `node` into `t.measure`, and makes the template's fields (one scale per item, its
/// anchors the response texts or labels) and risk rules (one per critical item) from it. Every
/// problem goes to `diags` at its line and column; `t.measure` is set only when there is none.
void read_measure(const YAML::Node& node, const std::filesystem::path& path, Template& t, std::vector<Diagnostic>& diags);

/// The scale field a measure's item is recorded as.
Field measure_item_field(const MeasureDefinition& def, const MeasureItem& item);

}  // namespace hwk
