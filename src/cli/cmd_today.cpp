// hwk today [CLIENT]: the client's own view, for a client in their own repository (or a clinician
// seeing what the client sees): what is left today, this week's practice, what is not written down
// yet, the clinician's latest feedback and the next session. No figures for the clinician, no
// suggestions, no risk flags: those are the review's.
#include <ostream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "io/client_data.hpp"
#include "report/client_view.hpp"

namespace hwk {
namespace {

class TodayCommand : public Command {
 public:
  void configure(CLI::App& app) override { app.add_option("CLIENT", client_, "Client id (may be left out in a client's own repository)"); }

  int run(Context& ctx) override {
    const ClientDir dir = resolve_client(ctx, client_);
    auto client = read_client_for_report(ctx, dir);
    if (!client) return exit_invalid;
    const Plan& plan = client->plan;
    const std::string language = plan.language.empty() ? ctx.language : plan.language;
    ClientViewInput in;
    in.plan = &plan;
    in.records = &client->records;
    in.now = ctx.now;
    in.week_start = week_start_from_name(practice_settings(ctx.need_practice()).week_start);
    for (const auto& a : plan.assignments) in.templates[a.id] = client->template_for(a.id);
    in.titles = client_titles(ctx, *client, false);
    *ctx.out << render_client_view(client_view(in), plan.zone, language);
    return exit_ok;
  }

 private:
  std::string client_;
};

}  // namespace

std::unique_ptr<Command> make_today_command() { return std::make_unique<TodayCommand>(); }

}  // namespace hwk
