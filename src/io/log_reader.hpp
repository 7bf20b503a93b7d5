// Reading a client's log files back into records.
#pragma once
#include <filesystem>
#include <string_view>
#include <vector>

#include "diag/diag.hpp"
#include "io/practice.hpp"
#include "model/record.hpp"

namespace hwk {

/// Parses one log file's text; bad records are reported in `diags` and left out.
std::vector<Record> parse_log(std::string_view text, const std::filesystem::path& path, std::vector<Diagnostic>& diags);

/// The client's log files (named YYYY-MM.WRITER.toml), sorted by name. Other files in log/ are
/// reported as warnings when `diags` is given; a log/ that cannot be listed (a link leading out of
/// the practice) is an error there, or thrown without `diags`.
std::vector<std::filesystem::path> client_log_files(const ClientDir& client, std::vector<Diagnostic>* diags = nullptr);

/// Every record of every log file of the client, in file order.
std::vector<Record> read_client_log(const ClientDir& client, std::vector<Diagnostic>& diags);

}  // namespace hwk
