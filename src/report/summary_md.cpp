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
  out << "| Assignment | Title | Expected | Done | Partial | Skipped | Missed | Rate | Streak | Last done | Quality | Clinician | In the moment | Rating |\n"
      << "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |\n";
  for (const auto& a : c.assignments) {
    const FieldTrend* f = summary_format::main_rating(a);
    std::string rating = "–";
    if (f && f->mean) {
      rating = summary_format::markdown(f->field) + " " + summary_format::rounded(*f->mean, 1);
      if (f->change) rating += " (" + std::string(*f->change >= 0 ? "+" : "") + summary_format::rounded(*f->change, 1) + ")";
    }
    out << "| " << summary_format::markdown(a.assignment) << " | " << summary_format::markdown(a.title) << " | " << count_or_dash(a.expected) << " | " << a.done << " | " << a.partial << " | "
        << a.skipped << " | " << count_or_dash(a.missed) << " | " << (a.rate ? summary_format::percent(a.rate) : "–") << " | "
        << (a.streak ? std::to_string(*a.streak) + " (longest " + std::to_string(*a.longest_streak) + ")" : "–") << " | "
        << (a.last_done ? format_date(local_date(*a.last_done, c.zone)) : "–") << " | "
        << (a.quality ? summary_format::percent(a.quality) : "–") << " | " << dash_for_none(summary_format::clinician_rating(a)) << " | "
        << dash_for_none(summary_format::in_moment(a)) << " | " << rating << " |\n";
  }
  out << "\n";
  return out.str();
}

}  // namespace hwk
