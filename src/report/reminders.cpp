// Reminder computation.
#include "report/reminders.hpp"

#include <algorithm>

#include "util/time.hpp"

namespace hwk {

std::string Reminder::key() const { return client + " " + assignment + " " + date::format("%F", day) + " " + format_clock_time(time); }

std::vector<Reminder> reminders_due(const std::string& client, const Plan& plan, const std::vector<Record>& records,
                                    const std::map<std::string, std::string>& titles, Instant now, std::chrono::seconds catch_up,
                                    unsigned week_start) {
  std::vector<Reminder> out;
  const Zone zone = plan.zone;
  const Instant from = now - catch_up;
  const LocalDay first = local_day(from, zone) - date::days{1}, last = local_day(now, zone);
  for (const auto& a : plan.assignments) {
    if (a.times.empty()) continue;
    const auto title_it = titles.find(a.id);
    const std::string title = title_it == titles.end() ? a.id : title_it->second;
    std::vector<const Record*> done;
    for (const Record* r : effective_records(records, a.id)) {
      if (r->at <= now) done.push_back(r);
    }
    auto remind = [&](LocalDay day, std::chrono::minutes time, Instant at) {
      if (at <= from || at > now) return;
      out.push_back({client, a.id, title, day, time, at, now - at > late_after});
    };
    if (a.schedule.kind == Schedule::Kind::quota) {
      auto periods = quota_periods(a, first, last, zone, week_start);
      answer_quotas(periods, done);
      for (const auto& p : periods) {
        if (p.answered >= p.expected) continue;
        for (LocalDay d = std::max(p.first, first); d <= std::min(p.last, last); d += date::days{1}) {
          for (const auto t : a.times) remind(d, t, resolve_local(LocalTime{d.time_since_epoch() + t}, zone));
        }
      }
      continue;
    }
    auto occurrences = occurrences_between(a, first, last, zone, plan.sessions);
    answer_occurrences(occurrences, done);
    for (const auto& o : occurrences) {
      if (!o.answered && o.time) remind(o.day, *o.time, o.at);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Reminder& x, const Reminder& y) { return x.at < y.at; });
  return out;
}

}  // namespace hwk
