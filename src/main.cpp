// hwk's entry point: global options, the command table, the clock read once, errors → exit status.
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "cli/commands.hpp"
#include "cli/parse_errors.hpp"
#include "cli/terminal.hpp"
#include "io/confine.hpp"
#include "model/template.hpp"
#include "util/strings.hpp"

namespace {

using namespace hwk;

struct GlobalOptions {
  std::vector<std::string> directories;
  std::string color = "";
  std::string now;
};

bool color_wanted(const std::string& setting, int fd) {
  if (setting == "always") return true;
  if (setting == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return ::isatty(fd);
}

std::string env_or(const char* name, std::string fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : fallback;
}

std::filesystem::path user_config_file() {
  std::string base = env_or("XDG_CONFIG_HOME", "");
  if (base.empty()) {
    const std::string home = env_or("HOME", "");
    if (home.empty()) return {};
    base = home + "/.config";
  }
  return std::filesystem::path(base) / "hwk" / "config.toml";
}

std::filesystem::path executable_path() {
  std::error_code ec;
  auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : p;
}

// A time with its own offset (as cron jobs and tests give HWK_NOW) needs no zone to read, and
// so need not wait for the zone database.
Instant read_clock(const std::string& fixed, const Context& ctx) {
  const std::string text = !fixed.empty() ? fixed : env_or("HWK_NOW", "");
  if (text.empty()) return date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  std::string error;
  const auto t = parse_time_point(text, has_utc_offset(text) ? nullptr : ctx.local_zone(), Instant{}, error);
  if (!t || text.size() < 16) {
    throw usage_error("invalid --now/HWK_NOW '" + text + "'" + (error.empty() ? "" : ": " + error),
                      "use RFC 3339 (2026-11-23T20:15:00-05:00) or local time (2026-11-23T20:15)");
  }
  return *t;
}

// What is wrong before the command word: an unknown global option, or a word that names no command.
std::optional<std::string> unknown_command(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-C" || arg == "--color" || arg == "--now") {
      ++i;
      continue;
    }
    if (arg.starts_with("-")) {
      if (arg == "--help" || arg == "-h" || arg == "--version") return std::nullopt;
      if (arg.starts_with("-C") || arg.starts_with("--color=") || arg.starts_with("--now=")) continue;
      return "option '" + std::string(arg) + "'";
    }
    for (const auto& spec : command_table()) {
      if (arg == spec.name) return std::nullopt;
    }
    return "command '" + std::string(arg) + "'";
  }
  return std::nullopt;
}

int run(int argc, char** argv) {
  std::jthread zones(load_zone_database);  // joined on return, long done by then for any report
  CLI::App app{
      "hwk keeps therapy homework in plain text: activity templates, client plans, and\n"
      "append-only logs of practice and reflections.",
      "hwk"};
  app.formatter(help_formatter());
  app.set_version_flag("--version", "hwk " HWK_VERSION, "Print the version and exit");
  app.require_subcommand(1);
  app.footer("Run 'hwk COMMAND --help' for a command's options; 'man hwk' for the whole manual.");
  GlobalOptions g;
  app.add_option("-C", g.directories, "Run as if hwk was started in DIR (repeatable, as in git)")
      ->type_name("DIR")
      ->take_all()
      ->allow_extra_args(false);
  app.add_option("--color", g.color, "Colour output: auto, always or never (default auto; NO_COLOR is honoured)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN");
  app.add_option("--now", g.now, "Take TIME as the current time (RFC 3339 or local YYYY-MM-DDTHH:MM); also HWK_NOW")->type_name("TIME");

  std::vector<std::pair<CLI::App*, std::unique_ptr<Command>>> commands;
  for (const auto& spec : command_table()) {
    CLI::App* sub = app.add_subcommand(spec.name, spec.summary);
    sub->fallthrough();
    if (spec.hidden) sub->group("");
    auto cmd = spec.make();
    cmd->configure(*sub);
    commands.emplace_back(sub, std::move(cmd));
  }

  if (const auto unknown = unknown_command(argc, argv)) {
    std::vector<std::string> names;
    for (const auto& spec : command_table()) {
      if (!spec.hidden) names.push_back(spec.name);
    }
    const auto word = unknown->substr(unknown->find('\'') + 1, unknown->size() - unknown->find('\'') - 2);
    const auto match = unknown->starts_with("command") ? closest_match(word, names) : std::nullopt;
    std::cerr << format_diagnostic(Diagnostic{{},
                                              Severity::error,
                                              "unknown " + *unknown,
                                              match                            ? "did you mean '" + *match + "'?"
                                              : unknown->starts_with("option") ? "run 'hwk --help' for usage"
                                                                               : "run 'hwk --help' for the list of commands"},
                                   {}, color_wanted(g.color, 2));
    return exit_usage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::cerr << format_diagnostic(explain_parse_error(app, e, std::vector<std::string>(argv + 1, argv + argc)), {}, color_wanted(g.color, 2));
    return exit_usage;
  }

  Context ctx;
  ctx.out = &std::cout;
  ctx.err = &std::cerr;
  ctx.color_err = color_wanted(g.color, 2);
  try {
    ctx.config = read_user_config(user_config_file());
    const std::string color_setting = !g.color.empty() ? g.color : ctx.config.color;
    ctx.color_out = color_wanted(color_setting, 1);
    ctx.color_err = color_wanted(color_setting, 2);
    for (const auto& dir : g.directories) {
      std::error_code ec;
      std::filesystem::current_path(dir, ec);
      if (ec) throw usage_error("cannot change to '" + dir + "': " + lowercase_first(ec.message()));
    }
    ctx.cwd = std::filesystem::current_path();
    ctx.now = read_clock(g.now, ctx);
    ctx.interactive = ::isatty(0) && ::isatty(1);
    ctx.width = terminal_width(1);
    ctx.builtin_templates = find_builtin_templates_dir(executable_path());
    ctx.editor = env_or("VISUAL", env_or("EDITOR", ctx.config.editor.empty() ? "vi" : ctx.config.editor));
    ctx.language = language_code(env_or("LC_ALL", env_or("LC_MESSAGES", env_or("LANG", ""))));
    std::vector<std::filesystem::path> passed_over;
    ctx.practice = discover_practice(ctx.cwd, ctx.config.safe_directories, &passed_over);
    for (const auto& marker : passed_over) {
      ctx.report({{marker},
                  Severity::warning,
                  "owned by another user: hwk does not take it as a practice",
                  "if you trust it, add its folder to safe_directories in " + user_config_file().string()});
    }
    if (ctx.practice) confine_to_practice(ctx.practice->root);
    for (auto& [sub, cmd] : commands) {
      if (!sub->parsed()) continue;
      const int status = cmd->run(ctx);
      flush_output(*ctx.out);  // output that was lost is a failure, whatever the command made of it
      return status;
    }
    return exit_usage;
  } catch (const Error& e) {
    ctx.report(e);
    return e.status();
  } catch (const std::exception& e) {
    ctx.report(Diagnostic{{}, Severity::error, std::string("unexpected failure: ") + e.what(), {}});
    return exit_invalid;
  }
}

}  // namespace

int main(int argc, char** argv) {
  // Every file hwk creates is private to its owner, whatever the caller's umask.
  ::umask(077);
  // A file-size limit must fail a write with EFBIG, not kill hwk half-way.
  std::signal(SIGXFSZ, SIG_IGN);
  std::signal(SIGPIPE, SIG_IGN);
  // Standard output through a buffer that keeps the reason of a failed write (see flush_output);
  // on a terminal, each line is shown as it is written.
  OutputBuffer out(STDOUT_FILENO);
  std::streambuf* const stdio = std::cout.rdbuf(&out);
  if (::isatty(STDOUT_FILENO)) std::cout << std::unitbuf;
  const int status = run(argc, argv);
  std::cout.flush();
  std::cout.rdbuf(stdio);
  return status;
}
