// hwk _complete: what the shell completions (completions/) ask the binary, so that every command,
// option and fixed value is declared once, in the command tree main builds, as git's completion
// asks `git --list-cmds` and `git CMD --git-completion-helper`.
//
// hwk [-C DIR]… _complete line -- WORD…
//   The WORDs are the words of the command line after "hwk", up to the cursor, unquoted; the last
//   one (maybe empty) is the word being completed. The shell passes on the -C DIRs of the line, so
//   that the practice is the one the line names. Prints one candidate per line:
//
//     KIND <TAB> WORD [<TAB> DESCRIPTION]
//
//   WORD replaces the whole word being completed ("--format=json" for "--format=j"). KIND is
//     command      a command, or a subcommand (DESCRIPTION: its summary); hidden ones are left out
//     option       an option of the command the line has reached, short or long, as `hwk … --help`
//                  lists it (DESCRIPTION: its help, shortened); one already given is left out
//                  unless it may be repeated, and so is one it excludes. Options come when the word
//                  starts with '-', and also where no argument can come any more: a shell that
//                  offers options unasked there (zsh) shows them, bash and fish keep them for '-'
//     value        a value the option accepts: its CLI11 IsMember set, a Range of a few numbers, a
//                  type name such as 0-4, or the named forms of a free value (--since last-week)
//     client, template, assignment, field, step, record, language, zone
//                  an id of that kind, read from the practice (or the zone database); a field
//                  comes as FIELD= and takes no space after it
//   and, for a value or argument that is a path, a line without WORD's candidates:
//     file <TAB> PREFIX, directory <TAB> PREFIX
//                  complete the rest of the word after PREFIX (often empty) as a file or directory
//   What an option or argument takes comes from its declaration alone: whether it takes a value,
//   its validator, and its type name (CLIENT, ASSIGNMENT, TEMPLATE, RECORD-ID, STEP, FIELD=VALUE,
//   LANGUAGE, TZ, FILE, PATH, DIR, URL; WHEN, whose named forms when_arg.hpp lists). The engine
//   is complete_line, in completion.cpp.
//
// hwk _complete commands|clients|templates|assignments|fields|steps|records [CLIENT] [ASSIGNMENT]
//   The ids of one kind, one per line (commands: the visible ones): for scripts and the tests.
//
// Completion never prints an error into the user's command line: a failure prints nothing.
#include <map>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/completion.hpp"

namespace hwk {
namespace {

class CompleteCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    root_ = app.get_parent();
    app.add_option("WHAT", what_, "line, commands, clients, templates, assignments, fields, steps or records")
        ->check(CLI::IsMember({"line", "commands", "clients", "templates", "assignments", "fields", "steps", "records"}))
        ->required();
    app.add_option("ARGS", args_,
                   "line: -- and the words after hwk; CLIENT for assignments and records; "
                   "[CLIENT] ASSIGNMENT for fields and steps")
        ->type_name("[WORD...]");
  }

  int run(Context& ctx) override {
    try {
      print(ctx);
    } catch (const std::exception&) {
    }
    return exit_ok;
  }

 private:
  void print(Context& ctx) {
    auto& out = *ctx.out;
    const auto source = practice_completion_source(ctx);
    if (what_ == "line") {
      for (const auto& c : complete_line(*root_, args_, *source)) {
        out << c.kind << "\t" << c.word;
        if (!c.description.empty()) out << "\t" << c.description;
        out << "\n";
      }
    } else if (what_ == "commands") {
      for (const auto& c : complete_line(*root_, {""}, *source)) out << c.word << "\n";
    } else {
      // "fields ASSIGNMENT" and "steps ASSIGNMENT" name no client: the implied one is meant.
      const std::string kind = what_.substr(0, what_.size() - 1);
      const bool per_assignment = kind == "field" || kind == "step";
      std::map<std::string, std::string> named;
      if (!args_.empty() && (!per_assignment || args_.size() >= 2)) named["CLIENT"] = args_[0];
      if (per_assignment && !args_.empty()) named["ASSIGNMENT"] = args_.back();
      for (const auto& id : source->ids(kind, named)) out << id << "\n";
    }
  }

  CLI::App* root_ = nullptr;
  std::string what_;
  std::vector<std::string> args_;
};

}  // namespace

std::unique_ptr<Command> make_complete_command() { return std::make_unique<CompleteCommand>(); }

}  // namespace hwk
