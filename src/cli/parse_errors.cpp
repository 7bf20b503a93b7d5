// Explaining a refused command line.
#include "cli/parse_errors.hpp"

#include <regex>

#include "util/strings.hpp"

namespace hwk {
namespace {

// The deepest command the parse reached ("template", "client add"), with its app; none when the
// error came before any command.
std::pair<std::string, const CLI::App*> reached(const CLI::App& app) {
  std::string name;
  const CLI::App* at = nullptr;
  for (const CLI::App* sub = &app;;) {
    const CLI::App* next = nullptr;
    for (const CLI::App* nested : sub->get_subcommands({})) {
      if (nested->parsed()) next = nested;
    }
    if (!next) break;
    name += (name.empty() ? "" : " ") + next->get_name();
    at = sub = next;
  }
  return {name, at};
}

// The first word after the words of `command` that is not an option.
std::string word_after(const std::vector<std::string>& args, const std::string& command) {
  const std::vector<std::string> words = split_words(command);
  std::size_t matched = 0;
  for (const auto& a : args) {
    if (matched == words.size()) {
      if (!a.starts_with("-")) return a;
      continue;
    }
    if (a == words[matched]) ++matched;
  }
  return {};
}

std::vector<std::string> nested_names(const CLI::App& app) {
  std::vector<std::string> out;
  for (const CLI::App* nested : app.get_subcommands({})) out.push_back(nested->get_name());
  return out;
}

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> out;
  for (const CLI::Option* o : app.get_options()) {
    for (const auto& l : o->get_lnames()) out.push_back("--" + l);
    for (const auto& s : o->get_snames()) out.push_back("-" + s);
  }
  return out;
}

// "a, b or c"
std::string listing(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  return out;
}

// A schedule phrase given as several words: --schedule mon wed fri.
bool unquoted_schedule(const std::vector<std::string>& args) {
  for (std::size_t i = 0; i + 2 < args.size(); ++i) {
    if (args[i] == "--schedule" && !args[i + 1].starts_with("-") && !args[i + 2].starts_with("-")) return true;
  }
  return false;
}

}  // namespace

Diagnostic explain_parse_error(const CLI::App& app, const CLI::ParseError& error, const std::vector<std::string>& args) {
  const auto [command, at] = reached(app);
  std::string what = error.what();
  std::string hint = command.empty() ? "run 'hwk --help' for usage" : "run 'hwk " + command + " --help' for usage";
  const bool global = what.starts_with("-C") || what.starts_with("--color") || what.starts_with("--now");
  if (global) hint = "run 'hwk --help' for usage";

  if (what == "A subcommand is required") {
    if (!at) return {{}, Severity::error, "a command is required", "run 'hwk --help' for the list of commands"};
    const std::vector<std::string> names = nested_names(*at);
    const std::string word = word_after(args, command);
    if (word.empty()) {
      return {{}, Severity::error, "'hwk " + command + "' needs a command: " + listing(names), hint};
    }
    const auto match = closest_match(word, names);
    return {{},
            Severity::error,
            "unknown command '" + command + " " + word + "'",
            match ? "did you mean '" + command + " " + *match + "'?" : "its commands are " + listing(names)};
  }

  static const std::regex extra(R"(The following arguments? (?:was|were) not expected: (\S+).*)");
  std::smatch m;
  if (at && std::regex_match(what, m, extra) && m[1].str().starts_with("-")) {
    const std::string option = m[1].str().substr(0, m[1].str().find('='));
    if (const auto match = closest_match(option, option_names(*at))) {
      return {{}, Severity::error, "unknown option '" + option + "' for 'hwk " + command + "'", "did you mean '" + *match + "'?"};
    }
    return {{}, Severity::error, "unknown option '" + option + "' for 'hwk " + command + "'", hint};
  }

  static const std::regex too_many(R"(ARGS: At Most (\d+) required but received (\d+))");
  if (at && std::regex_match(what, m, too_many)) {
    const CLI::Option* args_option = at->get_option_no_throw("ARGS");
    const std::string names = args_option ? " (" + args_option->get_type_name() + ")" : "";
    what = "too many arguments: at most " + m[1].str() + names + ", " + m[2].str() + " given";
    if (unquoted_schedule(args)) hint = "a schedule of several words is one argument: quote it, as in --schedule 'mon wed fri'";
    return {{}, Severity::error, what, hint};
  }
  return {{}, Severity::error, lowercase_first(what), hint};
}

}  // namespace hwk
