// Reading and writing the reminder ledger: one "UNIX-SECONDS KEY" line per given reminder, and a
// "forgotten-before UNIX-SECONDS" line (older hwk drops it as a line that does not parse).
#include "io/reminder_ledger.hpp"

#include <algorithm>

#include "io/files.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

constexpr std::string_view forgotten_word = "forgotten-before";

}  // namespace

bool ReminderLedger::has(const std::string& key, Instant at) const { return given.count(key) || (forgotten_before && at < *forgotten_before); }

namespace {
constexpr std::string_view risk_prefix = "risk ";
}  // namespace

std::string risk_ledger_key(const std::string& client, const std::string& record) { return std::string(risk_prefix) + client + " " + record; }

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
    if (line.substr(0, space) == forgotten_word) {
      if (const auto seconds = parse_integer(line.substr(space + 1))) {
        const Instant t{std::chrono::seconds(*seconds)};
        ledger.forgotten_before = ledger.forgotten_before ? std::max(*ledger.forgotten_before, t) : t;
      }
    } else if (const auto seconds = parse_integer(line.substr(0, space))) {
      ledger.given[std::string(line.substr(space + 1))] = Instant{std::chrono::seconds(*seconds)};
    }
  }
  return ledger;
}

std::string format_reminder_ledger(const ReminderLedger& ledger, Instant keep_after) {
  std::string out = "# Reminders this machine has given (hwk remind). Per-machine state; safe to delete.\n";
  std::optional<Instant> forgotten = ledger.forgotten_before;
  std::string kept;
  for (const auto& [key, at] : ledger.given) {
    if (key.starts_with(risk_prefix)) {
      if (at >= keep_after - risk_ledger_days) kept += std::to_string(at.time_since_epoch().count()) + " " + key + "\n";
      continue;
    }
    if (at < keep_after) {
      // Dropped: from now on, whatever fell due up to it may have been given.
      const Instant after = at + std::chrono::seconds{1};
      forgotten = forgotten ? std::max(*forgotten, after) : after;
      continue;
    }
    kept += std::to_string(at.time_since_epoch().count()) + " " + key + "\n";
  }
  if (forgotten) out += std::string(forgotten_word) + " " + std::to_string(forgotten->time_since_epoch().count()) + "\n";
  return out + kept;
}

}  // namespace hwk
