// Adherence: how much of one assignment's expected practice was done in a period, how well, and
// how its ratings moved. Pure: the plan, the records, the period and the clock come in as
// arguments. `hwk summary` renders it; the session review reuses it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "model/record.hpp"
#include "model/template.hpp"
#include "schedule/occurrences.hpp"

namespace hwk {

/// The period asked about, [from, to), and the clock.
struct AdherenceQuery {
  Instant from{}, to{};
  Instant now{};
  unsigned week_start = 1;  ///< 0 = Sunday, 1 = Monday, 6 = Saturday
  /// A practice first written down no later than this after its time was recorded in the moment.
  std::chrono::seconds in_moment_within = std::chrono::hours{1};
};

/// One numeric field's trend over the period (durations in minutes).
struct FieldTrend {
  std::string field;
  FieldType type = FieldType::scale;
  std::optional<double> min, max;             ///< the field's range, when it has one (likert: 1 to its points)
  std::optional<double> mean;                 ///< nothing when no record in the period has a value
  std::optional<double> change;               ///< mean of the last 7 days with records minus that of the first 7
  std::vector<std::optional<double>> weekly;  ///< one mean per week of the period
};

/// Expected practice whose window has not closed yet (this week's quota, today's occurrence): it
/// counts in no other figure, neither expected nor missed, until it closes.
struct OpenPractice {
  int expected = 0;                        ///< units still open
  int done = 0, partial = 0, skipped = 0;  ///< the records that answer them so far
  Instant until{};                         ///< when the last of them closes
  LocalDay last_day{};                     ///< the last local day of that window
  int days_left = 0;                       ///< local days from today to last_day, both counted
  int recorded() const { return done + partial + skipped; }
};

struct Adherence {
  std::string assignment;
  std::string title;
  bool as_needed = false;
  std::optional<int> expected;  ///< nothing for as-needed assignments
  int done = 0, partial = 0, skipped = 0;
  std::optional<int> missed;
  /// When the earliest counted practice fell due, if that was before the period: a week of a
  /// weekly quota that straddles the session the period starts at counts whole, and so does an
  /// occurrence of the session's day that was due before it.
  std::optional<Instant> straddle_from;
  int records_before = 0;            ///< records before the period that count, in such a straddling window
  std::optional<OpenPractice> open;  ///< what is still open at the clock, when the period ends there
  std::optional<double> rate;        ///< (done + 0.5·partial) / expected; nothing when nothing is expected
  std::optional<int> streak, longest_streak;
  std::optional<Instant> last_done;
  /// Share of done and partial records that are complete: every required field, and a reflection
  /// unless the template asks for it once a week. Not the clinician's rating of quality (`rating`).
  std::optional<double> complete;
  std::optional<Schedule::Period> quota;  ///< a quota's period ("3 per week"); nothing for other schedules
  std::optional<double> rating;           ///< mean of the clinician's 0–4 ratings that count (see feedback.hpp)
  int rating_count = 0;
  int in_moment = 0;                               ///< done and partial records first written down within `in_moment_within`
  int recalled = 0;                                ///< … and those written down later (a record whose time nobody gave is neither)
  std::vector<FieldTrend> fields;                  ///< the template's numeric fields, in its order
  std::vector<LocalDay> weeks;                     ///< first day of each week of the period
  std::vector<std::optional<double>> weekly_rate;  ///< adherence per week (nothing when none expected)
};

/// The first day of the week (starting on `week_start`) that holds `day`.
LocalDay week_of(LocalDay day, unsigned week_start);

/// The weeks (their first days, starting on `week_start`) that hold any of local days [first, last].
std::vector<LocalDay> weeks_between(LocalDay first, LocalDay last, unsigned week_start);

/// The adherence of assignment `a` over the period. An expected practice counts in the period in
/// which its window closes (an occurrence's day, a quota's whole period, the span before a
/// session), with every record in its window, even one from before the period; one whose window
/// is still open at `q.now` is reported in `open` only. `records` are the client's records (all of
/// them: amendments and duplicates are resolved here); `tmpl` is the assignment's template, or
/// null when it is unknown (no quality or fields then); `sessions` are the plan's planned sessions.
Adherence adherence(const Assignment& a, const Template* tmpl, const std::string& title, const std::vector<Record>& records,
                    const std::vector<LocalTime>& sessions, Zone zone, const AdherenceQuery& q);

}  // namespace hwk
