// The table of commands: each row names a command, what it needs, and how to make it.
#pragma once
#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "cli/context.hpp"

namespace hwk {

/// One command: registers its options on its CLI11 subcommand, then runs with the parsed values.
class Command {
 public:
  virtual ~Command() = default;
  virtual void configure(CLI::App& app) = 0;
  /// Returns the exit status; throws Error for failures.
  virtual int run(Context& ctx) = 0;
};

struct CommandSpec {
  const char* name;
  const char* summary;
  std::unique_ptr<Command> (*make)();
  bool hidden = false;
};

/// The help's formatter: a positional named ARGS (a command's one or two words, such as [CLIENT]
/// ASSIGNMENT) is shown by its type name, in the usage line and the list of positionals, instead
/// of CLI11's "[ARGS(1x)]".
std::shared_ptr<CLI::Formatter> help_formatter();

/// Every command, in the order `hwk --help` lists them.
const std::vector<CommandSpec>& command_table();

std::unique_ptr<Command> make_init_command();
std::unique_ptr<Command> make_client_command();
std::unique_ptr<Command> make_template_command();
std::unique_ptr<Command> make_assign_command();
std::unique_ptr<Command> make_edit_command();
std::unique_ptr<Command> make_log_command();
std::unique_ptr<Command> make_session_command();
std::unique_ptr<Command> make_advance_command();
std::unique_ptr<Command> make_plan_command();
std::unique_ptr<Command> make_check_command();
std::unique_ptr<Command> make_hooks_command();
std::unique_ptr<Command> make_today_command();
std::unique_ptr<Command> make_due_command();
std::unique_ptr<Command> make_summary_command();
std::unique_ptr<Command> make_review_command();
std::unique_ptr<Command> make_feedback_command();
std::unique_ptr<Command> make_ack_command();
std::unique_ptr<Command> make_export_command();
std::unique_ptr<Command> make_remind_command();
std::unique_ptr<Command> make_complete_command();

}  // namespace hwk
