// hwk review --format md: the review as Markdown for notes; text from files is escaped.
#include <ostream>

#include "report/review.hpp"
#include "report/summary.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

using namespace review_format;
using summary_format::markdown;

std::string feedback_text(const ReviewFeedback& f, Zone zone) {
  std::string out = "**Feedback** " + day_time(f.at, zone);
  if (f.quality) out += " (quality " + quality(*f.quality) + ")";
  return out + ": " + markdown(f.text);
}

void entry_md(std::ostream& out, const ReviewEntry& e, Zone zone) {
  out << "- **" << day_time(e.at, zone) << "**, " << entry_status(e);
  std::vector<std::string> numbers;
  for (const auto& v : e.values) {
    if (v.numeric) numbers.push_back(markdown(v.label) + " " + markdown(v.text));
  }
  if (!numbers.empty()) out << ": " << join(numbers, ", ");
  out << " `" << markdown(e.id) << "`\n";
  for (const auto& v : e.values) {
    if (!v.numeric) out << "  - " << markdown(v.label) << ": " << markdown(v.text) << "\n";
  }
  if (!e.reason.empty()) out << "  - What got in the way: " << markdown(e.reason) << "\n";
  if (!e.reflection.empty()) out << "  - Reflection: " << markdown(e.reflection) << "\n";
  for (const auto& f : e.feedback) out << "  - " << feedback_text(f, zone) << "\n";
}

void assignment_md(std::ostream& out, const AssignmentReview& a, Zone zone, bool from_session) {
  const Adherence& ad = a.adherence;
  out << "## " << markdown(ad.title) << " (" << markdown(ad.assignment) << ")\n\n";
  std::vector<std::string> times;
  for (const auto t : a.times) times.push_back(format_clock_time(t));
  if (!a.schedule.empty()) out << "- Schedule: " << markdown(a.schedule) << (times.empty() ? "" : " at " + join(times, ", ")) << "\n";
  if (!a.goal.empty()) out << "- Goal: " << markdown(a.goal) << "\n";
  if (a.step) out << "- Step: " << markdown(step_line(*a.step, zone)) << "\n";
  for (const auto& t : a.triggers) out << "- Follow-up: " << markdown(trigger_line(t)) << "\n";
  for (const auto& [label, text] : figure_lines(ad, zone, from_session)) out << "- " << label << ": " << text << "\n";
  const auto rows = trend_rows(a);
  if (!rows.empty() && !a.trend.weeks.empty()) {
    out << "- Weekly from " << day(a.trend.weeks.front()) << ":\n";
    for (const auto& row : rows) {
      out << "  - " << markdown(row.name) << " " << row.figure << " " << summary_format::sparkline(row.weekly, row.lo, row.hi) << "\n";
    }
  }
  out << "\n### Practice\n\n";
  if (a.entries.empty()) out << "Nothing recorded.\n";
  for (const auto& e : a.entries) entry_md(out, e, zone);
  if (!a.reasons.empty()) {
    out << "\n### What got in the way\n\n";
    for (const auto& g : a.reasons) out << "- “" << markdown(g.reason) << "” (" << reason_times(g, zone) << ")\n";
  }
  if (!a.weeks.empty()) {
    out << "\n### Feedback on weeks\n\n";
    for (const auto& w : a.weeks) {
      out << "- Week of " << day(w.week) << "\n";
      for (const auto& f : w.feedback) out << "  - " << feedback_text(f, zone) << "\n";
    }
  }
  if (!a.suggestions.empty()) {
    out << "\n### Suggestions\n\n";
    for (const auto& s : a.suggestions) out << "- " << markdown(s.text) << "\n";
  }
  out << "\n";
}

// Before everything else: the risk flags, then the client's safety plan.
void risk_md(std::ostream& out, const ReviewReport& r) {
  if (!r.risk.empty()) {
    out << "## " << risk_heading(r) << "\n\n";
    for (const auto& risk : r.risk) {
      out << "- **" << day_time(risk.flag.at, r.zone) << "**, " << markdown(risk.title) << " (" << markdown(risk.flag.assignment) << ") `"
          << markdown(risk.flag.record) << "`\n";
      for (const auto& reason : risk.flag.reasons) out << "  - " << markdown(risk_reason(reason)) << "\n";
      if (!risk.flag.reflection.empty()) out << "  - Reflection: " << markdown(risk.flag.reflection) << "\n";
      out << "  - "
          << (risk.flag.open() ? "**" + markdown(risk_status(risk, r.client, r.zone)) + "**" : markdown(risk_status(risk, r.client, r.zone))) << "\n";
    }
    out << "\n";
  }
  if (r.safety_plan) {
    out << "## " << safety_plan_title(*r.safety_plan, r.zone) << "\n\n";
    for (const auto& [label, text] : r.safety_plan->sections) out << "- " << markdown(label) << ": " << markdown(text) << "\n";
    out << "\n";
  }
}

}  // namespace

void render_review_md(std::ostream& out, const ReviewReport& r) {
  out << "# Review of " << markdown(r.client);
  if (!r.name.empty()) out << " (" << markdown(r.name) << ")";
  out << "\n\n"
      << "Period: " << period(r) << ".\n\n";
  risk_md(out, r);
  if (!r.goals.empty()) {
    out << "Goals:\n\n";
    for (const auto& g : r.goals) out << "- " << markdown(g) << "\n";
    out << "\n";
  }
  if (r.assignments.empty()) out << "No assignments.\n";
  for (const auto& a : r.assignments) assignment_md(out, a, r.zone, r.session && *r.session == r.from);
}

}  // namespace hwk
