// hwk summary --format csv: RFC 4180, a header row, one row per client and assignment.
#include "report/summary.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

std::string csv_cell(const std::string& text) {
  const std::string s = terminal_safe(text, Newlines::keep);
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (const char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

std::string number(const std::optional<double>& x, int places) { return x ? summary_format::rounded(*x, places) : ""; }
std::string count(const std::optional<int>& x) { return x ? std::to_string(*x) : ""; }

}  // namespace

std::string summary_csv_header() {
  return "client,from,assignment,title,expected,done,partial,skipped,missed,rate,counted_from,records_before,open_expected,open_recorded,"
         "streak,longest_streak,last_done,complete,"
         "rating_field,rating_mean,rating_change,clinician_rating,clinician_ratings,in_the_moment,recalled,risk_open\r\n";
}

std::string summary_csv_client(const ClientSummary& c) {
  std::string out;
  for (const auto& a : c.assignments) {
    const FieldTrend* f = summary_format::main_rating(a);
    const std::vector<std::string> cells = {c.client,
                                            format_rfc3339(c.from, c.zone),
                                            a.assignment,
                                            a.title,
                                            count(a.expected),
                                            std::to_string(a.done),
                                            std::to_string(a.partial),
                                            std::to_string(a.skipped),
                                            count(a.missed),
                                            number(a.rate, 3),
                                            a.straddle_from ? format_rfc3339(*a.straddle_from, c.zone) : "",
                                            std::to_string(a.records_before),
                                            a.open ? std::to_string(a.open->expected) : "",
                                            a.open ? std::to_string(a.open->recorded()) : "",
                                            count(a.streak),
                                            count(a.longest_streak),
                                            a.last_done ? format_rfc3339(*a.last_done, c.zone) : "",
                                            number(a.complete, 3),
                                            f ? f->field : "",
                                            f ? number(f->mean, 2) : "",
                                            f ? number(f->change, 2) : "",
                                            number(a.rating, 2),
                                            std::to_string(a.rating_count),
                                            std::to_string(a.in_moment),
                                            std::to_string(a.recalled),
                                            count(c.risk_for(a.assignment))};
    for (std::size_t k = 0; k < cells.size(); ++k) {
      if (k) out += ',';
      out += csv_cell(cells[k]);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace hwk
