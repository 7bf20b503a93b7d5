// How records are written: one [[records]] table each, stable key order, any TOML parser reads it.
#pragma once
#include <string>

#include "model/record.hpp"
#include "util/time.hpp"

namespace hwk {

/// "2026-11.k3m9q2xa.toml": the month (in the client's zone) and the writer.
std::string log_file_name(date::year_month month, const std::string& writer);
/// Parses a log file name; nothing for any other name.
std::optional<std::pair<date::year_month, std::string>> parse_log_file_name(std::string_view name);

/// The comment that opens a new log file.
std::string log_file_header(const std::string& client, date::year_month month, const std::string& writer);

/// A field value as a TOML value ("text", 7, 2.5, true, ["a", "b"]).
std::string toml_field_value(const FieldValue& v);

/// The record as TOML text, starting with a blank line and "[[records]]"; times in `zone`.
std::string format_record(const Record& r, Zone zone);

}  // namespace hwk
