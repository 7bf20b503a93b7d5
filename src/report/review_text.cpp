// hwk review --format text: the review for a terminal, with sparklines; text from files is made
// terminal-safe.
#include <ostream>

#include "report/review.hpp"
#include "report/summary.hpp"
#include "util/strings.hpp"
#include "util/table.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

using namespace review_format;

// Text from a file, its lines after the first indented by `indent`.
std::string safe(const std::string& text, const std::string& indent) {
  std::string out;
  for (const char ch : terminal_safe(std::string(trim(text)), Newlines::keep)) {
    out += ch;
    if (ch == '\n') out += indent;
  }
  return out;
}

void feedback_lines(std::ostream& out, const std::vector<ReviewFeedback>& feedback, Zone zone, const std::string& indent) {
  for (const auto& f : feedback) {
    out << indent << "Feedback " << day_time(f.at, zone);
    if (f.quality) out << " (quality " << quality(*f.quality) << ")";
    out << ": " << safe(f.text, indent + "  ") << "\n";
  }
}

void entry_lines(std::ostream& out, const ReviewEntry& e, Zone zone) {
  out << "    " << day_time(e.at, zone) << "  " << entry_status(e);
  std::vector<std::string> numbers;
  for (const auto& v : e.values) {
    if (v.numeric) numbers.push_back(safe(v.label, "") + " " + safe(v.text, ""));
  }
  if (!numbers.empty()) out << "  " << join(numbers, ", ");
  out << "  [" << terminal_safe(e.id) << "]\n";
  for (const auto& v : e.values) {
    if (!v.numeric) out << "      " << safe(v.label, "") << ": " << safe(v.text, "        ") << "\n";
  }
  if (!e.reason.empty()) out << "      What got in the way: " << safe(e.reason, "        ") << "\n";
  if (!e.reflection.empty()) out << "      Reflection: " << safe(e.reflection, "        ") << "\n";
  feedback_lines(out, e.feedback, zone, "      ");
}

void trend_lines(std::ostream& out, const AssignmentReview& a) {
  const auto rows = trend_rows(a);
  if (a.trend.weeks.empty() || rows.empty()) return;
  out << "  Weekly from " << day(a.trend.weeks.front()) << ":\n";
  Table table;
  table.indent = "    ";
  for (const auto& row : rows) table.rows.push_back({safe(row.name, ""), row.figure, summary_format::sparkline(row.weekly, row.lo, row.hi)});
  out << render_table(table, {});
}

void assignment_text(std::ostream& out, const AssignmentReview& a, Zone zone, bool from_session) {
  const Adherence& ad = a.adherence;
  out << "\n" << safe(ad.title, "") << " (" << safe(ad.assignment, "") << ")";
  if (!a.schedule.empty()) out << ": " << safe(a.schedule, "");
  std::vector<std::string> times;
  for (const auto t : a.times) times.push_back(format_clock_time(t));
  if (!times.empty()) out << " at " << join(times, ", ");
  out << "\n";
  if (!a.goal.empty()) out << "  Goal: " << safe(a.goal, "    ") << "\n";
  if (a.step) out << "  Step: " << safe(step_line(*a.step, zone), "    ") << "\n";
  for (const auto& t : a.triggers) out << "  Follow-up: " << safe(trigger_line(t), "    ") << "\n";
  for (const auto& [label, text] : figure_lines(ad, zone, from_session)) out << "  " << label << ": " << text << "\n";
  trend_lines(out, a);
  out << "  Practice:\n";
  if (a.entries.empty()) out << "    nothing recorded\n";
  for (const auto& e : a.entries) entry_lines(out, e, zone);
  if (!a.reasons.empty()) {
    out << "  What got in the way:\n";
    for (const auto& g : a.reasons) out << "    “" << safe(g.reason, "      ") << "” (" << reason_times(g, zone) << ")\n";
  }
  if (!a.weeks.empty()) {
    out << "  Feedback on weeks:\n";
    for (const auto& w : a.weeks) {
      out << "    Week of " << day(w.week) << "\n";
      feedback_lines(out, w.feedback, zone, "      ");
    }
  }
  if (!a.suggestions.empty()) {
    out << "  Suggestions:\n";
    for (const auto& s : a.suggestions) out << "    - " << safe(s.text, "      ") << "\n";
  }
}

// Before everything else: each risk flag with what it met, the client's words and whether it has
// been seen; then the client's safety plan.
void risk_text(std::ostream& out, const ReviewReport& r) {
  if (!r.risk.empty()) {
    out << "\n" << risk_heading(r) << "\n";
    for (const auto& risk : r.risk) {
      out << "  " << day_time(risk.flag.at, r.zone) << "  " << safe(risk.title, "") << " (" << safe(risk.flag.assignment, "") << ")  ["
          << terminal_safe(risk.flag.record) << "]\n";
      for (const auto& reason : risk.flag.reasons) out << "    " << safe(risk_reason(reason), "      ") << "\n";
      if (!risk.flag.reflection.empty()) out << "    Reflection: " << safe(risk.flag.reflection, "      ") << "\n";
      out << "    " << safe(risk_status(risk, r.client, r.zone), "      ") << "\n";
    }
  }
  if (r.safety_plan) {
    out << "\n" << safety_plan_title(*r.safety_plan, r.zone) << ":\n";
    for (const auto& [label, text] : r.safety_plan->sections) out << "  " << safe(label, "") << ": " << safe(text, "    ") << "\n";
  }
  if (!r.risk.empty() || r.safety_plan) out << "\n";
}

}  // namespace

void render_review_text(std::ostream& out, const ReviewReport& r) {
  out << "Review of " << terminal_safe(r.client);
  if (!r.name.empty()) out << " (" << terminal_safe(r.name) << ")";
  out << ", " << period(r) << "\n";
  risk_text(out, r);
  if (!r.goals.empty()) {
    std::vector<std::string> goals;
    for (const auto& g : r.goals) goals.push_back(safe(g, ""));
    out << "Goals: " << join(goals, "; ") << "\n";
  }
  if (r.assignments.empty()) out << "\nNo assignments.\n";
  for (const auto& a : r.assignments) assignment_text(out, a, r.zone, r.session && *r.session == r.from);
}

}  // namespace hwk
