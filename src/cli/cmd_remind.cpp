// hwk remind: for cron — each reminder whose time has come, given exactly once per machine.
#include <iostream>
#include <set>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/terminal.hpp"  // flush_output
#include "io/client_data.hpp"
#include "io/files.hpp"
#include "io/log_reader.hpp"
#include "io/reminder_ledger.hpp"
#include "report/reminders.hpp"
#include "report/risk.hpp"
#include "util/duration.hpp"

namespace hwk {
namespace {

// Reminders need titles, and the fields of templates with risk conditions (flags are judged on them), and
// the log files of the catch-up window's months (from the day before it, as reminders_due looks back).
ReportReading remind_reading(Instant now, std::chrono::seconds catch_up) {
  ReportReading reading;
  reading.templates = TemplateDetail::risk;
  reading.window.from = now - catch_up - std::chrono::days{1};
  reading.window.now = now;
  return reading;
}

class RemindCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("--catch-up", catch_up_, "Also give reminders missed by up to DURATION (default 2h), marked late")->type_name("DURATION");
    app.add_flag("--dry-run", dry_run_, "Show what would be given without recording it as given");
    app.add_option("--format", format_, "Output format: text or json")->check(CLI::IsMember({"text", "json"}));
  }

  int run(Context& ctx) override {
    const auto catch_up = parse_duration(catch_up_);
    if (!catch_up || *catch_up <= std::chrono::seconds(0)) {
      throw usage_error("invalid --catch-up '" + catch_up_ + "'", "write a duration such as 30m, 2h or 1d");
    }
    const Practice& practice = ctx.need_practice();
    const auto settings = practice_settings(practice);
    const unsigned week_start = week_start_from_name(settings.week_start);

    if (!dry_run_) make_private_dirs(practice.state_dir());
    std::optional<DirLock> lock;  // two runs at once take turns, so neither repeats the other
    if (path_exists(practice.state_dir())) lock.emplace(practice.state_dir());
    const auto ledger_file = practice.state_dir() / "reminders";
    ReminderLedger ledger = read_reminder_ledger(ledger_file);
    std::vector<ClientReminders> given;
    std::set<std::string> keys;
    const bool invalid = for_each_client_computed<ClientReminders>(
        ctx, {}, remind_reading(ctx.now, *catch_up),
        [&](const ClientDir& dir, ClientData& client) {
          const Plan& plan = client.plan;
          const bool discreet = settings.discreet || plan.discreet;
          const auto titles = client_titles(ctx, client, discreet);
          ClientReminders g{dir.id, reminders_due(dir.id, plan, client.records, titles, ctx.now, *catch_up, week_start), {}, 0, plan.zone, discreet};
          // Open risk flags of the records read (this month's, and last month's near its end),
          // however late they arrived: a client's records may be pulled in days after they were made.
          for (const auto& f : risk_flags(client.records, [&](const std::string& a) { return client.template_for(a); })) {
            if (!f.open() || f.recorded > ctx.now) continue;
            ++g.attention;
            g.flags.push_back(risk_ledger_key(dir.id, f.record));
          }
          return g;
        },
        [&](const ClientDir&, ClientReminders& due) {
          std::erase_if(due.reminders, [&](const Reminder& r) { return ledger.has(r.key(), r.at) || !keys.insert(r.key()).second; });
          std::erase_if(due.flags, [&](const std::string& key) { return ledger.has_flag(key); });
          if (due.flags.empty()) due.attention = 0;  // said already: a new flag says it again, with the count
          if (!due.reminders.empty() || due.attention > 0) given.push_back(std::move(due));
        });
    if (!given.empty()) {
      // Delivered first, recorded after: a reminder that did not reach standard output (a full
      // disk, a closed pipe, a kill before this point) is given again by the next run, never lost.
      *ctx.out << (format_ == "json" ? render_reminders_json(given, ctx.now, ctx.local_zone()) : render_reminders_text(given));
      try {
        flush_output(*ctx.out);
      } catch (const Error& e) {
        throw Error(e.diagnostic().message, "the reminders were not recorded as given: the next run gives them again");
      }
    }
    if (!dry_run_) {
      for (const auto& g : given) {
        for (const auto& r : g.reminders) ledger.given.emplace(r.key(), r.at);
        for (const auto& key : g.flags) ledger.given.emplace(key, ctx.now);
      }
      write_file_atomic(ledger_file, format_reminder_ledger(ledger, ctx.now - *catch_up - std::chrono::hours(48)));
    }
    return invalid ? exit_invalid : exit_ok;  // nothing printed when nothing is due, so cron sends no mail
  }

 private:
  std::string catch_up_ = "2h";
  bool dry_run_ = false;
  std::string format_ = "text";
};

}  // namespace

std::unique_ptr<Command> make_remind_command() { return std::make_unique<RemindCommand>(); }

}  // namespace hwk
