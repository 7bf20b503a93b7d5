// Running git, for the commands that set up a client's repository: linking it into a practice as a
// submodule that follows a branch, and hooks that keep what git writes owner-only.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hwk {

namespace fs = std::filesystem;

struct GitRun {
  int status = 0;   ///< git's exit status (127: git could not be started)
  std::string out;  ///< its standard output, when captured
};

/// Runs `git -C dir ARGS…` and waits for it. Its standard output is captured when `capture`, else it
/// goes where hwk's does; its standard error goes where hwk's does (git says what went wrong better
/// than we could) unless `quiet`, and its standard input always does (a host may ask for a password).
GitRun run_git(const fs::path& dir, const std::vector<std::string>& args, bool capture = true, bool quiet = false);

/// The first line of `git -C dir ARGS…`'s output, when it succeeds; nothing otherwise. A question,
/// so git's complaints are not shown.
std::optional<std::string> git_line(const fs::path& dir, const std::vector<std::string>& args);

/// Runs `git -C dir ARGS…` and throws an Error saying `what` failed when it does.
void git_or_throw(const fs::path& dir, const std::vector<std::string>& args, const std::string& what);

/// The hooks hwk installs, which run after git wrote files to the working tree.
inline const std::vector<std::string>& owner_only_hook_names() {
  static const std::vector<std::string> names = {"post-checkout", "post-merge", "post-rewrite"};
  return names;
}

/// The hook script: every file and folder of the repository (its .git too) that others may read,
/// write or enter is made its owner's only. It touches only those, so a file left as it was keeps
/// its change time, and hwk's cache stays valid.
std::string owner_only_hook_text();

/// Whether a hook file's text is one hwk wrote (any version of it).
bool is_hwk_hook(const std::string& text);

/// What installing the hooks of one repository did.
struct HookReport {
  fs::path top;                           ///< the top of the repository's working tree
  fs::path dir;                           ///< the hooks folder
  std::vector<std::string> installed;     ///< written or brought up to date
  std::vector<std::string> foreign;       ///< left alone: a hook of someone else's is there
  std::optional<std::string> hooks_path;  ///< core.hooksPath, when set: hwk writes nothing
};

/// Installs the owner-only hooks in the repository whose working tree holds `dir`, sets its
/// core.sharedRepository to 0600 (so git writes .git owner-only), and makes its files owner-only
/// now. Throws when `dir` is not in a git repository.
HookReport install_owner_only_hooks(const fs::path& dir);

/// Makes every file and folder under `dir` that others may use its owner's only.
void make_tree_private(const fs::path& dir);

/// A client's repository linked into the practice as a submodule.
struct Submodule {
  std::string name;    ///< git's name for it (usually its path)
  std::string path;    ///< relative to the top of the practice's repository
  std::string branch;  ///< the branch it follows (.gitmodules), or empty
};

/// The submodules that .gitmodules at `top` lists.
std::vector<Submodule> list_submodules(const fs::path& top);

/// Where a linked client's folder was left by ensure_on_branch.
enum class BranchState {
  on_branch,        ///< already on its branch (or on another branch the person chose: left alone)
  moved,            ///< was detached; now on its branch, at the same commit, following the remote's
  no_branch,        ///< follows no branch: nothing to do
  diverged,         ///< detached, and its branch has commits the detached HEAD lacks: left alone
  not_checked_out,  ///< not cloned here yet ('git submodule update --init')
};

/// Makes `git submodule update` merge into the submodule's branch rather than detach it (in the
/// practice's own git config), and puts a detached submodule on its branch when that loses nothing:
/// the branch is made at HEAD, or moved forward to it, and set to follow origin's.
BranchState ensure_on_branch(const fs::path& top, const Submodule& s);

}  // namespace hwk
