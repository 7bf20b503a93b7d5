// Clinician feedback: which practice record or week of practice each feedback record answers,
// and the rating that counts for each. Pure; the summary and the review share it.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/record.hpp"
#include "util/time.hpp"

namespace hwk {

/// Records by id; the keys point into the records.
using RecordsById = std::unordered_map<std::string_view, const Record*>;

/// One feedback record that counts, with what it answers.
struct FeedbackLink {
  const Record* feedback = nullptr;
  std::string record;                        ///< the practice record it answers, after corrections; empty for a week
  std::optional<date::year_month_day> week;  ///< the first day of the week it answers
};

/// The feedback records that count (each id once, none that another record amends), in time
/// order, each with what it answers. Feedback on a record that was corrected answers the
/// correction (the last one of a chain).
std::vector<FeedbackLink> feedback_links(const std::vector<Record>& records);

/// Of several ratings of the same record, or of the same assignment's week, the latest counts
/// (by time, then id). Returns the links that carry a quality and are not replaced that way.
std::vector<const FeedbackLink*> counted_ratings(const std::vector<FeedbackLink>& links);

/// The time the practice `r` was first written down: the `recorded` of the earliest record of its
/// chain of corrections (a correction does not make a practice recorded later).
Instant first_recorded(const Record& r, const RecordsById& by_id);

/// Every record by id (the first of duplicates).
RecordsById records_by_id(const std::vector<Record>& records);

}  // namespace hwk
