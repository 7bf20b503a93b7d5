// The command table.
#include "cli/commands.hpp"

namespace hwk {
namespace {

class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_option_name(const CLI::Option* opt, bool positional) const override {
    return positional && opt->get_name() == "ARGS" ? opt->get_type_name() : CLI::Formatter::make_option_name(opt, positional);
  }
  std::string make_option_opts(const CLI::Option* opt) const override {
    return opt->get_name() == "ARGS" ? std::string() : CLI::Formatter::make_option_opts(opt);
  }
  std::string make_option_usage(const CLI::Option* opt) const override {
    return opt->get_name() == "ARGS" ? opt->get_type_name() : CLI::Formatter::make_option_usage(opt);
  }
};

}  // namespace

std::shared_ptr<CLI::Formatter> help_formatter() { return std::make_shared<HelpFormatter>(); }

const std::vector<CommandSpec>& command_table() {
  static const std::vector<CommandSpec> table = {
      {"init", "Create a practice repository", make_init_command},
      {"client", "Add and list clients", make_client_command},
      {"template", "Browse, copy and validate activity templates", make_template_command},
      {"assign", "Add an assignment to a client's plan", make_assign_command},
      {"edit", "Edit a client's plan in your editor, validated on save", make_edit_command},
      {"log", "Record a practice, its ratings and a reflection", make_log_command},
      {"session", "Record that a session took place", make_session_command},
      {"advance", "Move a graded assignment to its next step (or another)", make_advance_command},
      {"plan", "Show a client's plan: goals, assignments, steps and progress", make_plan_command},
      {"due", "Show overdue, due and upcoming practice", make_due_command},
      {"today", "The client's view: today's practice, this week's, and the clinician's feedback", make_today_command},
      {"summary", "Adherence per client and assignment", make_summary_command},
      {"review", "The session-prep report: what happened since the last session", make_review_command},
      {"feedback", "Give feedback on a practice record or a week of practice", make_feedback_command},
      {"ack", "Acknowledge a record's risk flag: you have seen it", make_ack_command},
      {"export", "Export a client's calendar (iCalendar) or data (JSON, CSV)", make_export_command},
      {"remind", "Give the reminders whose time has come, once each (for cron)", make_remind_command},
      {"check", "Validate templates, plans and logs", make_check_command},
      {"hooks", "Install git hooks that keep files owner-only; put linked clients on their branch", make_hooks_command},
      {"_complete", "Print completion candidates (for the shell completions)", make_complete_command, true},
  };
  return table;
}

}  // namespace hwk
