// hwk check [PATH…]: validate templates, plans and logs and their cross-references.
#include <ostream>

#include "check/check.hpp"
#include "cli/commands.hpp"
#include "io/files.hpp"

namespace hwk {
namespace {

class CheckCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("PATH", paths_, "Only report problems in these files or directories");
    app.add_flag("-q,--quiet", quiet_, "Print nothing; only set the exit status");
  }

  int run(Context& ctx) override {
    const Practice& practice = ctx.need_practice();
    CheckScope scope;
    for (const auto& p : paths_) {
      const auto abs = std::filesystem::weakly_canonical(ctx.cwd / p);
      if (!path_exists(abs)) throw usage_error("no such file or directory: '" + p + "'");
      scope.paths.push_back(abs);
    }
    const auto diags = check_practice(practice, scope);
    if (!quiet_) {
      for (const auto& d : diags) ctx.report(d);
    }
    return has_errors(diags) ? exit_invalid : exit_ok;
  }

 private:
  std::vector<std::string> paths_;
  bool quiet_ = false;
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace hwk
