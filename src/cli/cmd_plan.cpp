// hwk plan show [CLIENT]: the plan as a person reads it, with each graded step's progress.
#include <ostream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "io/client_data.hpp"
#include "report/plan_view.hpp"
#include "schedule/occurrences.hpp"

namespace hwk {
namespace {

class PlanCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    show_ = app.add_subcommand("show", "Print the plan: goals, assignments, steps and progress");
    show_->add_option("CLIENT", client_, "Client id (may be left out when there is one client)");
  }

  int run(Context& ctx) override {
    const ClientDir dir = resolve_client(ctx, client_);
    auto client = read_client_for_report(ctx, dir);
    if (!client) return exit_invalid;
    const Plan& plan = client->plan;
    PlanView view;
    view.plan = &plan;
    view.now = ctx.now;
    view.last_session = last_session(client->records, ctx.now);
    const auto titles = client_titles(ctx, *client, false);
    for (const auto& a : plan.assignments) {
      AssignmentView av;
      av.assignment = &a;
      av.title = titles.at(a.id);
      if (const Template* t = client->template_for(a.id)) {
        const std::string language = plan.language.empty() ? ctx.language : plan.language;
        for (const auto& f : localized(*t, language).fields) av.field_labels[f.id] = f.label;
      }
      if (!a.steps.empty()) av.steps = step_state(a, client->template_for(a.id), client->records, ctx.now);
      for (const auto& t : a.triggers) {
        if (t.suggest.empty()) continue;
        const std::string language = plan.language.empty() ? ctx.language : plan.language;
        if (auto title = available_template_title(ctx, t.suggest, language)) av.suggest_titles[t.suggest] = *title;
      }
      view.assignments.push_back(std::move(av));
    }
    const auto template_of = [&](const std::string& a) { return client->template_for(a); };
    view.open_risk = open_flags(risk_flags(client->records, template_of));
    view.safety_plan = current_safety_plan(client->records, template_of);
    *ctx.out << render_plan_text(view);
    return exit_ok;
  }

 private:
  CLI::App* show_ = nullptr;
  std::string client_;
};

}  // namespace

std::unique_ptr<Command> make_plan_command() { return std::make_unique<PlanCommand>(); }

}  // namespace hwk
