// hwk remind --format json: the object documented in hwk-remind(1).
#include "report/reminders.hpp"
#include "util/json.hpp"

namespace hwk {

std::string render_reminders_json(const std::vector<ClientReminders>& given, Instant now, Zone local_zone) {
  JsonWriter w;
  w.begin_object().member("version", 1).member("now", format_rfc3339(now, local_zone)).key("reminders").begin_array();
  for (const auto& g : given) {
    for (const auto& r : g.reminders) {
      w.begin_object().member("client", r.client).key("assignment");
      if (g.discreet) w.null();
      else w.value(r.assignment);
      w.member("title", r.title).member("date", date::format("%F", r.day)).member("at", format_rfc3339(r.at, g.zone));
      w.member("late", r.late).end_object();
    }
  }
  w.end_array().key("attention").begin_array();
  for (const auto& g : given) {
    if (g.attention > 0) w.begin_object().member("client", g.client).member("open", g.attention).end_object();
  }
  return w.end_array().end_object().take() + "\n";
}

}  // namespace hwk
