// Fuzz target: any bytes as an advance rule and as conditions → parsers and descriptions.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/practice_rule.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto rule = hwk::parse_advance_rule(text);
  if (const auto* r = std::get_if<hwk::AdvanceRule>(&rule)) hwk::describe_rule(*r);
  const auto conditions = hwk::parse_conditions(text);
  if (const auto* c = std::get_if<std::vector<hwk::Condition>>(&conditions)) hwk::describe_conditions(*c);
  return 0;
}
