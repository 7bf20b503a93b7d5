// The per-machine ledger of reminders already given (.hwk/reminders), so each is given once.
#pragma once
#include <filesystem>
#include <map>
#include <string>

#include "util/time.hpp"

namespace hwk {

/// Reminder key → when its occurrence fell due.
using ReminderLedger = std::map<std::string, Instant>;

/// Reads the ledger; a missing file is an empty ledger. Lines that do not parse are dropped.
ReminderLedger read_reminder_ledger(const std::filesystem::path& file);

/// The ledger as text, leaving out entries that fell due before `keep_after`.
std::string format_reminder_ledger(const ReminderLedger& ledger, Instant keep_after);

}  // namespace hwk
