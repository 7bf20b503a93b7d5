// Making what holds a practice on disk: the practice itself (hwk init), a client's folder
// (hwk client add and link), a template of the practice's own (hwk template new).
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

#include "io/practice.hpp"

namespace hwk {

/// Throws the Error of `hwk init` when `root` holds a practice already (a hwk.toml) or is a
/// client's own repository (a plan.toml).
void refuse_existing_practice(const std::filesystem::path& root);

/// Makes the practice at `root` (and `root` itself when missing), each folder 0700 and each file
/// 0600: templates/ and clients/ (each with a .gitkeep), the lines of .gitignore and
/// .gitattributes hwk needs (added to files that are there already), and hwk.toml with
/// `timezone` as the default time zone of new clients. Throws, before anything is written, when
/// templates or clients is there and is not a directory. From here on, files are opened confined
/// to `root` (io/confine.hpp).
void create_practice(const std::filesystem::path& root, const std::string& timezone);

/// What is at a client's folder before one is made or linked there.
enum class ClientFolder {
  missing,       ///< nothing (or nothing that can be seen)
  repository,    ///< a git repository of its own (a .git in it)
  without_plan,  ///< something else, with no plan.toml file in it
  with_plan,     ///< a folder with its plan.toml
};
ClientFolder client_folder_state(const ClientDir& dir);

/// Whether the client's plan.toml is a file (following links).
bool has_plan_file(const ClientDir& dir);

/// Makes the folder of a new client of `practice`, with templates/ and log/ (each with a
/// .gitkeep), a .gitignore and `plan_text` as its plan.toml. It is built in a hidden folder
/// beside it and renamed into place, so a failure leaves no half client; clients/ is made when
/// missing.
void create_client_folder(const Practice& practice, const ClientDir& dir, std::string_view plan_text);

/// The client's folder as a path relative to the repository at `top`, links in both resolved:
/// how git names it there.
std::string client_path_in(const std::filesystem::path& top, const ClientDir& dir);

/// Creates the template file `file` in the practice's templates/ (made 0700 when missing) with
/// `text` and mode 0600; fails if it exists.
void create_practice_template(const Practice& practice, const std::filesystem::path& file, std::string_view text);

}  // namespace hwk
