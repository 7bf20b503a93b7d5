// hwk due --format json: the members of the "items" and "ready" arrays (hwk-due(1)).
#include "report/due_list.hpp"
#include "util/json.hpp"

namespace hwk {

std::string render_due_items_json(const ClientDue& c) {
  JsonWriter w;
  for (const auto& f : c.risk) {
    w.begin_object().member("client", c.id).member("assignment", f.assignment).member("title", f.title).member("status", "risk");
    w.member("date", format_date(date::year_month_day{local_day(f.at, c.zone)})).member("at", format_rfc3339(f.at, c.zone));
    w.member("record", f.record).key("remaining").null().key("step").null().end_object();
  }
  for (const auto& i : c.items) {
    w.begin_object().member("client", i.client).member("assignment", i.assignment).member("title", i.title);
    w.member("status", due_state_name(i.state)).member("date", format_date(date::year_month_day{i.day}));
    w.key("at");
    if (i.at) w.value(format_rfc3339(*i.at, c.zone));
    else w.null();
    w.member("remaining", i.remaining).key("step");
    if (auto st = c.steps.find(i.assignment); st != c.steps.end()) {
      w.begin_object().member("id", st->second.id).member("number", st->second.number).member("of", st->second.count);
      w.member("title", st->second.title).end_object();
    } else {
      w.null();
    }
    w.end_object();
  }
  return w.take();
}

std::string render_due_ready_json(const ClientDue& c) {
  JsonWriter w;
  for (const auto& r : c.ready) {
    w.begin_object().member("client", c.id).member("assignment", r.assignment).member("step", r.step).member("next", r.next);
    w.member("rule", r.rule).end_object();
  }
  return w.take();
}

}  // namespace hwk
