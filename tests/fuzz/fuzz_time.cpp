// Fuzz target: any bytes as a time, date, clock time, duration or zone name → their parsers.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/duration.hpp"
#include "util/time.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const hwk::Zone zone = hwk::find_zone("Europe/Berlin");
  const hwk::Instant today = date::sys_days{date::year{2026} / 3 / 29};
  std::string error;
  if (const auto t = hwk::parse_time_point(text, zone, today, error)) hwk::format_rfc3339(*t, zone);
  if (const auto d = hwk::parse_date(text)) hwk::format_date(*d);
  if (const auto m = hwk::parse_clock_time(text)) hwk::format_clock_time(*m);
  if (const auto d = hwk::parse_duration(text)) hwk::format_duration(*d);
  if (const auto z = hwk::find_zone(text)) hwk::to_local(today, z);
  return 0;
}
