// Reading activity templates from YAML, with every problem reported at its line and column.
#pragma once
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "diag/diag.hpp"
#include "model/template.hpp"

namespace hwk {

/// Parses template YAML; errors (and nothing returned when any) go to `diags`.
std::optional<Template> parse_template(std::string_view yaml, const std::filesystem::path& path, std::vector<Diagnostic>& diags);

/// The same, remembering valid templates by their text for the rest of the process: a practice's
/// clients mostly hold identical copies, and YAML parsing dominates a report over many clients.
std::optional<Template> parse_template_cached(const std::string& yaml, const std::filesystem::path& path, std::vector<Diagnostic>& diags);

/// Reads and parses a template file; throws Error when it is not valid.
Template load_template(const std::filesystem::path& path);

}  // namespace hwk
