// hwk summary --format json: the object documented in hwk-summary(1).
#include <ostream>

#include "report/summary.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

std::string number_or_null(const std::optional<double>& x, int places) {
  return x ? summary_format::rounded(*x, places) : "null";
}

std::string int_or_null(const std::optional<int>& x) { return x ? std::to_string(*x) : "null"; }

}  // namespace

void render_summary_json(std::ostream& out, const SummaryReport& r) {
  out << "{\"version\":1,\"from\":" << (r.from ? json_string(format_rfc3339(*r.from, r.zone)) : "null")
      << ",\"to\":" << json_string(format_rfc3339(r.to, r.zone)) << ",\"clients\":[";
  for (std::size_t c = 0; c < r.clients.size(); ++c) {
    const auto& client = r.clients[c];
    out << (c ? "," : "") << "{\"client\":" << json_string(client.client) << ",\"assignments\":[";
    for (std::size_t k = 0; k < client.assignments.size(); ++k) {
      const Adherence& a = client.assignments[k];
      out << (k ? "," : "") << "{\"assignment\":" << json_string(a.assignment) << ",\"title\":" << json_string(a.title)
          << ",\"expected\":" << int_or_null(a.expected) << ",\"done\":" << a.done << ",\"partial\":" << a.partial
          << ",\"skipped\":" << a.skipped << ",\"missed\":" << int_or_null(a.missed) << ",\"rate\":" << number_or_null(a.rate, 3)
          << ",\"streak\":" << int_or_null(a.streak) << ",\"longest_streak\":" << int_or_null(a.longest_streak)
          << ",\"last_done\":" << (a.last_done ? json_string(format_rfc3339(*a.last_done, client.zone)) : "null")
          << ",\"quality\":" << number_or_null(a.quality, 3) << ",\"clinician_rating\":{\"mean\":" << number_or_null(a.rating, 2)
          << ",\"count\":" << a.rating_count << "},\"in_the_moment\":" << a.in_moment << ",\"recalled\":" << a.recalled
          << ",\"fields\":{";
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
  }
  out << "]}\n";
}

}  // namespace hwk
