// Reading a client's plan.toml into a Plan, strictly, with places for every problem.
#pragma once
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "diag/diag.hpp"
#include "model/plan.hpp"

namespace hwk {

/// Parses plan TOML. Errors go to `diags`; the plan is returned when the file parsed at all, so
/// check can go on to cross-reference what was readable.
std::optional<Plan> parse_plan(std::string_view text, const std::filesystem::path& path, std::vector<Diagnostic>& diags);

/// Reads a plan file; throws Error when it is not valid.
Plan load_plan(const std::filesystem::path& path);

}  // namespace hwk
