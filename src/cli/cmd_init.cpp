// hwk init [DIR]: create a practice repository.
#include <ostream>

#include "cli/commands.hpp"
#include "io/confine.hpp"
#include "io/files.hpp"
#include "io/settings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

const char* const gitignore_text =
    "# Per-machine state of hwk: writer id, reminder ledger, drafts. Never shared.\n"
    ".hwk/\n"
    "# Temporary files of an interrupted write.\n"
    ".hwk-tmp-*\n";

const char* const gitattributes_text =
    "# Plans, templates and logs are plain text with Unix line endings on every machine.\n"
    "# Logs need no merge driver (no merge=union): each clone appends only to its own files,\n"
    "# one per month and writer id, so git never has to merge two versions of a log.\n"
    "*.toml text eol=lf\n"
    "*.yaml text eol=lf\n";

class InitCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("DIR", dir_, "Directory of the new practice (default: the current directory)");
    app.add_option("--timezone", timezone_, "Default time zone for new clients (default: the machine's)")
        ->type_name("TZ");
  }

  int run(Context& ctx) override {
    std::filesystem::path root = (ctx.cwd / dir_).lexically_normal();
    if (root.filename().empty()) root = root.parent_path();
    std::error_code ec;
    if (std::filesystem::exists(root / "hwk.toml", ec)) {
      throw Error(SourceLoc{root / "hwk.toml"}, "a practice already exists here; not overwriting it");
    }
    if (std::filesystem::exists(root / "plan.toml", ec)) {
      throw Error(SourceLoc{root / "plan.toml"}, "this is a client's repository; not making it a practice");
    }
    std::string zone = timezone_.empty() ? ctx.local_zone()->name() : timezone_;
    if (!find_zone(zone)) throw usage_error("unknown time zone '" + zone + "'", "use an IANA name such as Europe/Berlin");
    for (const char* name : {"templates", "clients"}) {
      if (std::filesystem::exists(root / name, ec) && !std::filesystem::is_directory(root / name, ec)) {
        throw Error(SourceLoc{root / name}, "exists and is not a directory; not overwriting it");
      }
    }
    confine_to_practice(root);
    make_private_dirs(root);
    make_private_dirs(root / "templates");
    make_private_dirs(root / "clients");
    for (const char* keep : {"templates/.gitkeep", "clients/.gitkeep"}) {
      if (!std::filesystem::exists(root / keep, ec)) create_file_exclusive(root / keep, "");
    }
    add_missing_lines(root / ".gitignore", gitignore_text);
    add_missing_lines(root / ".gitattributes", gitattributes_text);
    create_file_exclusive(root / "hwk.toml", new_practice_settings_text(zone));
    *ctx.out << "initialized an empty hwk practice in " << terminal_safe(root.string()) << "\n";
    return exit_ok;
  }

 private:
  // Creates `path` with `text`, or adds to an existing file only the lines it lacks.
  static void add_missing_lines(const std::filesystem::path& path, const std::string& text) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      create_file_exclusive(path, text);
      return;
    }
    const std::string existing = read_file(path);
    std::string missing;
    std::size_t start = 0;
    while (start < text.size()) {
      const auto end = text.find('\n', start);
      const std::string line = text.substr(start, end - start);
      start = end + 1;
      if (line.empty() || line[0] == '#') continue;
      if (("\n" + existing + "\n").find("\n" + line + "\n") == std::string::npos) missing += line + "\n";
    }
    if (!missing.empty()) append_file_atomic(path, "", missing);
  }

  std::string dir_ = ".";
  std::string timezone_;
};

}  // namespace

std::unique_ptr<Command> make_init_command() { return std::make_unique<InitCommand>(); }

}  // namespace hwk
