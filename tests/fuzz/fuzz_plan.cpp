// Fuzz target: any bytes as a plan.toml → the plan reader (schedules and rules included).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/plan_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<hwk::Diagnostic> diags;
  hwk::parse_plan(std::string_view(reinterpret_cast<const char*>(data), size), "plan.toml", diags);
  return 0;
}
