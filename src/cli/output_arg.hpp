// -o FILE for the commands that write a report or an export to a file instead of standard output.
#pragma once
#include <filesystem>
#include <string>

#include "cli/context.hpp"

namespace hwk {

/// The file `-o` names, taken relative to the working directory (after -C). Throws when it exists
/// and `force` is not given, or its directory does not exist, so a command can refuse before it
/// does any work. Empty when `output` is empty (standard output).
std::filesystem::path output_target(const Context& ctx, const std::string& output, bool force);

/// Writes `text` to `target` as one step (a temporary file renamed over it, mode 0600, under the
/// directory's lock), checking again under the lock that it does not exist unless `force`.
void write_output_file(const std::filesystem::path& target, const std::string& text, bool force);

}  // namespace hwk
