// hwk due for a terminal: per client, its name line and an aligned row per flag, item and step.
#include "report/due_list.hpp"
#include "util/table.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

// "Mon 2026-11-23" (as date::format("%a %F") gives it, without a stream per call).
std::string day_text(LocalDay day) {
  static constexpr const char* names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  return std::string(names[date::weekday{day}.c_encoding()]) + " " + format_date(date::year_month_day{day});
}

std::string clock_text(Instant t, Zone zone) {
  const LocalTime local = to_local(t, zone);
  return format_clock_time(date::floor<std::chrono::minutes>(local - date::floor<date::days>(local)));
}

std::string when_text(const DueItem& i, LocalDay today, Zone zone) {
  const LocalDay day = i.day;
  if (i.remaining) {
    const char* period = i.period == Schedule::Period::day ? "today" : i.period == Schedule::Period::week ? "this week" : "this month";
    if (i.state == DueState::overdue) return "by " + day_text(day);
    return i.period == Schedule::Period::day ? std::string(period) : std::string(period) + " (by " + day_text(day) + ")";
  }
  std::string d = day == today ? "today" : day == today + date::days{1} ? "tomorrow" : day_text(day);
  if (i.at) d += " " + clock_text(*i.at, zone);
  return d;
}

Style item_style(DueState s) { return s == DueState::overdue ? Style::red : s == DueState::due ? Style::yellow : Style::dim; }

}  // namespace

std::string render_due_text(const ClientDue& c, Instant now, bool color, std::size_t width) {
  if (c.items.empty() && c.ready.empty() && c.risk.empty()) return {};
  std::string out = paint(terminal_safe(c.id), Style::bold, color);
  if (!c.name.empty()) out += " (" + terminal_safe(c.name) + ")";
  out += "\n";
  Table table;
  table.indent = "  ";
  const LocalDay today = local_day(now, c.zone);
  // What a flag is about stays out: due may be read over a shoulder.
  for (const auto& f : c.risk) {
    table.rows.push_back({"risk", day_text(local_day(f.at, c.zone)) + " " + clock_text(f.at, c.zone),
                          terminal_safe(f.title + ": needs your attention (hwk review " + c.id + ")")});
    table.first_cell.push_back(Style::bold);
  }
  for (const auto& i : c.items) {
    std::string what = i.title;
    if (auto st = c.steps.find(i.assignment); st != c.steps.end()) what += " (" + st->second.label() + ")";
    if (i.remaining) what += ": " + std::to_string(*i.remaining) + " more";
    table.rows.push_back({due_state_name(i.state), when_text(i, today, c.zone), terminal_safe(what)});
    table.first_cell.push_back(item_style(i.state));
  }
  for (const auto& r : c.ready) {
    table.rows.push_back({"ready", "next step",
                          terminal_safe(r.title + " (" + c.steps.at(r.assignment).label() + ") met " + r.rule + ": ready for \"" + r.next_title +
                                        "\" (hwk advance " + c.id + " " + r.assignment + ")")});
    table.first_cell.push_back(Style::green);
  }
  return out + render_table(table, {width, color});
}

}  // namespace hwk
