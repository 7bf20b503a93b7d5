// Setting up the git side of a practice or a client's repository, and saying what was done: shared by
// hwk hooks and hwk client link.
#pragma once
#include <filesystem>
#include <string>

#include "cli/context.hpp"
#include "io/git.hpp"

namespace hwk {

/// Installs the owner-only hooks of the repository holding `dir` and makes its files owner-only;
/// says so on standard output ("hooks: post-checkout, post-merge, post-rewrite in .git/hooks"),
/// naming the repository as `label` when it is not the practice's own. Warns of a hook of someone
/// else's left alone, and of core.hooksPath.
void set_up_repository(Context& ctx, const std::filesystem::path& dir, const std::string& label);

/// The same for a client's repository linked as submodule `s` of the repository at `top`, and puts
/// its folder on its branch (ensure_on_branch), saying where it is.
void set_up_linked_client(Context& ctx, const std::filesystem::path& top, const Submodule& s);

}  // namespace hwk
