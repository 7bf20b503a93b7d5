// hwk summary --format json: the object documented in hwk-summary(1).
#include "report/summary.hpp"
#include "util/json.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

// A figure rounded to `places`, or null.
void number_or_null(JsonWriter& w, std::string_view key, const std::optional<double>& x, int places) {
  w.key(key);
  if (x) w.raw(summary_format::rounded(*x, places));
  else w.null();
}

std::optional<std::string> time_text(const std::optional<Instant>& t, Zone zone) {
  return t ? std::optional<std::string>(format_rfc3339(*t, zone)) : std::nullopt;
}

void open_json(JsonWriter& w, const Adherence& a, Zone zone) {
  w.key("open");
  if (!a.open) {
    w.null();
    return;
  }
  const OpenPractice& o = *a.open;
  w.begin_object().member("expected", o.expected).member("done", o.done).member("partial", o.partial).member("skipped", o.skipped);
  w.member("until", format_rfc3339(o.until, zone)).member("days_left", o.days_left).end_object();
}

int total_risk(const ClientSummary& c) {
  int n = 0;
  for (const auto& [assignment, open] : c.risk_open) n += open;
  return n;
}

}  // namespace

std::string summary_json_begin(const SummaryPeriod& p) {
  JsonWriter w;
  w.begin_object().member("version", 1).member("from", time_text(p.from, p.zone)).member("to", format_rfc3339(p.to, p.zone));
  // The clients' objects follow, and summary_json_end closes the array and the object.
  return w.key("clients").take() + "[";
}

std::string summary_json_client(const ClientSummary& client) {
  JsonWriter w;
  w.begin_object().member("client", client.client).member("from", format_rfc3339(client.from, client.zone));
  w.member("from_session", client.from_session).member("risk_open", total_risk(client)).key("assignments").begin_array();
  for (const Adherence& a : client.assignments) {
    w.begin_object().member("assignment", a.assignment).member("title", a.title).member("expected", a.expected).member("done", a.done);
    w.member("partial", a.partial).member("skipped", a.skipped).member("missed", a.missed);
    number_or_null(w, "rate", a.rate, 3);
    w.member("counted_from", time_text(a.straddle_from, client.zone)).member("records_before", a.records_before);
    open_json(w, a, client.zone);
    w.member("streak", a.streak).member("longest_streak", a.longest_streak).member("last_done", time_text(a.last_done, client.zone));
    number_or_null(w, "complete", a.complete, 3);
    w.key("clinician_rating").begin_object();
    number_or_null(w, "mean", a.rating, 2);
    w.member("count", a.rating_count).end_object().member("in_the_moment", a.in_moment).member("recalled", a.recalled);
    w.member("risk_open", client.risk_for(a.assignment)).key("fields").begin_object();
    for (const FieldTrend& t : a.fields) {
      w.key(t.field).begin_object();
      number_or_null(w, "mean", t.mean, 2);
      number_or_null(w, "change", t.change, 2);
      w.key("weekly").begin_array();
      for (const auto& week : t.weekly) {
        if (week) w.raw(summary_format::rounded(*week, 2));
        else w.null();
      }
      w.end_array().end_object();
    }
    w.end_object().end_object();
  }
  return w.end_array().end_object().take();
}

}  // namespace hwk
