// hwk due [CLIENT…]: overdue, due now, and upcoming practice, for people and for scripts.
#include <iostream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "io/client_data.hpp"
#include "io/log_reader.hpp"
#include "report/due_list.hpp"
#include "util/duration.hpp"
#include "util/json.hpp"

namespace hwk {
namespace {

// Due reads titles, and the fields of templates with risk conditions (flags are judged on them), and the
// log files from the month before the last session or before the overdue window, whichever is earlier.
ReportReading due_reading(Instant now) {
  ReportReading reading;
  reading.templates = TemplateDetail::risk;
  reading.window.from = now - DueQuery{}.overdue_days;
  reading.window.back_to_last_session = true;
  reading.window.now = now;
  return reading;
}

class DueCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("CLIENT", clients_, "Clients to show (default: every client)");
    app.add_option("--within", within_, "Also show what is due within DURATION from now (e.g. 2h, 3d; default: the rest of today)")
        ->type_name("DURATION");
    app.add_option("--format", format_, "Output format: text or json")->check(CLI::IsMember({"text", "json"}));
    app.add_flag("--exit-code", exit_code_, "Exit with status 1 when anything is due or overdue");
  }

  int run(Context& ctx) override {
    std::optional<std::chrono::seconds> within;
    if (within_) {
      within = parse_duration(*within_);
      if (!within) throw usage_error("invalid --within '" + *within_ + "'", "write a duration such as 2h, 3d or 1w");
    }
    const auto settings = practice_settings(ctx.need_practice());
    // Each client's part of the output is made on the reading threads; this thread only writes.
    struct ClientOutput {
      std::string items, ready;  // text: the client's lines (ready unused); json: the array members
      bool anything_due = false;
      bool risk = false;  // an open risk flag: this client comes first
    };
    const bool json = format_ == "json";
    bool anything_due = false, any = false;
    std::vector<std::string> risk_json, items_json, ready_json;  // each client's members of the arrays
    std::string later_text;
    const bool invalid = for_each_client_computed<ClientOutput>(
        ctx, clients_, due_reading(ctx.now),
        [&](const ClientDir& dir, ClientData& client) {
          const Plan& plan = client.plan;
          DueQuery q;
          q.now = ctx.now;
          q.week_start = week_start_from_name(settings.week_start);
          q.upcoming_until =
              within ? ctx.now + *within : start_of_day(local_day(ctx.now, plan.zone) + date::days{1}, plan.zone) - std::chrono::seconds(1);
          const ClientDue c = client_due(
              dir.id, plan, client.records, client_titles(ctx, client, false), [&](const std::string& a) { return client.template_for(a); }, q);
          ClientOutput out;
          out.risk = !c.risk.empty();
          out.anything_due = c.anything_due();
          if (json) {
            out.items = render_due_items_json(c);
            out.ready = render_due_ready_json(c);
          } else {
            out.items = render_due_text(c, ctx.now, ctx.color_out, ctx.width);
          }
          return out;
        },
        [&](const ClientDir&, ClientOutput& c) {
          anything_due = anything_due || c.anything_due;
          if (!json) {
            any = any || !c.items.empty();
            if (c.risk) *ctx.out << c.items;
            else later_text += c.items;  // after every client with an open risk flag
            return;
          }
          (c.risk ? risk_json : items_json).push_back(std::move(c.items));
          ready_json.push_back(std::move(c.ready));
        });
    *ctx.out << later_text;
    if (json) {
      JsonWriter w;
      w.begin_object().member("version", 1).member("now", format_rfc3339(ctx.now, ctx.local_zone())).key("items").begin_array();
      for (const auto& members : risk_json) w.raw(members);
      for (const auto& members : items_json) w.raw(members);
      w.end_array().key("ready").begin_array();
      for (const auto& members : ready_json) w.raw(members);
      *ctx.out << w.end_array().end_object().str() << "\n";
    } else if (!any && ctx.interactive) {
      *ctx.out << "nothing is due\n";
    }
    if (invalid) return exit_invalid;
    return exit_code_ && anything_due ? exit_invalid : exit_ok;
  }

 private:
  std::vector<std::string> clients_;
  std::optional<std::string> within_;  // given but empty is an error, not the default
  std::string format_ = "text";
  bool exit_code_ = false;
};

}  // namespace

std::unique_ptr<Command> make_due_command() { return std::make_unique<DueCommand>(); }

}  // namespace hwk
