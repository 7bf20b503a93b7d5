// hwk summary [CLIENT…]: adherence per client and assignment over a period.
#include <iostream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/when_arg.hpp"
#include "report/risk.hpp"
#include "report/summary.hpp"

namespace hwk {
namespace {

class SummaryCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("CLIENT", clients_, "Clients to show (default: every client)");
    add_period_options(app, since_, until_, "4w");
    app.add_option("--format", format_, "Output format: text, json, csv or md")->check(CLI::IsMember({"text", "json", "csv", "md"}));
  }

  int run(Context& ctx) override {
    const Zone zone = ctx.local_zone();
    const auto& practice = ctx.need_practice();
    const unsigned week_start = week_start_from_name(practice_settings(practice).week_start);
    const WhenSpan since = parse_when_option("--since", since_.value_or("4w"), ctx.now, zone, week_start);
    const Instant to = parse_until_option(until_, ctx.now, zone, week_start);
    if (!since.last_session && since.start >= to) {
      throw usage_error("the period is empty: --since is not before --until", "choose a --since earlier than --until");
    }

    SummaryPeriod period;
    period.to = to;
    period.zone = zone;
    if (!since.last_session) period.from = since.start;
    const SummaryFormat format = format_ == "json"  ? SummaryFormat::json
                                 : format_ == "csv" ? SummaryFormat::csv
                                 : format_ == "md"  ? SummaryFormat::md
                                                    : SummaryFormat::text;
    SummaryWriter writer(*ctx.out, format, period, ctx.width);
    const Instant fallback = parse_when("4w", ctx.now, zone, week_start)->start;
    ReportReading reading;
    reading.templates = TemplateDetail::fields;  // adherence needs the fields, not the text
    // Each client's part is made on the reading threads, and its figures dropped there.
    const bool invalid = for_each_client_computed<SummaryPart>(
        ctx, clients_, reading,
        [&](const ClientDir& dir, ClientData& client) {
          const Plan& plan = client.plan;
          const auto titles = client_titles(ctx, client, false);
          AdherenceQuery q;
          const std::optional<Instant> session = since.last_session ? last_session(client.records, to) : std::nullopt;
          q.from = since.last_session ? session.value_or(fallback) : since.start;
          q.to = to;
          q.now = ctx.now;
          q.week_start = week_start;
          ClientSummary s{dir.id, plan.name, plan.zone, q.from, session.has_value(), {}, {}};
          for (const auto& a : plan.assignments) {
            s.assignments.push_back(adherence(a, client.template_for(a.id), titles.at(a.id), client.records, plan.sessions, plan.zone, q));
          }
          for (const auto& a : plan.assignments) {
            const Template* t = client.template_for(a.id);
            if (t && !t->risk.empty()) s.risk_open[a.id] = 0;
          }
          for (const auto& flag : risk_flags(client.records, [&](const std::string& a) { return client.template_for(a); })) {
            if (flag.at > to) continue;
            s.risk_open[flag.assignment] += open_at(flag, to) ? 1 : 0;
          }
          return summary_part(format, s);
        },
        [&](const ClientDir&, SummaryPart& part) { writer.add(std::move(part)); });
    writer.finish();
    return invalid ? exit_invalid : exit_ok;
  }

 private:
  std::vector<std::string> clients_;
  std::optional<std::string> since_, until_;
  std::string format_ = "text";
};

}  // namespace

std::unique_ptr<Command> make_summary_command() { return std::make_unique<SummaryCommand>(); }

}  // namespace hwk
