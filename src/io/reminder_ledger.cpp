// Reading and writing the reminder ledger: one "UNIX-SECONDS KEY" line per given reminder.
#include "io/reminder_ledger.hpp"

#include "io/files.hpp"
#include "util/strings.hpp"

namespace hwk {

ReminderLedger read_reminder_ledger(const std::filesystem::path& file) {
  ReminderLedger ledger;
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return ledger;
  const std::string text = read_file(file, limits::max_log_file_bytes);
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + start, end - start);
    start = end + 1;
    const auto space = line.find(' ');
    if (line.empty() || line[0] == '#' || space == std::string_view::npos) continue;
    if (const auto seconds = parse_integer(line.substr(0, space))) {
      ledger[std::string(line.substr(space + 1))] = Instant{std::chrono::seconds(*seconds)};
    }
  }
  return ledger;
}

std::string format_reminder_ledger(const ReminderLedger& ledger, Instant keep_after) {
  std::string out = "# Reminders this machine has given (hwk remind). Per-machine state; safe to delete.\n";
  for (const auto& [key, at] : ledger) {
    if (at < keep_after) continue;
    out += std::to_string(at.time_since_epoch().count()) + " " + key + "\n";
  }
  return out;
}

}  // namespace hwk
