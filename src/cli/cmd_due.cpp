// hwk due [CLIENT…]: overdue, due now, and upcoming practice, for people and for scripts.
#include <array>
#include <iostream>
#include <sstream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "io/client_data.hpp"
#include "io/log_reader.hpp"
#include "report/due.hpp"
#include "report/progress.hpp"
#include "report/risk.hpp"
#include "util/duration.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

// "Mon 2026-11-23" (as date::format("%a %F") gives it, without a stream per call).
std::string day_text(LocalDay day) {
  static constexpr const char* names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  return std::string(names[date::weekday{day}.c_encoding()]) + " " + format_date(date::year_month_day{day});
}

std::string when_text(const DueItem& i, LocalDay today, Zone zone) {
  const LocalDay day = i.day;
  std::string d;
  if (i.remaining) {
    const char* period = i.period == Schedule::Period::day ? "today" : i.period == Schedule::Period::week ? "this week" : "this month";
    if (i.state == DueState::overdue) return "by " + day_text(day);
    return i.period == Schedule::Period::day ? std::string(period) : std::string(period) + " (by " + day_text(day) + ")";
  }
  if (day == today) d = "today";
  else if (day == today + date::days{1}) d = "tomorrow";
  else d = day_text(day);
  if (i.at) {
    const LocalTime local = to_local(*i.at, zone);
    d += " " + format_clock_time(date::floor<std::chrono::minutes>(local - date::floor<date::days>(local)));
  }
  return d;
}

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
    bool anything_due = false, any = false, first_item = true, first_risk = true, first_ready = true;
    std::string items_json, risk_json, ready_json, later_text;
    const bool invalid = for_each_client_computed<ClientOutput>(
        ctx, clients_, due_reading(ctx.now),
        [&](const ClientDir& dir, ClientData& client) {
          const Plan& plan = client.plan;
          const auto titles = client_titles(ctx, client, false);
          DueQuery q;
          q.now = ctx.now;
          q.week_start = week_start_from_name(settings.week_start);
          q.upcoming_until = within ? ctx.now + *within : start_of_day(local_day(ctx.now, plan.zone) + date::days{1}, plan.zone) - std::chrono::seconds(1);
          ClientDue c{dir.id, plan.name, plan.zone, due_items(dir.id, plan, client.records, titles, q), {}, {}, {}};
          // Open risk flags raised since the last session, or in the overdue window when that
          // reaches further back: what due reads (summary and review read the whole log).
          const Instant since = std::min(ctx.now - q.overdue_days, last_session(client.records, ctx.now).value_or(ctx.now));
          for (auto& f : risk_flags(client.records, [&](const std::string& a) { return client.template_for(a); })) {
            if (!f.open() || f.at < since || f.at > ctx.now) continue;
            c.risk.push_back({f.record, f.assignment, titles.count(f.assignment) ? titles.at(f.assignment) : f.assignment, f.at});
          }
          for (const auto& a : plan.assignments) {
            if (a.steps.empty()) continue;
            const StepState s = step_state(a, client.template_for(a.id), client.records, ctx.now);
            c.steps[a.id] = {a.steps[s.current].id, a.steps[s.current].title, s.current + 1, a.steps.size()};
            if (s.ready()) {
              c.ready.push_back({a.id, titles.at(a.id), describe_rule(*s.rule),
                                 a.steps[s.current].id, a.steps[s.current + 1].id, a.steps[s.current + 1].title});
            }
          }
          ClientOutput out;
          out.risk = !c.risk.empty();
          out.anything_due = out.risk;
          for (const auto& i : c.items) out.anything_due = out.anything_due || i.state != DueState::upcoming;
          if (json) {
            out.items = json_items(c);
            out.ready = json_ready(c);
          } else {
            out.items = text_lines(ctx, c);
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
          append_member(c.risk ? risk_json : items_json, c.items, c.risk ? first_risk : first_item);
          append_member(ready_json, c.ready, first_ready);
        });
    *ctx.out << later_text;
    if (json) {
      if (!risk_json.empty() && !items_json.empty()) risk_json += ',';
      *ctx.out << "{\"version\":1,\"now\":" << json_string(format_rfc3339(ctx.now, ctx.local_zone())) << ",\"items\":[" << risk_json << items_json
               << "],\"ready\":[" << ready_json << "]}\n";
    } else if (!any && ctx.interactive) {
      *ctx.out << "nothing is due\n";
    }
    if (invalid) return exit_invalid;
    return exit_code_ && anything_due ? exit_invalid : exit_ok;
  }

 private:
  struct StepNote {
    std::string id, title;
    std::size_t number, count;
    std::string label() const { return "step " + std::to_string(number) + " of " + std::to_string(count); }
  };
  // Copied out of the client's data, which lives only while its report is made.
  struct Ready {
    std::string assignment, title, rule, step, next, next_title;
  };
  struct OpenFlag {
    std::string record, assignment, title;
    Instant at;
  };
  struct ClientDue {
    std::string id, name;
    Zone zone;
    std::vector<DueItem> items;
    std::map<std::string, StepNote> steps;  // graded assignment id → its current step
    std::vector<Ready> ready;
    std::vector<OpenFlag> risk;  // open risk flags, oldest first
  };

  // Appends `members` (comma-separated JSON values, possibly none) to the array being built.
  static void append_member(std::string& array, const std::string& members, bool& first) {
    if (members.empty()) return;
    if (!first) array += ',';
    array += members;
    first = false;
  }

  // The client's lines: its id and name, then one aligned row per item and ready step.
  static std::string text_lines(const Context& ctx, const ClientDue& c) {
    std::string out;
    if (c.items.empty() && c.ready.empty() && c.risk.empty()) return out;
    out += paint(terminal_safe(c.id), Style::bold, ctx.color_out);
    if (!c.name.empty()) out += " (" + terminal_safe(c.name) + ")";
    out += "\n";
    std::vector<std::array<std::string, 3>> rows;
    const LocalDay today = local_day(ctx.now, c.zone);
    // What a flag is about stays out: due may be read over a shoulder.
    for (const auto& f : c.risk) {
      const LocalTime local = to_local(f.at, c.zone);
      rows.push_back({"risk", day_text(local_day(f.at, c.zone)) + " " +
                                  format_clock_time(date::floor<std::chrono::minutes>(local - date::floor<date::days>(local))),
                      f.title + ": needs your attention (hwk review " + c.id + ")"});
    }
    for (const auto& i : c.items) {
      std::string what = i.title;
      if (auto st = c.steps.find(i.assignment); st != c.steps.end()) what += " (" + st->second.label() + ")";
      if (i.remaining) what += ": " + std::to_string(*i.remaining) + " more";
      rows.push_back({due_state_name(i.state), when_text(i, today, c.zone), what});
    }
    for (const auto& r : c.ready) {
      rows.push_back({"ready", "next step", r.title + " (" + c.steps.at(r.assignment).label() + ") met " + r.rule + ": ready for \"" +
                                                r.next_title + "\" (hwk advance " + c.id + " " + r.assignment + ")"});
    }
    std::size_t w0 = 0, w1 = 0;
    for (const auto& r : rows) {
      w0 = std::max(w0, r[0].size());
      w1 = std::max(w1, display_width(r[1]));
    }
    for (std::size_t k = 0; k < rows.size(); ++k) {
      const auto& r = rows[k];
      const std::size_t item = k - c.risk.size();
      const Style style = k < c.risk.size()                          ? Style::bold
                          : item >= c.items.size()                   ? Style::green
                          : c.items[item].state == DueState::overdue ? Style::red
                          : c.items[item].state == DueState::due     ? Style::yellow
                                                                     : Style::dim;
      out += "  ";
      out += paint(r[0], style, ctx.color_out);
      out.append(w0 - r[0].size() + 2, ' ');
      out += r[1];
      out.append(w1 - display_width(r[1]) + 2, ' ');
      out += terminal_safe(r[2]);
      out += "\n";
    }
    return out;
  }

  // The client's members of the "items" array, comma-separated.
  static std::string json_items(const ClientDue& c) {
    std::ostringstream out;
    bool first = true;
    for (const auto& f : c.risk) {
      out << (first ? "" : ",") << "{\"client\":" << json_string(c.id) << ",\"assignment\":" << json_string(f.assignment)
          << ",\"title\":" << json_string(f.title) << ",\"status\":\"risk\",\"date\":\""
          << format_date(date::year_month_day{local_day(f.at, c.zone)}) << "\",\"at\":" << json_string(format_rfc3339(f.at, c.zone))
          << ",\"record\":" << json_string(f.record) << ",\"remaining\":null,\"step\":null}";
      first = false;
    }
    for (const auto& i : c.items) {
      out << (first ? "" : ",") << "{\"client\":" << json_string(i.client) << ",\"assignment\":" << json_string(i.assignment)
          << ",\"title\":" << json_string(i.title) << ",\"status\":\"" << due_state_name(i.state) << "\",\"date\":\""
          << format_date(date::year_month_day{i.day}) << "\",\"at\":" << (i.at ? json_string(format_rfc3339(*i.at, c.zone)) : "null")
          << ",\"remaining\":" << (i.remaining ? std::to_string(*i.remaining) : "null") << ",\"step\":";
      if (auto st = c.steps.find(i.assignment); st != c.steps.end()) {
        out << "{\"id\":" << json_string(st->second.id) << ",\"number\":" << st->second.number << ",\"of\":" << st->second.count
            << ",\"title\":" << json_string(st->second.title) << "}";
      } else {
        out << "null";
      }
      out << "}";
      first = false;
    }
    return out.str();
  }

  // The client's members of the "ready" array, comma-separated.
  static std::string json_ready(const ClientDue& c) {
    std::ostringstream out;
    bool first = true;
    for (const auto& r : c.ready) {
      out << (first ? "" : ",") << "{\"client\":" << json_string(c.id) << ",\"assignment\":" << json_string(r.assignment)
          << ",\"step\":" << json_string(r.step) << ",\"next\":" << json_string(r.next) << ",\"rule\":" << json_string(r.rule) << "}";
      first = false;
    }
    return out.str();
  }

  std::vector<std::string> clients_;
  std::optional<std::string> within_;  // given but empty is an error, not the default
  std::string format_ = "text";
  bool exit_code_ = false;
};

}  // namespace

std::unique_ptr<Command> make_due_command() { return std::make_unique<DueCommand>(); }

}  // namespace hwk
