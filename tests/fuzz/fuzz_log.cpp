// Fuzz target: any bytes as a log file → the log reader; every record read cleanly must be
// written back (format_record) as text that reads back as the same record.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/log_format.hpp"
#include "io/log_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<hwk::Diagnostic> diags;
  const auto records = hwk::parse_log(std::string_view(reinterpret_cast<const char*>(data), size), "2026-11.testwrtr.toml", diags);
  const hwk::Zone utc = hwk::utc_zone();
  for (const auto& r : records) {
    const std::string text = hwk::format_record(r, utc);
    std::vector<hwk::Diagnostic> again;
    const auto back = hwk::parse_log(text, "again.toml", again);
    if (!again.empty() || back.size() != 1 || hwk::format_record(back[0], utc) != text) std::abort();
  }
  return 0;
}
