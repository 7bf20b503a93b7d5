// hwk review [CLIENT]: the session-prep report since the client's last session.
#include <ostream>
#include <sstream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/output_arg.hpp"
#include "cli/when_arg.hpp"
#include "report/review.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

class ReviewCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("CLIENT", client_, "The client (may be left out when there is only one)");
    add_period_options(app, since_, until_, "the last session, else 4w");
    app.add_option("--format", format_, "Output format: text, md or html")->check(CLI::IsMember({"text", "md", "html"}));
    app.add_option("-o,--output", output_, "Write to FILE (mode 0600) instead of standard output")->type_name("FILE");
    app.add_flag("--force", force_, "Replace FILE when it exists");
    app.add_option("--low-adherence", low_,
                   "Suggest an easier task below this adherence, in percent (default: the plan's or practice's "
                   "stall_threshold, else 50)")
        ->type_name("PERCENT")
        ->check(CLI::Range(0, 100));
  }

  int run(Context& ctx) override {
    const Practice& practice = ctx.need_practice();
    const ClientDir dir = resolve_client(ctx, client_);
    const auto target = output_target(ctx, output_, force_);
    const ClientData client = load_client_for_report(ctx, dir);
    const Plan& plan = client.plan;
    const PracticeSettings settings = practice_settings(practice);
    const unsigned week_start = week_start_from_name(settings.week_start);

    const auto parse_since = [&](const std::string& text) { return parse_when_option("--since", text, ctx.now, plan.zone, week_start); };
    std::optional<Instant> since_start;  // none: since the last session, else 4w
    if (since_) {
      if (const WhenSpan since = parse_since(*since_); !since.last_session) since_start = since.start;
    }
    const Instant to = parse_until_option(until_, ctx.now, plan.zone, week_start);
    const auto session = last_session(client.records, to);
    const Instant fallback = parse_since("4w").start;
    const Instant from = since_start ? *since_start : session.value_or(fallback);
    if (from >= to) throw usage_error("the period is empty: it starts at or after its end", "choose a --since earlier than --until");

    ReviewQuery q;
    q.from = from;
    q.to = to;
    q.now = ctx.now;
    if (session && *session == from) q.session = session;
    q.week_start = week_start;
    q.rules.stall_threshold = plan.stall_threshold.value_or(settings.stall_threshold);
    q.rules.low_adherence = low_ ? *low_ / 100.0 : q.rules.stall_threshold;
    const auto titles = client_titles(ctx, client, false);
    const ReviewReport report = review(plan, client.templates, titles, client.records, q);

    std::ostringstream text;
    if (format_ == "md") render_review_md(text, report);
    else if (format_ == "html") render_review_html(text, report);
    else render_review_text(text, report);
    if (target.empty()) *ctx.out << text.str();
    else write_output_file(target, text.str(), force_);
    return exit_ok;
  }

 private:
  std::string client_, format_ = "text", output_;
  std::optional<std::string> since_, until_;
  std::optional<double> low_;
  bool force_ = false;
};

}  // namespace

std::unique_ptr<Command> make_review_command() { return std::make_unique<ReviewCommand>(); }

}  // namespace hwk
