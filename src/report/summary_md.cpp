// hwk summary --format md: a Markdown table for notes and reports.
#include <sstream>

#include "report/summary.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

std::string count_or_dash(const std::optional<int>& x) { return x ? std::to_string(*x) : "–"; }
std::string dash_for_none(const std::string& cell) { return cell == "-" ? "–" : cell; }

}  // namespace

std::string summary_md_begin(const SummaryPeriod& p) {
  return "# Adherence " + (p.from ? format_date(local_date(*p.from, p.zone)) : std::string("since the last session")) + " to " +
         format_date(local_date(p.to, p.zone)) + "\n\n";
}

std::string summary_md_client(const ClientSummary& c) {
  std::ostringstream out;
  out << "## " << summary_format::markdown(c.client) << (c.name.empty() ? "" : " (" + summary_format::markdown(c.name) + ")") << "\n\n";
  if (c.assignments.empty()) {
    out << "No assignments.\n\n";
    return out.str();
  }
  out << "Since " << (c.from_session ? "the session of " : "")
      << date::format("%a %Y-%m-%d %H:%M", date::floor<std::chrono::minutes>(to_local(c.from, c.zone))) << ".\n\n";
  const bool risk = !c.risk_open.empty();  // the column is there where some assignment can raise a flag
  out << "| Assignment | Title | " << (risk ? "Risk | " : "")
      << "Expected | Done | Partial | Skipped | Missed | Rate | Open | Streak | Last done | Complete | Clinician | In the moment | Rating |\n"
      << "| --- | --- | " << (risk ? "---: | " : "") << "---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: | --- |\n";
  bool straddles = false;
  for (const auto& a : c.assignments) {
    const FieldTrend* f = summary_format::main_rating(a);
    std::string rating = "–";
    if (f && f->mean) {
      rating = summary_format::markdown(f->field) + " " + summary_format::rounded(*f->mean, 1);
      if (f->change) rating += " (" + std::string(*f->change >= 0 ? "+" : "") + summary_format::rounded(*f->change, 1) + ")";
    }
    straddles = straddles || a.straddle_from;
    out << "| " << summary_format::markdown(a.assignment) << " | " << summary_format::markdown(a.title) << " | ";
    if (risk) out << count_or_dash(c.risk_for(a.assignment)) << " | ";
    out << count_or_dash(a.expected) << (a.straddle_from ? "\\*" : "") << " | " << a.done << " | " << a.partial << " | " << a.skipped << " | "
        << count_or_dash(a.missed) << " | " << (a.rate ? summary_format::percent(a.rate) : "–") << " | "
        << dash_for_none(summary_format::open_cell(a)) << " | "
        << (a.streak ? std::to_string(*a.streak) + " (longest " + std::to_string(*a.longest_streak) + ")" : "–") << " | "
        << (a.last_done ? format_date(local_date(*a.last_done, c.zone)) : "–") << " | " << (a.complete ? summary_format::percent(a.complete) : "–")
        << " | " << dash_for_none(summary_format::clinician_rating(a)) << " | " << dash_for_none(summary_format::in_moment(a)) << " | " << rating
        << " |\n";
  }
  if (straddles) out << "\n\\* with a whole week or month that began before the period and ends in it (hwk-summary(1)).\n";
  out << "\n";
  return out.str();
}

}  // namespace hwk
