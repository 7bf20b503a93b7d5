// hwk session [CLIENT]: record that a session took place, the anchor of the next review.
#include <ostream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/log_draft.hpp"
#include "io/plan_reader.hpp"
#include "io/record_writer.hpp"
#include "model/text_value.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

class SessionCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("CLIENT", client_, "Client id (may be left out when there is one client)");
    app.add_option("--at", at_, "When the session took place (default: now): YYYY-MM-DDTHH:MM, HH:MM or RFC 3339")->type_name("TIME");
    app.add_option("--note", note_, "A short note (kept in the log; avoid clinical detail)")->type_name("TEXT");
  }

  int run(Context& ctx) override {
    const ClientDir client = resolve_client(ctx, client_);
    const Plan plan = load_plan(client.plan());
    Record r;
    r.kind = RecordKind::session;
    r.recorded = ctx.now;
    r.at = at_.empty() ? ctx.now : parse_time_option(ctx, "--at", at_, plan.zone);
    r.note = std::string(trim(note_));
    if (auto problem = text_value_problem(r.note); !problem.empty()) throw usage_error("--note: " + problem, text_value_hint);
    check_record_writable(r, plan.zone);
    try {
      append_record(ctx.need_practice(), client, plan, r, ctx.now);
    } catch (const Error& e) {
      return keep_as_draft(ctx, client, plan, r, e);
    }
    *ctx.out << "recorded a session with " << terminal_safe(client.id) << " at " << format_rfc3339(r.at, plan.zone) << " as " << r.id << "\n";
    return exit_ok;
  }

 private:
  std::string client_, at_, note_;
};

}  // namespace

std::unique_ptr<Command> make_session_command() { return std::make_unique<SessionCommand>(); }

}  // namespace hwk
