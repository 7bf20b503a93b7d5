// hwk assign CLIENT TEMPLATE: add an assignment to a plan, as text appended to what is there.
#include <ostream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "io/files.hpp"
#include "io/plan_reader.hpp"
#include "io/plan_text.hpp"
#include "io/template_catalog.hpp"
#include "model/ids.hpp"
#include "schedule/schedule.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

class AssignCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("ARGS", args_, "The client and the template (CLIENT may be left out in a client's own repository)")
        ->expected(1, 2)
        ->type_name("[CLIENT] TEMPLATE")
        ->required();
    app.add_option("--id", id_, "Assignment id (default: the template id)");
    app.add_option("--schedule", schedule_,
                   "When, in plain words: daily, weekdays, mon wed fri, 3 per week, as needed, … (default daily; as needed for a safety plan)")
        ->type_name("S");
    app.add_option("--at", times_, "Local time of day HH:MM; repeat for several")->type_name("HH:MM");
    app.add_option("--start", start_, "First day, YYYY-MM-DD (default: today in the client's time zone)")->type_name("DATE");
    app.add_option("--end", end_, "Last day, YYYY-MM-DD")->type_name("DATE");
    app.add_option("--goal", goal_, "The goal this assignment serves")->type_name("G");
    app.add_option("--why", why_, "The rationale, in words the client agreed to")->type_name("TEXT");
    app.add_option("--backup", backup_, "The backup plan for a foreseeable obstacle")->type_name("TEXT");
  }

  int run(Context& ctx) override {
    const std::string client_id = args_.size() == 2 ? args_[0] : "";
    const std::string template_id = args_.back();
    const ClientDir client = resolve_client(ctx, client_id);
    const auto entry = require_available_template(ctx, template_id);
    NewAssignment a;
    a.id = id_.empty() ? template_id : id_;
    if (const auto problem = id_problem(a.id); !problem.empty()) throw usage_error("invalid assignment id '" + a.id + "': it " + problem);
    a.template_id = template_id;
    a.schedule = std::string(trim(schedule_.value_or("daily")));
    const auto parsed = parse_schedule(a.schedule);
    if (const auto* e = std::get_if<ScheduleError>(&parsed)) {
      throw usage_error("invalid --schedule '" + a.schedule + "': " + e->message, e->hint);
    }
    for (const auto& t : times_) {
      if (!parse_clock_time(t)) throw usage_error("invalid --at '" + t + "': not a time of day", "write HH:MM, e.g. 08:00 or 20:30");
      a.times.push_back(t);
    }
    std::sort(a.times.begin(), a.times.end());
    if (std::adjacent_find(a.times.begin(), a.times.end()) != a.times.end()) throw usage_error("the same --at time is given twice");
    a.goal = goal_;
    a.why = why_;
    a.backup = backup_;

    DirLock lock(client.dir);
    const std::string original = read_file(client.plan());
    std::vector<Diagnostic> diags;
    const auto plan = parse_plan(original, client.plan(), diags);
    if (!plan || has_errors(diags)) {
      diags.push_back({{client.plan()}, Severity::note, "fix the plan first (hwk edit " + client.id + "); nothing was changed", {}});
      throw Error(diags);
    }
    if (plan->find_assignment(a.id)) {
      throw Error(SourceLoc{client.plan()}, "client '" + client.id + "' already has an assignment '" + a.id + "'",
                  "give the new one its own id with --id, e.g. --id " + a.id + "-2");
    }
    for (auto [text, target] : {std::pair{&start_, &a.start}, std::pair{&end_, &a.end}}) {
      if (text->empty()) continue;
      if (!parse_date(*text)) throw usage_error("invalid date '" + *text + "'", "write YYYY-MM-DD, e.g. 2026-11-23");
      *target = *text;
    }
    if (a.start.empty()) a.start = format_date(local_date(ctx.now, plan->zone));
    if (!a.end.empty() && a.end < a.start) throw usage_error("--end " + a.end + " is before the start " + a.start);

    const TemplateCopy copy = prepare_template_copy(client, entry.path);
    if (copy.warning) ctx.report(*copy.warning);
    if (copy.tmpl.measure && !copy.tmpl.measure->wording_included) {
      throw Error("measure '" + template_id + "' has no wording yet: the practice must add the publisher's wording before assigning it",
                  wording_steps(*copy.tmpl.measure));
    }
    a.template_version = copy.tmpl.version;
    // A safety plan is written when it is needed, not practised: no schedule unless one is asked for.
    if (!schedule_ && copy.tmpl.kind == "safety-plan") a.schedule = "as needed";
    const std::string updated = append_assignment(original, a);
    diags.clear();
    const auto check = parse_plan(updated, client.plan(), diags);
    if (!check || has_errors(diags)) {
      diags.push_back({{client.plan()}, Severity::note, "the plan would not be valid with the new assignment; nothing was changed", {}});
      throw Error(diags);
    }
    commit_template_copy(copy);
    write_file_atomic(client.plan(), updated);

    std::string when = a.schedule;
    if (!a.times.empty()) when += " at " + join(a.times, ", ");
    *ctx.out << "assigned " << terminal_safe(copy.tmpl.title) << " (" << terminal_safe(a.id) << ") to " << terminal_safe(client.id) << ": "
             << terminal_safe(when) << ", from " << a.start << (a.end.empty() ? "" : " to " + a.end) << "\n";
    return exit_ok;
  }

 private:
  std::vector<std::string> args_;
  std::optional<std::string> schedule_;
  std::string id_, start_, end_, goal_, why_, backup_;
  std::vector<std::string> times_;
};

}  // namespace

std::unique_ptr<Command> make_assign_command() { return std::make_unique<AssignCommand>(); }

}  // namespace hwk
