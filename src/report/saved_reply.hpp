// What a client reads after saving a practice with hwk log on a terminal: this week's practice of
// the assignment and the run of practices done, counted as hwk summary counts them, in plain words
// and the plan's language. Pure: the plan, the records and the clock come in.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "model/record.hpp"
#include "model/template.hpp"

namespace hwk {

struct SavedProgress {
  Status status = Status::done;               ///< of the record just saved
  int this_week = 0;                          ///< done and partial practices of this week, the one just saved included
  std::optional<int> week_expected;           ///< practices expected this week; nothing when practice is as needed
  bool whole_week = false;                    ///< the expected count is the whole week's (a quota), not that so far
  int streak = 0;                             ///< hwk summary's streak over its default period, the last 4 weeks
  std::optional<int> week_target;             ///< practices expected in the whole week; nothing when as needed
  int practices = 0;                          ///< done and partial practices this week up to now, each once
  int days_this_week = 0;                     ///< local days of this week with one
  int practices_before = 0, days_before = 0;  ///< the same two, without the record just saved
};

/// This week's practice of assignment `a` at `now` (the fields up to `week_target`).
SavedProgress week_progress(const Assignment& a, const Template* tmpl, const std::vector<Record>& records, const std::vector<LocalTime>& sessions,
                            Zone zone, Instant now, unsigned week_start);

/// The progress of assignment `a` at `now`, after the record `saved` was added to `records`.
/// This week runs from the start of the local week holding `now` (starting on `week_start`).
SavedProgress saved_progress(const Assignment& a, const Template* tmpl, const std::vector<Record>& records, const Record& saved,
                             const std::vector<LocalTime>& sessions, Zone zone, Instant now, unsigned week_start);

/// The week's practice in words, in `language`: "3 of 4 this week, 5 in a row", "2 of 3 so far
/// this week", "2 this week".
std::string week_phrase(const SavedProgress& p, const std::string& language);

/// The reply in `language` (en, es or fr; English otherwise): "That makes 3 of 4 this week, and 5 in a
/// row." A skipped practice gets thanks for saying what got in the way, and no figure.
std::string saved_reply(const SavedProgress& p, const std::string& language);

/// The template's success line, said once, when the record just saved brought this week's practice
/// up to the whole week's expected count and to any number the line names ("on 5 days this week":
/// 5 days with a practice; "3 times": 3 practices): "Goal for this week reached. You practised …".
/// Empty otherwise, and for a template without one.
std::string goal_reached_line(const SavedProgress& p, const std::string& success, const std::string& language);

}  // namespace hwk
