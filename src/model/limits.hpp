// Hard limits on what hwk reads: files in a practice come from anyone's machine, so no input may
// make hwk crash, recurse without bound or exhaust memory. Each limit is far above what a person
// writes by hand or a year of real use produces; each is reported at its place with these figures.
#pragma once
#include <cstddef>

namespace hwk::limits {

/// Bytes of a template, plan, settings or other hand-written file.
inline constexpr std::size_t max_file_bytes = 1024 * 1024;
/// Bytes of one log file (a month of one writer's records for one client).
inline constexpr std::size_t max_log_file_bytes = 16 * 1024 * 1024;
/// Levels of nesting of YAML collections, and of TOML tables, dotted keys, arrays and inline tables.
inline constexpr int max_nesting_depth = 64;
/// Fields of one template.
inline constexpr std::size_t max_fields = 200;
/// Bytes of one text value (a YAML scalar, a TOML string).
inline constexpr std::size_t max_text_bytes = 64 * 1024;
/// Records in one log file.
inline constexpr std::size_t max_records_per_file = 20000;

/// The hint given with every broken limit.
inline constexpr const char* hint = "hwk-check(1) lists the limits on files; this was not written by hand or by hwk";

}  // namespace hwk::limits
