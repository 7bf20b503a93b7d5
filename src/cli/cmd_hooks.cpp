// hwk hooks: git hooks that keep what git writes owner-only, in a practice (and each client's
// repository linked into it) or in a client's own repository; and linked clients' folders put on the
// branch they follow, so a push never starts from a detached HEAD.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/git_setup.hpp"
#include "io/git.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

class HooksCommand : public Command {
 public:
  void configure(CLI::App&) override {}

  int run(Context& ctx) override {
    const Practice& practice = ctx.need_practice();
    set_up_repository(ctx, practice.root, "");
    if (practice.single_client) return exit_ok;
    const auto top = git_line(practice.root, {"rev-parse", "--show-toplevel"});
    if (!top) return exit_ok;
    for (const auto& s : list_submodules(*top)) set_up_linked_client(ctx, *top, s);
    return exit_ok;
  }
};

}  // namespace

std::unique_ptr<Command> make_hooks_command() { return std::make_unique<HooksCommand>(); }

}  // namespace hwk
