// hwk summary --format json: the object documented in hwk-summary(1).
#include <sstream>

#include "report/summary.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

std::string number_or_null(const std::optional<double>& x, int places) {
  return x ? summary_format::rounded(*x, places) : "null";
}

std::string int_or_null(const std::optional<int>& x) { return x ? std::to_string(*x) : "null"; }

std::string open_json(const Adherence& a, Zone zone) {
  if (!a.open) return "null";
  const OpenPractice& o = *a.open;
  return "{\"expected\":" + std::to_string(o.expected) + ",\"done\":" + std::to_string(o.done) + ",\"partial\":" +
         std::to_string(o.partial) + ",\"skipped\":" + std::to_string(o.skipped) + ",\"until\":" +
         json_string(format_rfc3339(o.until, zone)) + ",\"days_left\":" + std::to_string(o.days_left) + "}";
}

int total_risk(const ClientSummary& c) {
  int n = 0;
  for (const auto& [assignment, open] : c.risk_open) n += open;
  return n;
}

}  // namespace

std::string summary_json_begin(const SummaryPeriod& p) {
  return "{\"version\":1,\"from\":" + (p.from ? json_string(format_rfc3339(*p.from, p.zone)) : std::string("null")) +
         ",\"to\":" + json_string(format_rfc3339(p.to, p.zone)) + ",\"clients\":[";
}

std::string summary_json_client(const ClientSummary& client) {
  std::ostringstream out;
  out << "{\"client\":" << json_string(client.client) << ",\"from\":" << json_string(format_rfc3339(client.from, client.zone))
      << ",\"from_session\":" << (client.from_session ? "true" : "false") << ",\"risk_open\":" << total_risk(client)
      << ",\"assignments\":[";
  for (std::size_t k = 0; k < client.assignments.size(); ++k) {
    const Adherence& a = client.assignments[k];
    out << (k ? "," : "") << "{\"assignment\":" << json_string(a.assignment) << ",\"title\":" << json_string(a.title)
        << ",\"expected\":" << int_or_null(a.expected) << ",\"done\":" << a.done << ",\"partial\":" << a.partial
        << ",\"skipped\":" << a.skipped << ",\"missed\":" << int_or_null(a.missed) << ",\"rate\":" << number_or_null(a.rate, 3)
        << ",\"counted_from\":" << (a.straddle_from ? json_string(format_rfc3339(*a.straddle_from, client.zone)) : "null")
        << ",\"records_before\":" << a.records_before << ",\"open\":" << open_json(a, client.zone)
        << ",\"streak\":" << int_or_null(a.streak) << ",\"longest_streak\":" << int_or_null(a.longest_streak)
        << ",\"last_done\":" << (a.last_done ? json_string(format_rfc3339(*a.last_done, client.zone)) : "null")
        << ",\"complete\":" << number_or_null(a.complete, 3) << ",\"clinician_rating\":{\"mean\":" << number_or_null(a.rating, 2)
        << ",\"count\":" << a.rating_count << "},\"in_the_moment\":" << a.in_moment << ",\"recalled\":" << a.recalled
        << ",\"risk_open\":" << int_or_null(client.risk_for(a.assignment)) << ",\"fields\":{";
    for (std::size_t f = 0; f < a.fields.size(); ++f) {
      const FieldTrend& t = a.fields[f];
      out << (f ? "," : "") << json_string(t.field) << ":{\"mean\":" << number_or_null(t.mean, 2)
          << ",\"change\":" << number_or_null(t.change, 2) << ",\"weekly\":[";
      for (std::size_t w = 0; w < t.weekly.size(); ++w) out << (w ? "," : "") << number_or_null(t.weekly[w], 2);
      out << "]}";
    }
    out << "}}";
  }
  out << "]}";
  return out.str();
}

}  // namespace hwk
