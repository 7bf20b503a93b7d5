// The due computation.
#include "report/due.hpp"

#include <algorithm>
#include <map>

namespace hwk {

const char* due_state_name(DueState s) {
  switch (s) {
    case DueState::overdue:
      return "overdue";
    case DueState::due:
      return "due";
    case DueState::upcoming:
      return "upcoming";
  }
  return "due";
}

std::vector<DueItem> due_items(const std::string& client, const Plan& plan, const std::vector<Record>& records,
                               const std::map<std::string, std::string>& titles, const DueQuery& q) {
  std::vector<DueItem> out;
  const Zone zone = plan.zone;
  const Instant since = last_session(records, q.now).value_or(q.now - q.overdue_days);
  const LocalDay first = local_day(since, zone);
  const LocalDay last = local_day(std::max(q.upcoming_until, q.now), zone);
  for (const auto& a : plan.assignments) {
    const auto title_it = titles.find(a.id);
    const std::string title = title_it == titles.end() ? a.id : title_it->second;
    const auto done = effective_records(records, a.id);
    auto item = [&](DueState state, LocalDay day, std::optional<Instant> at) {
      DueItem i;
      i.client = client;
      i.assignment = a.id;
      i.title = title;
      i.state = state;
      i.day = day;
      i.at = at;
      return i;
    };
    auto occurrences = occurrences_between(a, first, last, zone, plan.sessions);
    answer_occurrences(occurrences, done);
    for (const auto& o : occurrences) {
      if (o.answered) continue;
      const std::optional<Instant> at = o.time ? std::optional{o.at} : std::nullopt;
      if (o.answer_until <= q.now) {
        if (o.answer_until > since) out.push_back(item(DueState::overdue, o.day, at));  // closed after the session: hwk-summary(1)
      } else if (o.at <= q.now) {
        out.push_back(item(DueState::due, o.day, at));
      } else if (o.at <= q.upcoming_until) {
        out.push_back(item(DueState::upcoming, o.day, at));
      }
    }
    auto periods = quota_periods(a, first, last, zone, q.week_start);
    answer_quotas(periods, done);
    for (const auto& p : periods) {
      const int remaining = p.expected - p.answered;
      if (remaining <= 0 || p.from > q.now) continue;
      DueItem i = item(p.until <= q.now ? DueState::overdue : DueState::due, p.last, std::nullopt);
      if (i.state == DueState::overdue && p.until <= since) continue;
      i.remaining = remaining;
      i.period = a.schedule.period;
      out.push_back(i);
    }
  }
  // By state, then time (an untimed item at the start of its day); each key made once.
  std::vector<std::pair<std::pair<DueState, Instant>, std::size_t>> order;
  order.reserve(out.size());
  for (std::size_t k = 0; k < out.size(); ++k) order.push_back({{out[k].state, out[k].at.value_or(start_of_day(out[k].day, zone))}, k});
  std::stable_sort(order.begin(), order.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<DueItem> sorted;
  sorted.reserve(out.size());
  for (const auto& [key, k] : order) sorted.push_back(std::move(out[k]));
  return sorted;
}

}  // namespace hwk
