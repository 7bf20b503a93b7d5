// hwk init [DIR]: create a practice repository.
#include <ostream>

#include "cli/commands.hpp"
#include "io/practice_setup.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

class InitCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("DIR", dir_, "Directory of the new practice (default: the current directory)");
    app.add_option("--timezone", timezone_, "Default time zone for new clients (default: the machine's)")->type_name("TZ");
  }

  int run(Context& ctx) override {
    std::filesystem::path root = (ctx.cwd / dir_).lexically_normal();
    if (root.filename().empty()) root = root.parent_path();
    refuse_existing_practice(root);
    std::string zone = timezone_.empty() ? ctx.local_zone()->name() : timezone_;
    if (!find_zone(zone)) throw usage_error("unknown time zone '" + zone + "'", "use an IANA name such as Europe/Berlin");
    create_practice(root, zone);
    *ctx.out << "initialized an empty hwk practice in " << terminal_safe(root.string()) << "\n";
    return exit_ok;
  }

 private:
  std::string dir_ = ".";
  std::string timezone_;
};

}  // namespace

std::unique_ptr<Command> make_init_command() { return std::make_unique<InitCommand>(); }

}  // namespace hwk
