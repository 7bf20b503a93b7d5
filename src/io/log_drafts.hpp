// Records that could not be saved (a full disk, a read-only folder, an I/O error), kept under the
// practice's git-ignored .hwk/drafts/ so that nothing a person typed is lost.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "io/practice.hpp"
#include "model/record.hpp"
#include "util/time.hpp"

namespace hwk {

/// A kept record: the client it is for and the record itself, with the id it was given.
/// An unfinished one holds the answers given before the person stopped the prompt part-way;
/// `hwk log` goes on with it rather than recording it as it is.
struct LogDraft {
  std::filesystem::path path;
  std::string client;
  Record record;
  bool unfinished = false;
  /// Of an unfinished draft: the questions already asked (field ids, "reason", and "reflection:N"
  /// for the first N reflection questions), so that going on starts where the person stopped.
  std::vector<std::string> asked;
};

/// .hwk/drafts/log-<client>-<record id>.toml
std::filesystem::path log_draft_path(const Practice& practice, const std::string& client, const std::string& record_id);

/// Writes `r` (which has its id) as a draft: a comment saying why it was not saved and how to
/// record it (or, `unfinished`, how to go on with it), then the record exactly as it would be in
/// the log. Returns its path.
std::filesystem::path write_log_draft(const Practice& practice, const std::string& client, const Record& r, Zone zone, const std::string& why,
                                      bool unfinished = false, const std::vector<std::string>& asked = {});

/// The drafts kept for `client`, oldest record first.
std::vector<std::filesystem::path> log_drafts(const Practice& practice, const std::string& client);

/// Reads a draft back; throws Error naming the file when it is not one (a name other than
/// log-CLIENT-ID.toml, not one valid record).
LogDraft read_log_draft(const std::filesystem::path& path);

}  // namespace hwk
