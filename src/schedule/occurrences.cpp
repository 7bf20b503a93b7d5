// Occurrence expansion and matching.
#include "schedule/occurrences.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace hwk {
namespace {

LocalDay clamp_first(const Assignment& a, LocalDay first) { return a.start ? std::max(first, LocalDay{*a.start}) : first; }

LocalDay clamp_last(const Assignment& a, LocalDay last) { return a.end ? std::min(last, LocalDay{*a.end}) : last; }

void add_day(std::vector<Occurrence>& out, const Assignment& a, LocalDay day, Zone zone) {
  const Instant from = start_of_day(day, zone);
  const Instant until = start_of_day(day + date::days{1}, zone);
  if (a.times.empty()) {
    out.push_back({day, std::nullopt, from, from, until, false, {}});
    return;
  }
  for (const auto t : a.times) {
    const Instant at = resolve_local(LocalTime{day.time_since_epoch() + t}, zone);
    out.push_back({day, t, at, from, until, false, {}});
  }
}

}  // namespace

unsigned week_start_from_name(std::string_view name) {
  if (name == "sunday") return 0;
  if (name == "saturday") return 6;
  return 1;
}

Instant start_of_day(LocalDay day, Zone zone) { return resolve_local(LocalTime{day.time_since_epoch()}, zone); }

LocalDay local_day(Instant t, Zone zone) { return LocalDay{date::floor<date::days>(to_local(t, zone)).time_since_epoch()}; }

std::vector<Occurrence> occurrences_between(const Assignment& a, LocalDay first, LocalDay last, Zone zone, const std::vector<LocalTime>& sessions) {
  std::vector<Occurrence> out;
  const LocalDay lo = clamp_first(a, first), hi = clamp_last(a, last);
  const Schedule& s = a.schedule;
  switch (s.kind) {
    case Schedule::Kind::days_of_week:
      for (LocalDay d = lo; d <= hi; d += date::days{1}) {
        if (s.weekdays[date::weekday{d}.c_encoding()]) add_day(out, a, d, zone);
      }
      break;
    case Schedule::Kind::every_n_days: {
      const LocalDay anchor = a.start ? LocalDay{*a.start} : LocalDay{date::year{2000} / 1 / 1};
      for (LocalDay d = lo; d <= hi; d += date::days{1}) {
        if ((d - anchor).count() % s.every == 0) add_day(out, a, d, zone);
      }
      break;
    }
    case Schedule::Kind::once: {
      const LocalDay d{s.date};
      if (d >= lo && d <= hi) add_day(out, a, d, zone);
      break;
    }
    case Schedule::Kind::before_session: {
      Instant previous = a.start ? start_of_day(LocalDay{*a.start}, zone) : Instant{};
      for (const auto& session : sessions) {
        const Instant at_session = resolve_local(session, zone);
        const LocalDay day = LocalDay{date::floor<date::days>(session).time_since_epoch()} - date::days{1};
        if (day >= lo && day <= hi && at_session > previous) {
          const Instant due = a.times.empty() ? start_of_day(day, zone) : resolve_local(LocalTime{day.time_since_epoch() + a.times.front()}, zone);
          out.push_back({day, a.times.empty() ? std::nullopt : std::optional{a.times.front()}, due, previous, at_session, false, {}});
        }
        previous = std::max(previous, at_session);
      }
      break;
    }
    case Schedule::Kind::quota:
    case Schedule::Kind::as_needed:
      break;
  }
  std::stable_sort(out.begin(), out.end(), [](const Occurrence& x, const Occurrence& y) { return x.at < y.at; });
  return out;
}

std::vector<QuotaPeriod> quota_periods(const Assignment& a, LocalDay first, LocalDay last, Zone zone, unsigned week_start) {
  std::vector<QuotaPeriod> out;
  if (a.schedule.kind != Schedule::Kind::quota) return out;
  const LocalDay lo = clamp_first(a, first), hi = clamp_last(a, last);
  if (lo > hi) return out;
  LocalDay p = lo;
  // Move to the start of the period holding `lo`.
  switch (a.schedule.period) {
    case Schedule::Period::day:
      break;
    case Schedule::Period::week: {
      const unsigned wd = date::weekday{p}.c_encoding();
      p -= date::days{(wd + 7 - week_start) % 7};
      break;
    }
    case Schedule::Period::month: {
      const date::year_month_day ymd{p};
      p = LocalDay{ymd.year() / ymd.month() / 1};
      break;
    }
  }
  while (p <= hi) {
    LocalDay next;
    switch (a.schedule.period) {
      case Schedule::Period::day:
        next = p + date::days{1};
        break;
      case Schedule::Period::week:
        next = p + date::days{7};
        break;
      case Schedule::Period::month: {
        const date::year_month_day ymd{p};
        next = LocalDay{(ymd.year() / ymd.month() + date::months{1}) / 1};
        break;
      }
    }
    // A period is clipped to the assignment's start and end, not to the days asked about.
    const LocalDay period_first = a.start ? std::max(p, LocalDay{*a.start}) : p;
    const LocalDay period_last = a.end ? std::min(next - date::days{1}, LocalDay{*a.end}) : next - date::days{1};
    QuotaPeriod q;
    q.first = period_first;
    q.last = period_last;
    q.from = start_of_day(period_first, zone);
    q.until = start_of_day(period_last + date::days{1}, zone);
    q.expected = a.schedule.count;
    out.push_back(q);
    p = next;
  }
  return out;
}

std::vector<const Record*> effective_records(const std::vector<Record>& records, const std::string& assignment) {
  // Sorted lists rather than hash sets: a summary calls this for every assignment of every
  // client, and corrections and duplicate ids are rare.
  std::vector<std::string_view> amended;
  for (const auto& r : records) {
    if (!r.amends.empty()) amended.push_back(r.amends);
  }
  std::sort(amended.begin(), amended.end());
  std::vector<const Record*> out;
  for (const auto& r : records) {
    if (r.kind != RecordKind::practice || r.assignment != assignment) continue;
    if (!amended.empty() && std::binary_search(amended.begin(), amended.end(), std::string_view(r.id))) continue;
    out.push_back(&r);
  }
  // Of records with the same id (two copies merged), the first in file order counts.
  std::vector<std::size_t> by_id(out.size());
  for (std::size_t k = 0; k < by_id.size(); ++k) by_id[k] = k;
  std::stable_sort(by_id.begin(), by_id.end(), [&](std::size_t x, std::size_t y) { return out[x]->id < out[y]->id; });
  std::vector<bool> duplicate(out.size(), false);
  for (std::size_t k = 1; k < by_id.size(); ++k) duplicate[by_id[k]] = out[by_id[k]]->id == out[by_id[k - 1]]->id;
  std::size_t kept = 0;
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (!duplicate[k]) out[kept++] = out[k];
  }
  out.resize(kept);
  std::stable_sort(out.begin(), out.end(), [](const Record* x, const Record* y) { return x->at < y->at; });
  return out;
}

void answer_occurrences(std::vector<Occurrence>& occurrences, const std::vector<const Record*>& records) {
  // With records in time order, an occurrence answered or whose window closed before a record
  // is of no use to any later record: the search starts after such a prefix.
  const bool in_order = std::is_sorted(records.begin(), records.end(), [](const Record* x, const Record* y) { return x->at < y->at; });
  std::size_t first = 0;
  for (const Record* r : records) {
    if (in_order) {
      while (first < occurrences.size() && (occurrences[first].answered || occurrences[first].answer_until <= r->at)) ++first;
    }
    for (std::size_t i = first; i < occurrences.size(); ++i) {
      auto& o = occurrences[i];
      if (!o.answered && r->at >= o.answer_from && r->at < o.answer_until) {
        o.answered = true;
        o.answered_by = r;
        break;
      }
    }
  }
}

void answer_quotas(std::vector<QuotaPeriod>& periods, const std::vector<const Record*>& records) {
  for (const Record* r : records) {
    for (auto& q : periods) {
      if (r->at >= q.from && r->at < q.until) {
        ++q.answered;
        break;
      }
    }
  }
}

std::optional<Instant> last_session(const std::vector<Record>& records, Instant now) {
  std::optional<Instant> last;
  for (const auto& r : records) {
    if (r.kind == RecordKind::session && r.at <= now && (!last || r.at > *last)) last = r.at;
  }
  return last;
}

}  // namespace hwk
