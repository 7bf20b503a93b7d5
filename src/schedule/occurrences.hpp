// Expected practice: a schedule × dates × time zone → occurrences and quota periods, and which
// records answer them. Pure: the clock and the files come in as arguments.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "model/record.hpp"
#include "util/time.hpp"

namespace hwk {

using LocalDay = date::sys_days;  ///< a calendar date in the client's zone

/// One expected practice of a fixed schedule (daily, listed days, every N days, once, before a session).
struct Occurrence {
  LocalDay day{};
  std::optional<std::chrono::minutes> time;  ///< local time of day, when the assignment has times
  Instant at{};                              ///< when it falls due: its time, or the start of its day
  Instant answer_from{};                     ///< a record in [answer_from, answer_until) answers it
  Instant answer_until{};
  bool answered = false;
  const Record* answered_by = nullptr;  ///< the record that answers it (one of those passed in)
};

/// One period of a quota schedule ("3 per week"): how many are expected and how many were recorded.
struct QuotaPeriod {
  LocalDay first{}, last{};  ///< inclusive local dates
  Instant from{}, until{};   ///< [from, until)
  int expected = 0;
  int answered = 0;
};

/// Week starts: 0 = Sunday … 6 = Saturday (date::weekday::c_encoding()).
unsigned week_start_from_name(std::string_view name);

/// Start of a local day as an instant (00:00, or the first instant of the day across a DST gap).
Instant start_of_day(LocalDay day, Zone zone);
LocalDay local_day(Instant t, Zone zone);

/// Occurrences of a fixed schedule on local days [first, last], within the assignment's start and
/// end. `sessions` are the plan's planned sessions (for "before each session"). Quota and as-needed
/// schedules have none.
std::vector<Occurrence> occurrences_between(const Assignment& a, LocalDay first, LocalDay last, Zone zone, const std::vector<LocalTime>& sessions);

/// Quota periods overlapping local days [first, last], each clipped to the assignment's start and
/// end (a period keeps its own days even where they lie outside [first, last]).
std::vector<QuotaPeriod> quota_periods(const Assignment& a, LocalDay first, LocalDay last, Zone zone, unsigned week_start);

/// The records of one assignment that count: practice records, each id once, an amended record
/// replaced by the one that amends it. Sorted by time; they point into `records`.
std::vector<const Record*> effective_records(const std::vector<Record>& records, const std::string& assignment);

/// Marks which occurrences the records answer: each record answers the earliest unanswered
/// occurrence whose window holds it.
void answer_occurrences(std::vector<Occurrence>& occurrences, const std::vector<const Record*>& records);
/// Counts the records in each quota period.
void answer_quotas(std::vector<QuotaPeriod>& periods, const std::vector<const Record*>& records);

/// The latest session record at or before `now`, if any.
std::optional<Instant> last_session(const std::vector<Record>& records, Instant now);

}  // namespace hwk
