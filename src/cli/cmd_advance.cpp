// hwk advance [CLIENT] ASSIGNMENT: move a graded assignment to its next step (or another one),
// recorded like any other entry of the log so history shows when each step began.
#include <ostream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/log_draft.hpp"
#include "io/client_data.hpp"
#include "io/log_reader.hpp"
#include "io/record_writer.hpp"
#include "model/text_value.hpp"
#include "report/progress.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

// The step named by --to: a step id, else its number in the list.
std::size_t find_step(const Assignment& a, const std::string& name) {
  if (auto i = a.step_index(name)) return *i;
  if (auto n = parse_integer(name); n && *n >= 1 && static_cast<std::size_t>(*n) <= a.steps.size()) {
    return static_cast<std::size_t>(*n - 1);
  }
  std::vector<std::string> ids;
  for (const auto& s : a.steps) ids.push_back(s.id);
  std::string hint = "the steps of '" + a.id + "' are: " + join(ids, ", ");
  if (auto m = closest_match(name, ids)) hint = "did you mean '" + *m + "'?";
  throw usage_error("assignment '" + a.id + "' has no step '" + name + "'", hint);
}

class AdvanceCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("ARGS", args_, "The graded assignment (CLIENT may be left out when there is one client)")
        ->expected(1, 2)
        ->type_name("[CLIENT] ASSIGNMENT")
        ->required();
    auto* to = app.add_option("--to", to_, "Move to this step (its id or number) instead of the next one")->type_name("STEP");
    app.add_flag("--back", back_, "Move back to the step before the current one")->excludes(to);
    app.add_option("--at", at_, "When the new step begins (default: now): YYYY-MM-DDTHH:MM, HH:MM or RFC 3339")->type_name("TIME");
    app.add_option("--note", note_, "Why the step changed (kept in the log)")->type_name("TEXT");
  }

  int run(Context& ctx) override {
    const std::string client_id = args_.size() == 2 ? args_[0] : "";
    const ClientDir client = resolve_client(ctx, client_id);
    const ClientData data = load_client_data(client);
    const Assignment& a = resolve_assignment(data, args_.back());
    if (a.steps.empty()) {
      throw Error(a.loc, "assignment '" + a.id + "' has no graded steps", "list them in the plan with [[assignments.steps]] (see hwk-plan(5))");
    }
    std::vector<Diagnostic> diags;
    const auto records = read_client_log(client, diags);
    if (has_errors(diags)) throw Error(diags);

    Record r;
    r.kind = RecordKind::step;
    r.assignment = a.id;
    r.recorded = ctx.now;
    r.at = at_.empty() ? ctx.now : parse_time_option(ctx, "--at", at_, data.plan.zone);
    r.note = std::string(trim(note_));
    if (auto problem = text_value_problem(r.note); !problem.empty()) throw usage_error("--note: " + problem, text_value_hint);

    const StepState state = step_state(a, data.template_for(a.id), records, r.at);
    std::size_t target = state.current;
    if (!to_.empty()) {
      target = find_step(a, to_);
    } else if (back_) {
      if (state.current == 0) throw Error("'" + a.id + "' is on its first step; there is no step before it");
      target = state.current - 1;
    } else {
      if (state.last) {
        throw Error("'" + a.id + "' is on its last step (" + step_label(a, state.current) + ")", "use --to STEP or --back to move to another step");
      }
      target = state.current + 1;
    }
    if (target == state.current) throw Error("'" + a.id + "' is already on " + step_label(a, target));
    r.step = a.steps[target].id;

    check_record_writable(r, data.plan.zone);
    try {
      append_record(ctx.need_practice(), client, data.plan, r, ctx.now);
    } catch (const Error& e) {
      return keep_as_draft(ctx, client, data.plan, r, e);
    }
    auto& out = *ctx.out;
    out << terminal_safe(a.id) << ": " << terminal_safe(step_label(a, state.current)) << "\n"
        << "  now " << terminal_safe(step_label(a, target)) << "\n";
    if (target > state.current && state.progress && !state.progress->met) {
      out << "  (its rule \"" << terminal_safe(describe_rule(*state.rule)) << "\" was not met yet: " << state.progress->counted << " of "
          << state.progress->needed << ")\n";
    }
    out << "recorded for " << terminal_safe(client.id) << " at " << format_rfc3339(r.at, data.plan.zone) << " as " << r.id << "\n";
    return exit_ok;
  }

 private:
  std::vector<std::string> args_;
  std::string to_, at_, note_;
  bool back_ = false;
};

}  // namespace

std::unique_ptr<Command> make_advance_command() { return std::make_unique<AdvanceCommand>(); }

}  // namespace hwk
