// Graded steps and triggers.
#include "report/progress.hpp"

#include <algorithm>
#include <set>

#include "schedule/occurrences.hpp"

namespace hwk {

StepState step_state(const Assignment& a, const Template* tmpl, const std::vector<Record>& records, Instant now) {
  StepState s;
  std::vector<const Record*> changes;
  std::set<std::string> seen;
  for (const auto& r : records) {
    if (r.kind != RecordKind::step || r.assignment != a.id || r.at > now) continue;
    if (!a.step_index(r.step) || !seen.insert(r.id).second) continue;
    changes.push_back(&r);
  }
  std::sort(changes.begin(), changes.end(), [](const Record* x, const Record* y) {
    return x->at != y->at ? x->at < y->at : x->id < y->id;
  });
  for (const Record* r : changes) s.history.push_back({*a.step_index(r->step), r->at, r->id, r->note});
  if (!s.history.empty()) {
    s.current = s.history.back().index;
    s.since = s.history.back().at;
  }
  s.last = s.current + 1 >= a.steps.size();
  s.rule = a.advance_rule(s.current);
  std::vector<const Record*> on_step;
  const auto practice = effective_records(records, a.id);
  for (const auto& r : practice) {
    if (r.at > now || (s.since && r.at < *s.since)) continue;
    if (!r.step.empty() && r.step != a.steps[s.current].id) continue;
    on_step.push_back(&r);
  }
  s.practices = static_cast<int>(on_step.size());
  if (s.rule && tmpl) s.progress = rule_progress(*s.rule, *tmpl, on_step, now);
  return s;
}

std::string step_label(const Assignment& a, std::size_t index) {
  return "step " + std::to_string(index + 1) + " of " + std::to_string(a.steps.size()) + ": " + a.steps[index].title;
}

std::vector<const Trigger*> fired_triggers(const Assignment& a, const Template& tmpl, const Record& r) {
  std::vector<const Trigger*> out;
  if (r.kind != RecordKind::practice) return out;
  for (const auto& t : a.triggers) {
    if (!t.when.empty() && meets(r, tmpl, t.when)) out.push_back(&t);
  }
  return out;
}

std::vector<TriggerCount> trigger_counts(const Assignment& a, const Template& tmpl, const std::vector<Record>& records,
                                         Instant from, Instant to) {
  std::vector<TriggerCount> out;
  for (const auto& t : a.triggers) out.push_back({&t, 0, std::nullopt});
  const auto practice = effective_records(records, a.id);
  for (const auto& r : practice) {
    if (r.at < from || r.at >= to) continue;
    for (const Trigger* t : fired_triggers(a, tmpl, r)) {
      auto& c = out[static_cast<std::size_t>(t - a.triggers.data())];
      ++c.fired;
      c.last = r.at;
    }
  }
  return out;
}

}  // namespace hwk
