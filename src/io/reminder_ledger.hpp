// The per-machine ledger of reminders already given (.hwk/reminders), so each is given once.
#pragma once
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "util/time.hpp"

namespace hwk {

struct ReminderLedger {
  /// Reminder key → when its occurrence fell due.
  std::map<std::string, Instant> given;
  /// The ledger forgets reminders that fell due long ago (see format_reminder_ledger); before this
  /// instant it may have forgotten some, so a reminder that fell due earlier counts as given: a run
  /// with a longer catch-up than the runs before it does not give again what they gave.
  std::optional<Instant> forgotten_before;

  /// Whether the reminder `key` that fell due at `at` was (or may have been) given.
  bool has(const std::string& key, Instant at) const;
  /// Whether the risk flag `key` (see risk_ledger_key) was said: flags are kept by when they were
  /// said, for `risk_ledger_days`, as a flag pulled in late may be on an older record.
  bool has_flag(const std::string& key) const { return given.count(key) > 0; }
};

/// The ledger key of a risk flag raised by `record` of `client`.
std::string risk_ledger_key(const std::string& client, const std::string& record);
/// How long the ledger keeps a risk flag after saying it: longer than remind looks back.
constexpr std::chrono::days risk_ledger_days{62};

/// Reads the ledger; a missing file is an empty ledger. Lines that do not parse are dropped.
ReminderLedger read_reminder_ledger(const std::filesystem::path& file);

/// The ledger as text, leaving out entries that fell due before `keep_after`; the latest of them
/// moves `forgotten_before`, which the text keeps.
std::string format_reminder_ledger(const ReminderLedger& ledger, Instant keep_after);

}  // namespace hwk
