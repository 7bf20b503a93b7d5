// hwk due's list for one client (see report/due_list.hpp).
#include "report/due_list.hpp"

#include <algorithm>

#include "model/practice_rule.hpp"
#include "report/progress.hpp"
#include "report/risk.hpp"

namespace hwk {

bool ClientDue::anything_due() const {
  return !risk.empty() || std::any_of(items.begin(), items.end(), [](const DueItem& i) { return i.state != DueState::upcoming; });
}

ClientDue client_due(const std::string& id, const Plan& plan, const std::vector<Record>& records, const std::map<std::string, std::string>& titles,
                     const std::function<const Template*(const std::string&)>& template_of, const DueQuery& q) {
  ClientDue c{id, plan.name, plan.zone, due_items(id, plan, records, titles, q), {}, {}, {}};
  const auto title = [&](const std::string& assignment) {
    const auto it = titles.find(assignment);
    return it == titles.end() ? assignment : it->second;
  };
  // Open risk flags raised since the last session, or in the overdue window when that reaches
  // further back: what due reads (summary and review read the whole log).
  const Instant since = std::min(q.now - q.overdue_days, last_session(records, q.now).value_or(q.now));
  for (auto& f : risk_flags(records, template_of)) {
    if (!f.open() || f.at < since || f.at > q.now) continue;
    c.risk.push_back({f.record, f.assignment, title(f.assignment), f.at});
  }
  for (const auto& a : plan.assignments) {
    if (a.steps.empty()) continue;
    const StepState s = step_state(a, template_of(a.id), records, q.now);
    c.steps[a.id] = {a.steps[s.current].id, a.steps[s.current].title, s.current + 1, a.steps.size()};
    if (s.ready()) {
      c.ready.push_back({a.id, title(a.id), describe_rule(*s.rule), a.steps[s.current].id, a.steps[s.current + 1].id, a.steps[s.current + 1].title});
    }
  }
  return c;
}

}  // namespace hwk
