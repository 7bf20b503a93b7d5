// hwk remind's lines, for cron's mail or a terminal.
#include "report/reminders.hpp"
#include "report/risk.hpp"
#include "util/term_safe.hpp"

namespace hwk {

std::string render_reminders_text(const std::vector<ClientReminders>& given) {
  std::string out;
  for (const auto& g : given) {
    if (g.attention > 0) out += terminal_safe(g.client) + ": " + attention_text(g.attention) + "\n";
    for (const auto& r : g.reminders) {
      out += terminal_safe(r.client) + ": " + terminal_safe(r.title) + " at " + format_clock_time(r.time);
      if (r.late) out += " (late, " + date::format("%a %F", r.day) + ")";
      out += "\n";
    }
  }
  return out;
}

}  // namespace hwk
