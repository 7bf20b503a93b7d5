// Fuzz target: any bytes as a WHEN (--since, --until) → the period parser, in a zone with
// daylight saving time and with each first day of the week.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cli/when_arg.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  static const hwk::Zone zone = hwk::find_zone("America/New_York");
  const hwk::Instant now = date::sys_days{date::year{2026} / 11 / 23} + std::chrono::hours(2);
  hwk::parse_when(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), now, zone, data[0] % 7);
  return 0;
}
