// Reminders for cron: occurrences whose time has come within the catch-up window and that no
// record has answered. Pure; which were already given is the ledger's business (io/).
#pragma once
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "model/record.hpp"
#include "schedule/occurrences.hpp"

namespace hwk {

struct Reminder {
  std::string client;
  std::string assignment;
  std::string title;
  LocalDay day{};
  std::chrono::minutes time{};  ///< local wall-clock time of day, as the plan says it
  Instant at{};                 ///< when it fell due
  bool late = false;            ///< given more than `late_after` after its time

  /// Identifies the reminder across runs, clock changes and DST: client, assignment, local date and time.
  std::string key() const;
};

constexpr std::chrono::minutes late_after{15};

/// Reminders of one client with `at` in (now - catch_up, now], unanswered by the records.
/// Quota schedules with times remind at each time until the period's quota is met.
std::vector<Reminder> reminders_due(const std::string& client, const Plan& plan, const std::vector<Record>& records,
                                    const std::map<std::string, std::string>& titles, Instant now, std::chrono::seconds catch_up,
                                    unsigned week_start);

/// One client's part of a run of hwk remind: the reminders to give and the risk flags not said yet.
struct ClientReminders {
  std::string client;
  std::vector<Reminder> reminders;
  std::vector<std::string> flags;  ///< ledger keys of the risk flags not yet said
  int attention = 0;               ///< open risk flags in the window, when one of them is new
  Zone zone = nullptr;
  bool discreet = false;  ///< the plan or the practice asks for no titles: and no assignment ids
};

/// The lines cron mails: "CLIENT: TITLE at HH:MM", "(late, DAY)" when caught up, and for risk only
/// that there is something to see (no title, value or text, discreet or not). Terminal-safe.
std::string render_reminders_text(const std::vector<ClientReminders>& given);

/// The JSON object documented in hwk-remind(1); `now` in `local_zone`.
std::string render_reminders_json(const std::vector<ClientReminders>& given, Instant now, Zone local_zone);

}  // namespace hwk
