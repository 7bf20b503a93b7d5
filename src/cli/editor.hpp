// Running the user's editor on a file, attached to the terminal.
#pragma once
#include <filesystem>
#include <string>

namespace hwk {

/// Runs `editor` (a shell command such as "vim" or "code --wait") on `file` and waits for it.
/// Throws Error when it cannot be started or exits with a failure.
void run_editor(const std::string& editor, const std::filesystem::path& file);

}  // namespace hwk
