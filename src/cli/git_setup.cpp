// The git side of a practice or a client's repository, said in words.
#include "cli/git_setup.hpp"

#include <ostream>

#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

// The path as the person would type it from the repository's top, else as given.
std::string shown(const std::filesystem::path& p, const std::filesystem::path& top) {
  std::error_code ec;
  const auto rel = std::filesystem::relative(p, top, ec);
  return terminal_safe((ec || rel.empty() || rel.native().rfind("..", 0) == 0 ? p : rel).string());
}

}  // namespace

void set_up_repository(Context& ctx, const std::filesystem::path& dir, const std::string& label) {
  const HookReport r = install_owner_only_hooks(dir);
  const std::string who = label.empty() ? "" : terminal_safe(label) + ": ";
  if (r.hooks_path) {
    ctx.report({SourceLoc{dir}, Severity::warning, "core.hooksPath is set to '" + *r.hooks_path + "'; hwk's hooks were not installed",
                "add this line to that folder's post-checkout, post-merge and post-rewrite hooks: "
                "find \"$(git rev-parse --show-toplevel)\" -perm /077 ! -type l -exec chmod go-rwx {} +"});
  }
  for (const auto& name : r.foreign) {
    ctx.report({SourceLoc{r.dir / name}, Severity::warning, "a hook that is not hwk's is there; left as it is",
                "add this line to it: find \"$(git rev-parse --show-toplevel)\" -perm /077 ! -type l -exec chmod go-rwx {} +"});
  }
  if (!r.installed.empty()) {
    *ctx.out << who << "files kept owner-only by the hooks " << join(r.installed, ", ") << " in "
             << shown(r.dir, ctx.practice ? ctx.practice->root : r.top) << "\n";
  }
}

void set_up_linked_client(Context& ctx, const std::filesystem::path& top, const Submodule& s) {
  const std::filesystem::path dir = top / s.path;
  const std::string where = terminal_safe(s.path);
  const BranchState state = ensure_on_branch(top, s);
  if (state == BranchState::not_checked_out) {
    *ctx.out << where << ": not cloned here yet; run 'git submodule update --init " << where << "', then 'hwk hooks' again\n";
    return;
  }
  set_up_repository(ctx, dir, s.path);
  const std::string branch = terminal_safe(s.branch);
  switch (state) {
    case BranchState::on_branch:
      break;
    case BranchState::moved:
      *ctx.out << where << ": put on branch " << branch << ", which 'git submodule update --remote' merges into\n";
      break;
    case BranchState::no_branch:
      ctx.report({SourceLoc{top / ".gitmodules"}, Severity::warning, "'" + s.path + "' follows no branch, so git leaves it detached",
                  "run: git config -f .gitmodules submodule." + s.name + ".branch main; then 'hwk hooks' again"});
      break;
    case BranchState::diverged:
      ctx.report({SourceLoc{dir}, Severity::warning,
                  "'" + s.path + "' is detached and its branch " + s.branch + " has commits it lacks; left as it is",
                  "run: git -C " + s.path + " checkout " + s.branch + " && git -C " + s.path + " merge HEAD@{1}"});
      break;
    case BranchState::not_checked_out:
      break;
  }
}

}  // namespace hwk
