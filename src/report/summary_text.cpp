// hwk summary --format text: an aligned table with sparklines of weekly adherence and rating.
#include <algorithm>
#include <ostream>

#include "report/summary.hpp"
#include "util/strings.hpp"
#include "util/table.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

std::string count_or_dash(const std::optional<int>& x) { return x ? std::to_string(*x) : "-"; }

std::string rating_cell(const Adherence& a) {
  const FieldTrend* f = summary_format::main_rating(a);
  if (!f || !f->mean) return "-";
  const auto [lo, hi] = summary_format::trend_range(*f);
  return f->field + " " + summary_format::rounded(*f->mean, 1) + " " + summary_format::sparkline(f->weekly, lo, hi);
}

std::vector<std::string> header_row() {
  return {"CLIENT", "ASSIGNMENT", "RISK",      "EXPECTED", "DONE",      "PARTIAL",   "SKIPPED", "MISSED", "RATE",
          "OPEN",   "STREAK",     "LAST DONE", "COMPLETE", "CLINICIAN", "IN MOMENT", "WEEKLY",  "RATING"};
}

}  // namespace

std::vector<std::vector<std::string>> summary_text_rows(const ClientSummary& c) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& a : c.assignments) {
    const std::string streak = a.streak ? std::to_string(*a.streak) + "/" + std::to_string(*a.longest_streak) : "-";
    const std::string last = a.last_done ? format_date(local_date(*a.last_done, c.zone)) : "-";
    const std::string expected = count_or_dash(a.expected) + (a.straddle_from ? "*" : "");
    rows.push_back({terminal_safe(c.client), terminal_safe(a.assignment), count_or_dash(c.risk_for(a.assignment)), expected, std::to_string(a.done),
                    std::to_string(a.partial), std::to_string(a.skipped), count_or_dash(a.missed), summary_format::percent(a.rate),
                    summary_format::open_cell(a), streak, last, summary_format::percent(a.complete), summary_format::clinician_rating(a),
                    summary_format::in_moment(a), summary_format::sparkline(a.weekly_rate, 0, 1), terminal_safe(rating_cell(a))});
  }
  return rows;
}

void write_summary_table(std::ostream& out, std::vector<std::vector<std::string>> rows, std::size_t width) {
  if (rows.empty()) return;
  Table table;
  table.header = header_row();
  // RISK is shown only where some assignment can raise a flag.
  constexpr std::size_t risk_column = 2, expected_column = 3;
  if (std::all_of(rows.begin(), rows.end(), [](const auto& row) { return row[risk_column] == "-"; })) {
    table.header.erase(table.header.begin() + risk_column);
    for (auto& row : rows) row.erase(row.begin() + risk_column);
  }
  const std::size_t expected = table.header[risk_column] == "RISK" ? expected_column : expected_column - 1;
  const bool straddles = std::any_of(rows.begin(), rows.end(), [&](const auto& row) { return row[expected].ends_with('*'); });
  table.rows = std::move(rows);
  out << render_table(table, {width, false});
  if (straddles) out << "* with a whole week or month that began before the period and ends in it (hwk-summary(1))\n";
}

}  // namespace hwk
