// The plan as text.
#include "report/plan_view.hpp"

#include "schedule/occurrences.hpp"
#include "schedule/schedule.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

std::string safe(std::string_view s) { return terminal_safe(s); }

// Long text under a label, one paragraph per line, indented.
void paragraph(std::string& out, const char* label, const std::string& text) {
  if (text.empty()) return;
  out += std::string("  ") + label + ": " + safe(text) + "\n";
}

std::string when_text(const Assignment& a) {
  std::string when = describe_schedule(a.schedule);
  if (!a.times.empty()) {
    std::vector<std::string> times;
    for (const auto t : a.times) times.push_back(format_clock_time(t));
    when += " at " + join(times, ", ");
  }
  if (a.start) when += ", from " + format_date(*a.start);
  if (a.end) when += ", until " + format_date(*a.end);
  return when;
}

void steps_text(std::string& out, const AssignmentView& av, const StepState& s, Zone zone) {
  const Assignment& a = *av.assignment;
  out += "  Steps (on " + std::to_string(s.current + 1) + " of " + std::to_string(a.steps.size());
  if (s.since) out += " since " + date::format("%F", local_day(*s.since, zone));
  out += "):\n";
  std::size_t width = 0;
  for (const auto& step : a.steps) width = std::max(width, utf8_length(safe(step.title)));
  for (std::size_t i = 0; i < a.steps.size(); ++i) {
    const auto& step = a.steps[i];
    const char* mark = i < s.current ? "done" : i == s.current ? "now " : "    ";
    std::string line = "    " + std::to_string(i + 1) + (i + 1 < 10 ? "  " : " ") + mark + "  " + safe(step.title);
    if (!step.expected.empty()) {
      std::vector<std::string> ratings;
      for (const auto& [field, value] : step.expected) {
        const auto label = av.field_labels.find(field);
        ratings.push_back(safe(to_lower(label == av.field_labels.end() ? field : label->second)) + " " + format_number(value));
      }
      line += std::string(width - utf8_length(safe(step.title)) + 2, ' ') + "expected " + join(ratings, ", ");
    }
    out += line + "\n";
  }
  if (s.rule) {
    out += "  Next step when: " + safe(describe_rule(*s.rule));
    if (s.progress) out += " (" + std::to_string(s.progress->counted) + " of " + std::to_string(s.progress->needed) + " so far)";
    if (s.ready()) out += "; met: ready for step " + std::to_string(s.current + 2);
    else if (s.last) out += "; this is the last step";
    out += "\n";
  }
}

}  // namespace

std::string render_plan_text(const PlanView& v) {
  const Plan& p = *v.plan;
  std::string out = safe(p.client);
  if (!p.name.empty()) out += " (" + safe(p.name) + ")";
  out += ", " + safe(p.timezone) + "\n";
  if (v.last_session) out += "Last session: " + format_rfc3339(*v.last_session, p.zone).substr(0, 16) + "\n";
  for (const auto& s : p.sessions) {
    if (Instant t = resolve_local(s, p.zone); t > v.now) {
      out += "Next session: " + format_rfc3339(t, p.zone).substr(0, 16) + "\n";
      break;
    }
  }
  if (v.open_risk > 0) out += "Risk: " + attention_text(v.open_risk) + " (hwk review " + safe(p.client) + ")\n";
  if (!p.goals.empty()) {
    out += "\nGoals\n";
    for (const auto& g : p.goals) out += "  - " + safe(g) + "\n";
  }
  if (p.assignments.empty()) out += "\nNo assignments yet.\n";
  for (const auto& av : v.assignments) {
    const Assignment& a = *av.assignment;
    out += "\n" + safe(a.id) + ": " + safe(av.title) + "\n";
    paragraph(out, "When", when_text(a));
    paragraph(out, "Why", a.why);
    paragraph(out, "Goal", a.goal);
    if (av.steps) steps_text(out, av, *av.steps, p.zone);
    for (const auto& t : a.triggers) {
      std::string then;
      if (!t.suggest.empty()) {
        const auto it = av.suggest_titles.find(t.suggest);
        then = "try " + (it != av.suggest_titles.end() ? it->second + " (" + t.suggest + ")" : t.suggest);
      }
      if (!t.message.empty()) then += (then.empty() ? "" : "; ") + t.message;
      out += "  When " + safe(describe_conditions(t.when)) + ": " + safe(then) + "\n";
    }
    paragraph(out, "If it gets in the way", a.backup);
  }
  if (v.safety_plan) {
    out += "\nSafety plan (recorded " + format_date(date::year_month_day{local_day(v.safety_plan->record->at, p.zone)}) + ")\n";
    for (const auto& [label, text] : v.safety_plan->sections) out += "  " + safe(label) + ": " + safe(text) + "\n";
  }
  return out;
}

}  // namespace hwk
