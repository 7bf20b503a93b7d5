// Reading one client for a report: the plan, its templates and the log files the report needs,
// through the derived cache (io/record_cache.hpp) when the practice has one.
#pragma once
#include <filesystem>
#include <optional>
#include <vector>

#include "io/client_data.hpp"
#include "io/record_cache.hpp"
#include "model/record.hpp"
#include "util/time.hpp"

namespace hwk {

/// Which log files a report reads. Log files are named by month, and a record's month is its
/// date in the client's zone, so a report about recent weeks reads recent files only.
struct LogWindow {
  /// Nothing: every log file (full history). Else the files of the months from a week before
  /// this instant on (a week: the start of a weekly quota period that holds it).
  std::optional<Instant> from;
  /// Also the files back to a week before the last session at or before `now` (due: what is
  /// overdue since the last session). Months are read newest first until one holds a session.
  /// Corrections filed in the months not read are honoured all the same: the practice records
  /// they amend are left out (see ClientCache::amended_ids).
  bool back_to_last_session = false;
  Instant now{};
};

/// Reads `dir` for a report: the plan and templates (as much of them as `detail` says) and the log
/// files `window` asks for, every problem found going to `diags`. `cache_dir` empty: no cache is
/// used or written. A client with a graded assignment is read whole (every log file, full
/// templates), as its step may be old; the result's templates_read and log_read say what was read.
ClientData read_client_for_window(const ClientDir& dir, const std::filesystem::path& cache_dir, TemplateDetail detail, const LogWindow& window,
                                  std::vector<Diagnostic>& diags, OpenDirs* dirs = nullptr);

}  // namespace hwk
