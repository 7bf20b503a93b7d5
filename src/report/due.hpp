// What is due: overdue occurrences since the last session, what is due now, and what comes up.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "model/record.hpp"
#include "model/template.hpp"
#include "schedule/occurrences.hpp"

namespace hwk {

enum class DueState { overdue, due, upcoming };
const char* due_state_name(DueState s);

struct DueItem {
  std::string client;
  std::string assignment;
  std::string title;
  DueState state = DueState::due;
  LocalDay day{};                                    ///< the occurrence's date, or the last day of a quota's period
  std::optional<Instant> at;                         ///< its time, when the assignment has times
  std::optional<int> remaining;                      ///< quotas: how many are still expected in the period
  Schedule::Period period = Schedule::Period::week;  ///< quotas
};

struct DueQuery {
  Instant now{};
  Instant upcoming_until{};           ///< upcoming items are those due after now and up to this
  unsigned week_start = 1;            ///< 0 = Sunday, 1 = Monday
  std::chrono::days overdue_days{7};  ///< how far back overdue goes when there is no session
};

/// The due items of one client, ordered overdue, due, upcoming, then by time. `titles` maps
/// assignment ids to the titles shown.
std::vector<DueItem> due_items(const std::string& client, const Plan& plan, const std::vector<Record>& records,
                               const std::map<std::string, std::string>& titles, const DueQuery& q);

}  // namespace hwk
