// The review computation; the rules are stated in hwk-review(1).
#include "report/review.hpp"

#include <algorithm>

#include "report/feedback.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

ReviewFeedback review_feedback(const Record& f) { return {f.id, f.at, f.note, f.quality}; }

// The record's values in the template's order, as a person reads them.
std::vector<ReviewValue> entry_values(const Record& r, const Template* tmpl) {
  std::vector<ReviewValue> out;
  if (!tmpl) return out;
  for (const auto& f : tmpl->fields) {
    for (const auto& [id, value] : r.values) {
      if (id == f.id) out.push_back({f.label.empty() ? f.id : f.label, display_field_value(f, value), is_numeric(f.type)});
    }
  }
  return out;
}

// Reasons that differ only in case, spacing or a final full stop are the same reason.
std::string reason_key(std::string_view reason) {
  std::string key = join(split_words(to_lower(trim(reason))), " ");
  while (!key.empty() && (key.back() == '.' || key.back() == '!')) key.pop_back();
  return key;
}

std::vector<ReasonGroup> group_reasons(const std::vector<ReviewEntry>& entries) {
  std::vector<ReasonGroup> groups;
  std::vector<std::string> keys;
  for (const auto& e : entries) {
    if (e.status == Status::done || trim(e.reason).empty()) continue;
    const std::string key = reason_key(e.reason);
    const auto it = std::find(keys.begin(), keys.end(), key);
    if (it == keys.end()) {
      keys.push_back(key);
      groups.push_back({std::string(trim(e.reason)), {{e.at, e.status}}});
    } else {
      groups[static_cast<std::size_t>(it - keys.begin())].given.emplace_back(e.at, e.status);
    }
  }
  return groups;
}

AssignmentReview review_assignment(const std::string& client, const Assignment& a, const Template* tmpl, const std::string& title,
                                   const std::vector<Record>& records, const std::vector<FeedbackLink>& links, Zone zone,
                                   const std::vector<LocalTime>& sessions, const ReviewQuery& q) {
  AssignmentReview out;
  AdherenceQuery aq;
  aq.from = q.from;
  aq.to = q.to;
  aq.now = q.now;
  aq.week_start = q.week_start;
  out.adherence = adherence(a, tmpl, title, records, sessions, zone, aq);
  const Instant end = std::min(q.to, q.now);
  const LocalDay last_week = week_of(local_day(end - std::chrono::seconds{1}, zone), q.week_start);
  LocalDay first_week = last_week - date::days{7 * (std::max(q.rules.trend_weeks, 1) - 1)};
  if (a.start) first_week = std::max(first_week, week_of(LocalDay{*a.start}, q.week_start));  // no weeks before it began
  aq.from = std::min(q.from, start_of_day(first_week, zone));
  out.trend = adherence(a, tmpl, title, records, sessions, zone, aq);
  out.schedule = a.schedule_text;
  out.times = a.times;
  out.minutes = tmpl && tmpl->minutes ? *tmpl->minutes : 0;
  if (tmpl) out.occasion = tmpl->occasion;
  if (tmpl) {
    for (const auto& f : tmpl->fields) out.labels[f.id] = f.label.empty() ? f.id : f.label;
  }
  out.goal = a.goal;
  out.why = a.why;
  out.backup = a.backup;

  const auto by_id = records_by_id(records);
  for (const Record* practice : effective_records(records, a.id)) {
    const Record& r = *practice;
    if (r.at < q.from || r.at >= end) continue;
    ReviewEntry e;
    e.id = r.id;
    e.at = r.at;
    e.status = r.status;
    e.at_assumed = r.at_assumed;
    e.recalled = !r.at_assumed && first_recorded(r, by_id) - r.at > aq.in_moment_within;
    e.corrected = !r.amends.empty();
    e.values = entry_values(r, tmpl);
    e.reason = r.reason;
    e.reflection = r.reflection;
    for (const auto& link : links) {
      if (link.record == r.id) e.feedback.push_back(review_feedback(*link.feedback));
    }
    out.entries.push_back(std::move(e));
  }
  out.reasons = group_reasons(out.entries);
  for (const auto& link : links) {
    if (!link.week || link.feedback->assignment != a.id) continue;
    const LocalDay week{*link.week};
    if (start_of_day(week, zone) >= end || start_of_day(week + date::days{7}, zone) <= q.from) continue;
    auto it = std::find_if(out.weeks.begin(), out.weeks.end(), [&](const WeekFeedback& w) { return w.week == week; });
    if (it == out.weeks.end()) it = out.weeks.insert(out.weeks.end(), WeekFeedback{week, {}});
    it->feedback.push_back(review_feedback(*link.feedback));
  }
  std::sort(out.weeks.begin(), out.weeks.end(), [](const WeekFeedback& x, const WeekFeedback& y) { return x.week < y.week; });
  out.client = client;
  if (!a.steps.empty()) {
    const StepState s = step_state(a, tmpl, records, end);
    StepReview st;
    st.number = s.current + 1;
    st.count = a.steps.size();
    st.id = a.steps[s.current].id;
    st.title = a.steps[s.current].title;
    st.since = s.since;
    if (s.rule) st.rule = describe_rule(*s.rule);
    if (s.progress) {
      st.counted = s.progress->counted;
      st.needed = s.progress->needed;
    }
    st.ready = s.ready();
    if (!s.last) st.next_title = a.steps[s.current + 1].title;
    if (s.current > 0) st.previous_title = a.steps[s.current - 1].title;
    for (const auto& change : s.history) st.began += change.at >= q.from ? 1 : 0;
    out.step = st;
  }
  if (tmpl) {
    for (const auto& c : trigger_counts(a, *tmpl, records, q.from, end)) {
      std::string then = c.trigger->suggest.empty() ? "" : "try " + c.trigger->suggest;
      if (!c.trigger->message.empty()) then += (then.empty() ? "" : "; ") + c.trigger->message;
      out.triggers.push_back({describe_conditions(c.trigger->when), then, c.fired});
    }
  }
  out.stall = stalled_practice(a, tmpl, records, sessions, zone, end, q.rules.stall_threshold, q.week_start, q.rules.stall_days);
  out.suggestions = review_suggestions(out, zone, q.rules);
  return out;
}

}  // namespace

ReviewReport review(const Plan& plan, const std::map<std::string, Template>& templates, const std::map<std::string, std::string>& titles,
                    const std::vector<Record>& records, const ReviewQuery& q) {
  ReviewReport out;
  out.client = plan.client;
  out.name = plan.name;
  out.zone = plan.zone;
  out.from = q.from;
  out.to = std::min(q.to, q.now);
  out.session = q.session;
  out.goals = plan.goals;
  const auto template_of = [&](const std::string& id) -> const Template* {
    const auto it = templates.find(id);
    return it == templates.end() ? nullptr : &it->second;
  };
  // Flags as they stood at the period's end, as hwk summary counts them: raised by then, and
  // acknowledged only if that was by then too.
  for (auto& flag : risk_flags(records, template_of)) {
    if (flag.at > out.to) continue;
    if (flag.ack && flag.ack->at > out.to) flag.ack.reset();
    const bool in_period = flag.at >= q.from || (flag.ack && flag.ack->at >= q.from);
    if (!flag.open() && !in_period) continue;
    if (flag.open()) ++out.open_risk;
    const auto title = titles.find(flag.assignment);
    std::string shown_title = title == titles.end() ? flag.assignment : title->second;
    out.risk.push_back({std::move(flag), std::move(shown_title)});
  }
  out.safety_plan = current_safety_plan(records, template_of, out.to);
  const auto links = feedback_links(records);
  for (const auto& a : plan.assignments) {
    const auto t = templates.find(a.id);
    const auto title = titles.find(a.id);
    out.assignments.push_back(review_assignment(plan.client, a, t == templates.end() ? nullptr : &t->second,
                                                title == titles.end() ? a.id : title->second, records, links, plan.zone, plan.sessions, q));
    // Practice that raised a risk flag is talked through first: no advice to do less or differently.
    if (std::any_of(out.risk.begin(), out.risk.end(), [&](const ReviewRisk& r) { return r.flag.open() && r.flag.assignment == a.id; })) {
      auto& s = out.assignments.back().suggestions;
      std::erase_if(s, [](const Suggestion& x) {
        return x.kind == "smaller-task" || x.kind == "fewer-times" || x.kind == "time-of-day" || x.kind == "stalled" || x.kind == "next-step";
      });
      s.insert(s.begin(), {"risk", "Talk through the record under Risk first; leave changes to this practice until then."});
    }
  }
  return out;
}

}  // namespace hwk
