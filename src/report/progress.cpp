// Graded steps and triggers.
#include "report/progress.hpp"

#include <algorithm>
#include <set>

#include "report/adherence.hpp"
#include "schedule/occurrences.hpp"
#include "schedule/schedule.hpp"
#include "util/strings.hpp"

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
  std::sort(changes.begin(), changes.end(), [](const Record* x, const Record* y) { return x->at != y->at ? x->at < y->at : x->id < y->id; });
  for (const Record* r : changes) s.history.push_back({*a.step_index(r->step), r->at, r->id, r->note});
  if (!s.history.empty()) {
    s.current = s.history.back().index;
    s.since = s.history.back().at;
  }
  s.last = s.current + 1 >= a.steps.size();
  s.rule = a.advance_rule(s.current);
  std::vector<const Record*> on_step;
  const auto practice = effective_records(records, a.id);
  for (const Record* r : practice) {
    if (r->at > now || (s.since && r->at < *s.since)) continue;
    if (!r->step.empty() && r->step != a.steps[s.current].id) continue;
    on_step.push_back(r);
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

std::vector<TriggerCount> trigger_counts(const Assignment& a, const Template& tmpl, const std::vector<Record>& records, Instant from, Instant to) {
  std::vector<TriggerCount> out;
  for (const auto& t : a.triggers) out.push_back({&t, 0, std::nullopt});
  const auto practice = effective_records(records, a.id);
  for (const Record* r : practice) {
    if (r->at < from || r->at >= to) continue;
    for (const Trigger* t : fired_triggers(a, tmpl, *r)) {
      auto& c = out[static_cast<std::size_t>(t - a.triggers.data())];
      ++c.fired;
      c.last = r->at;
    }
  }
  return out;
}

namespace {

// A lighter schedule than `s`, in the plan's words, or nothing when it is already as light as it goes.
std::optional<std::string> fewer(const Schedule& s) {
  switch (s.kind) {
    case Schedule::Kind::quota:
      if (s.count > 1)
        return std::to_string((s.count + 1) / 2) + " per " +
               (s.period == Schedule::Period::day    ? "day"
                : s.period == Schedule::Period::week ? "week"
                                                     : "month");
      if (s.period == Schedule::Period::day) return std::string("4 per week");
      if (s.period == Schedule::Period::week) return std::string("2 per month");
      return std::nullopt;
    case Schedule::Kind::days_of_week: {
      const int n = static_cast<int>(std::count(s.weekdays.begin(), s.weekdays.end(), true));
      if (n >= 5) return std::string("mon wed fri");
      if (n >= 2) return std::to_string(std::max(1, n / 2)) + " per week";
      return std::nullopt;
    }
    case Schedule::Kind::every_n_days:
      return s.every < 7 ? std::optional<std::string>("every " + std::to_string(s.every * 2) + " days") : std::nullopt;
    default:
      return std::nullopt;
  }
}

}  // namespace

std::optional<Stall> stalled_practice(const Assignment& a, const Template* tmpl, const std::vector<Record>& records,
                                      const std::vector<LocalTime>& sessions, Zone zone, Instant now, double threshold, unsigned week_start,
                                      int days) {
  if (a.schedule.kind == Schedule::Kind::as_needed) return std::nullopt;
  AdherenceQuery q;
  q.to = q.now = now;
  q.from = start_of_day(local_day(now, zone) - date::days{days}, zone);  // the last `days` whole days, and today if closed
  q.week_start = week_start;
  const Adherence ad = adherence(a, tmpl, a.id, records, sessions, zone, q);
  if (!ad.expected || *ad.expected < 2 || !ad.rate || *ad.rate >= threshold) return std::nullopt;
  Stall st;
  st.rate = *ad.rate;
  st.expected = *ad.expected;
  st.threshold = threshold;
  st.from = q.from;
  st.to = q.to;
  for (const Record* r : effective_records(records, a.id)) {
    if (r->at >= q.from && r->at < q.to && r->status != Status::done && !r->reason.empty()) st.reasons.emplace_back(r->at, r->reason);
  }

  // Smaller: a step back on a ladder, else a shorter or easier version of the task.
  const Occasion occasion = tmpl ? tmpl->occasion : Occasion::scheduled;
  if (!a.steps.empty()) {
    const StepState s = step_state(a, tmpl, records, now);
    // A step whose rule was met before practice slowed is not a reason to go back (the review's
    // next-step suggestion says so).
    if (s.ready()) {
      // nothing smaller
    } else if (s.current > 0) {
      st.adjustments.push_back({Adjustment::Kind::smaller, "Go back to step " + std::to_string(s.current) + ", \"" + a.steps[s.current - 1].title +
                                                               "\", for a while (hwk advance --back)."});
    } else {
      st.adjustments.push_back({Adjustment::Kind::smaller, "Make the first step smaller: add an easier step before \"" + a.steps[0].title + "\"."});
    }
  } else {
    st.adjustments.push_back({Adjustment::Kind::smaller, "Agree on a smaller or easier version of the task, such as half the time."});
  }
  // Fewer times and another time of day fit scheduled practice: a daily log is one entry a day,
  // and an event-triggered record is made when the event happens.
  if (auto lighter = fewer(a.schedule); lighter && occasion == Occasion::scheduled) {
    st.adjustments.push_back(
        {Adjustment::Kind::fewer, "Practise less often for now: \"" + *lighter + "\" instead of \"" + describe_schedule(a.schedule) + "\"."});
  }
  // Another time: the time of day most often missed, when the assignment has times.
  if (occasion == Occasion::event) {
    // done when something happens: no time of day to change
  } else if (occasion == Occasion::daily_log) {
    st.adjustments.push_back({Adjustment::Kind::time, "Tie filling it in to a fixed moment of each day, such as breakfast or bedtime."});
  } else if (!a.times.empty()) {
    // Each record is matched to the occurrence of its day nearest to it in time, so a morning
    // practice done in the evening shows the morning as the time that does not work.
    auto occ = occurrences_between(a, local_day(q.from, zone), local_day(now, zone), zone, sessions);
    std::vector<bool> done(occ.size(), false);
    for (const Record* r : effective_records(records, a.id)) {
      if (r->at < q.from || r->at >= now || r->status == Status::skipped) continue;
      std::optional<std::size_t> best;
      for (std::size_t i = 0; i < occ.size(); ++i) {
        if (done[i] || !occ[i].time || occ[i].day != local_day(r->at, zone)) continue;
        const auto dist = [&](std::size_t k) { return r->at > occ[k].at ? r->at - occ[k].at : occ[k].at - r->at; };
        if (!best || dist(i) < dist(*best)) best = i;
      }
      if (best) done[*best] = true;
    }
    std::map<std::chrono::minutes, std::pair<int, int>> by_time;  // time → (missed, expected)
    for (std::size_t i = 0; i < occ.size(); ++i) {
      if (!occ[i].time || occ[i].answer_until > now || occ[i].at < q.from) continue;
      auto& [missed, expected] = by_time[*occ[i].time];
      ++expected;
      missed += done[i] ? 0 : 1;
    }
    const std::pair<int, int>* worst = nullptr;  // the highest share missed
    std::chrono::minutes worst_time{};
    for (const auto& [t, c] : by_time) {
      if (c.first > 0 && (!worst || c.first * worst->second > worst->first * c.second)) {
        worst = &c;
        worst_time = t;
      }
    }
    if (worst) {
      st.adjustments.push_back({Adjustment::Kind::time, "Try another time of day: the " + format_clock_time(worst_time) + " practice was missed " +
                                                            std::to_string(worst->first) + " of " + std::to_string(worst->second) + " times."});
    }
  } else {
    st.adjustments.push_back({Adjustment::Kind::time, "Tie the practice to a fixed time or to something done every day, such as a meal."});
  }
  std::string why = "Revisit why the practice helps and what gets in the way";
  why += st.reasons.empty() ? ": no reasons were given for the missed practice." : ", starting from the reasons given.";
  st.adjustments.push_back({Adjustment::Kind::rationale, why});
  return st;
}

}  // namespace hwk
