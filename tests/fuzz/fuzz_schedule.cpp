// Fuzz target: any bytes as a schedule phrase ("mon wed fri at 08:00") → parser and description.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "schedule/schedule.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto parsed = hwk::parse_schedule(std::string_view(reinterpret_cast<const char*>(data), size));
  if (const auto* s = std::get_if<hwk::Schedule>(&parsed)) hwk::describe_schedule(*s);
  return 0;
}
