// The adherence computation; the rules are stated in hwk-summary(1).
#include "report/adherence.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include "report/feedback.hpp"
#include "util/duration.hpp"

namespace hwk {
namespace {

/// One expected practice: an occurrence, or one of a quota period's N.
struct Unit {
  Instant at{};    ///< when it falls due (a quota unit: the start of its period)
  Instant from{};  ///< its window, [from, until): a record in it answers the unit
  Instant until{};
  LocalDay week_day{};  ///< the day whose week it belongs to
  const Record* record = nullptr;
};

const FieldValue* find_value(const Record& r, const std::string& field) {
  for (const auto& [id, v] : r.values) {
    if (id == field) return &v;
  }
  return nullptr;
}

bool has_content(const FieldValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return !s->empty();
  if (const auto* l = std::get_if<std::vector<std::string>>(&v)) return !l->empty();
  return true;
}

/// Every expected practice whose window overlaps the local days around [q.from, end], in time order.
std::vector<Unit> all_units(const Assignment& a, const std::vector<const Record*>& effective, const std::vector<LocalTime>& sessions, Zone zone,
                            const AdherenceQuery& q, Instant end) {
  std::vector<Unit> units;
  const LocalDay first = local_day(q.from, zone) - date::days{1};
  const LocalDay last = local_day(end, zone) + date::days{1};
  auto occurrences = occurrences_between(a, first, last, zone, sessions);
  answer_occurrences(occurrences, effective);
  for (const auto& o : occurrences) units.push_back({o.at, o.answer_from, o.answer_until, o.day, o.answered ? o.answered_by : nullptr});
  for (const auto& p : quota_periods(a, first, last, zone, q.week_start)) {
    std::vector<const Record*> in_period;
    for (const Record* r : effective) {
      if (r->at >= p.from && r->at < p.until && r->at <= q.now) in_period.push_back(r);
    }
    for (int k = 0; k < p.expected; ++k) {
      units.push_back({p.from, p.from, p.until, p.last, k < static_cast<int>(in_period.size()) ? in_period[k] : nullptr});
    }
  }
  std::stable_sort(units.begin(), units.end(), [](const Unit& x, const Unit& y) { return x.until < y.until; });
  return units;
}

/// The rule of hwk-summary(1): a unit counts in the period in which its window closes, with every
/// record in its window; one whose window is still open counts in no figure but `open`.
bool counts_in(const Unit& u, const AdherenceQuery& q, Instant end) { return u.until > q.from && u.until <= end; }
bool is_open(const Unit& u, const AdherenceQuery& q) { return q.to >= q.now && u.until > q.now && (u.at <= q.now || u.record) && u.until > q.from; }

void count_streaks(Adherence& out, const std::vector<const Unit*>& units, Instant now) {
  std::size_t end = units.size();
  while (end > 0 && !units[end - 1]->record && units[end - 1]->until > now) --end;  // still open: not missed yet
  int run = 0, longest = 0;
  for (std::size_t k = 0; k < end; ++k) {
    const Record* r = units[k]->record;
    run = r && r->status == Status::done ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  out.streak = run;
  out.longest_streak = longest;
}

void count_open(Adherence& out, const std::vector<const Unit*>& open, Zone zone, Instant now) {
  if (open.empty()) return;
  OpenPractice o;
  for (const Unit* u : open) {
    ++o.expected;
    o.until = std::max(o.until, u->until);
    if (!u->record) continue;
    if (u->record->status == Status::done) ++o.done;
    else if (u->record->status == Status::partial) ++o.partial;
    else ++o.skipped;
  }
  o.last_day = local_day(o.until - std::chrono::seconds{1}, zone);
  o.days_left = static_cast<int>((o.last_day - local_day(now, zone)).count()) + 1;
  out.open = o;
}

FieldTrend field_trend(const Field& f, const std::vector<const Record*>& records, const std::vector<LocalDay>& weeks, Zone zone,
                       unsigned week_start) {
  FieldTrend t;
  t.field = f.id;
  t.type = f.type;
  t.min = f.min;
  t.max = f.max;
  if (f.type == FieldType::likert && !f.points.empty()) t.min = 1, t.max = static_cast<double>(f.points.size());
  std::vector<std::pair<LocalDay, double>> values;
  values.reserve(records.size());
  for (const Record* r : records) {
    const FieldValue* v = find_value(*r, f.id);
    if (!v) continue;
    if (const auto x = numeric_value(f, *v)) values.emplace_back(local_day(r->at, zone), *x);
  }
  // Sums in record order, so each mean is what summing a list of its values gives.
  struct Mean {
    double sum = 0;
    int n = 0;
    void add(double x) { sum += x, ++n; }
    std::optional<double> value() const { return n ? std::optional{sum / n} : std::nullopt; }
  };
  Mean all;
  std::vector<Mean> by_week(weeks.size());
  for (const auto& [day, x] : values) {
    all.add(x);
    if (weeks.empty()) continue;
    const auto k = (week_of(day, week_start) - weeks.front()).count() / 7;
    if (k >= 0 && static_cast<std::size_t>(k) < weeks.size()) by_week[static_cast<std::size_t>(k)].add(x);
  }
  t.mean = all.value();
  if (!values.empty() && values.back().first - values.front().first >= date::days{7}) {
    Mean first_week, last_week;
    for (const auto& [day, x] : values) {
      if (day < values.front().first + date::days{7}) first_week.add(x);
      if (day > values.back().first - date::days{7}) last_week.add(x);
    }
    t.change = *last_week.value() - *first_week.value();
  }
  for (const auto& m : by_week) t.weekly.push_back(m.value());
  return t;
}

// In the moment or recalled (done and partial records), and the clinician's ratings of the
// period's records and of the weeks that overlap it.
void count_recording_and_ratings(Adherence& out, const std::vector<Record>& records, const std::vector<const Record*>& in_period,
                                 const std::string& assignment, Zone zone, const AdherenceQuery& q, Instant end) {
  // Only a corrected record has an earlier first writing to look up.
  const bool corrections = std::any_of(in_period.begin(), in_period.end(), [](const Record* r) { return !r->amends.empty(); });
  const auto by_id = corrections ? records_by_id(records) : RecordsById{};
  for (const Record* r : in_period) {
    if (r->status == Status::skipped || r->at_assumed) continue;  // nobody said when: neither
    if (first_recorded(*r, by_id) - r->at <= q.in_moment_within) ++out.in_moment;
    else ++out.recalled;
  }
  const auto links = feedback_links(records);
  std::unordered_set<std::string_view> period_ids;
  if (!links.empty()) {
    for (const Record* r : in_period) period_ids.insert(r->id);
  }
  double sum = 0;
  for (const FeedbackLink* link : counted_ratings(links)) {
    bool counts = false;
    if (link->week) {
      const Instant from = start_of_day(LocalDay{*link->week}, zone);
      const Instant until = start_of_day(LocalDay{*link->week} + date::days{7}, zone);
      counts = link->feedback->assignment == assignment && from < end && until > q.from;
    } else {
      counts = period_ids.count(link->record) > 0;
    }
    if (!counts) continue;
    sum += *link->feedback->quality;
    ++out.rating_count;
  }
  if (out.rating_count > 0) out.rating = sum / out.rating_count;
}

}  // namespace

LocalDay week_of(LocalDay day, unsigned week_start) {
  const unsigned wd = date::weekday{day}.c_encoding();
  return day - date::days{(wd + 7 - week_start) % 7};
}

std::vector<LocalDay> weeks_between(LocalDay first, LocalDay last, unsigned week_start) {
  std::vector<LocalDay> out;
  for (LocalDay w = week_of(first, week_start); w <= last; w += date::days{7}) out.push_back(w);
  return out;
}

Adherence adherence(const Assignment& a, const Template* tmpl, const std::string& title, const std::vector<Record>& records,
                    const std::vector<LocalTime>& sessions, Zone zone, const AdherenceQuery& q) {
  Adherence out;
  out.assignment = a.id;
  out.title = title;
  out.as_needed = a.schedule.kind == Schedule::Kind::as_needed;
  if (a.schedule.kind == Schedule::Kind::quota) out.quota = a.schedule.period;
  const Instant end = std::min(q.to, q.now);  // the period's records are those before both
  if (end > q.from) out.weeks = weeks_between(local_day(q.from, zone), local_day(end - std::chrono::seconds{1}, zone), q.week_start);
  const auto effective = effective_records(records, a.id);
  std::vector<const Record*> in_period;
  for (const Record* r : effective) {
    if (r->at >= q.from && r->at < q.to && r->at <= q.now) in_period.push_back(r);
  }
  for (const Record* r : in_period) {
    if (r->status == Status::done && (!out.last_done || r->at > *out.last_done)) out.last_done = r->at;
  }

  if (out.as_needed) {
    for (const Record* r : in_period) {
      if (r->status == Status::done) ++out.done;
      else if (r->status == Status::partial) ++out.partial;
      else ++out.skipped;
    }
  } else {
    const auto units = all_units(a, effective, sessions, zone, q, end);
    std::vector<const Unit*> counted, open, streak;
    for (const auto& u : units) {
      if (counts_in(u, q, end)) counted.push_back(&u), streak.push_back(&u);
      else if (is_open(u, q)) open.push_back(&u), streak.push_back(&u);
    }
    out.expected = static_cast<int>(counted.size());
    int missed = 0;
    std::map<LocalDay, std::pair<double, int>> weekly;  // week → (score, expected)
    std::unordered_set<const Record*> before;
    for (const Unit* u : counted) {
      auto& w = weekly[week_of(u->week_day, q.week_start)];
      ++w.second;
      if (u->at < q.from && (!out.straddle_from || u->at < *out.straddle_from)) out.straddle_from = u->at;
      if (!u->record) {
        ++missed;
        continue;
      }
      if (u->record->at < q.from) before.insert(u->record);
      if (u->record->status == Status::done) ++out.done, w.first += 1;
      else if (u->record->status == Status::partial) ++out.partial, w.first += 0.5;
      else ++out.skipped;
    }
    out.records_before = static_cast<int>(before.size());
    out.missed = missed;
    if (*out.expected > 0) out.rate = (out.done + 0.5 * out.partial) / *out.expected;
    count_streaks(out, streak, q.now);
    count_open(out, open, zone, q.now);
    for (const LocalDay w : out.weeks) {
      const auto it = weekly.find(w);
      out.weekly_rate.push_back(it == weekly.end() || it->second.second == 0 ? std::nullopt : std::optional{it->second.first / it->second.second});
    }
  }

  count_recording_and_ratings(out, records, in_period, a.id, zone, q, end);
  if (!tmpl) return out;
  std::vector<const Record*> practised;
  for (const Record* r : in_period) {
    if (r->status != Status::skipped) practised.push_back(r);
  }
  if (!practised.empty()) {
    int complete = 0;
    for (const Record* r : practised) {
      bool ok = tmpl->weekly_reflection || !r->reflection.empty();  // a weekly question is not asked of every record
      for (const auto& f : tmpl->fields) {
        if (!f.required) continue;
        const FieldValue* v = find_value(*r, f.id);
        ok = ok && v && has_content(*v);
      }
      complete += ok ? 1 : 0;
    }
    out.complete = static_cast<double>(complete) / static_cast<double>(practised.size());
  }
  for (const auto& f : tmpl->fields) {
    if (is_numeric(f.type)) out.fields.push_back(field_trend(f, practised, out.weeks, zone, q.week_start));
  }
  return out;
}

}  // namespace hwk
