// The only code that writes files: owner-only permissions, locks, atomic rewrites and appends.
// Paths inside the practice are opened confined to it (see io/confine.hpp).
#pragma once
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/limits.hpp"

namespace hwk {

namespace fs = std::filesystem;

/// The whole file; throws Error naming the path when it cannot be read, is a directory or a pipe,
/// or holds more than `max_bytes` (checked before reading, so a huge file is never loaded).
std::string read_file(const fs::path& path, std::size_t max_bytes = limits::max_file_bytes);

/// "1 MiB", "64 KiB", "100 bytes": a limit as the messages show it.
std::string format_byte_size(std::size_t bytes);

/// The names in a directory (not "." and ".."), unsorted; none when it does not exist. Inside the
/// practice the directory is opened confined to it, so a link leading out is an Error.
std::vector<std::string> list_directory(const fs::path& dir);

/// Descriptors of directories, kept open while many files in them are opened: a report over a
/// thousand clients opens a file in each client's folder and in the cache's, and opening through
/// the parent's descriptor does not walk the practice's whole path each time. Safe on any thread.
/// Keep one only while the directories stay in place (one report).
class OpenDirs {
 public:
  OpenDirs() = default;
  OpenDirs(const OpenDirs&) = delete;
  OpenDirs& operator=(const OpenDirs&) = delete;
  ~OpenDirs();
  /// Opens `name` in `dir` with open(2) `flags`, inside the practice (io/confine.hpp); -1 and
  /// errno as open(2).
  int open_in(const fs::path& dir, const fs::path& name, int flags);
  /// The kept descriptor of `dir` (opened O_PATH, inside the practice, at first use), or -1 when
  /// it cannot be opened.
  int dir_fd(const fs::path& dir);

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, int> fds_;
};

/// Creates `dir` and its missing parents with mode 0700.
void make_private_dirs(const fs::path& dir);

/// An exclusive advisory lock (flock) on a directory, held until destruction. Writers of files in
/// that directory take it, so concurrent hwk processes take turns.
class DirLock {
 public:
  explicit DirLock(const fs::path& dir);
  ~DirLock();
  DirLock(const DirLock&) = delete;
  DirLock& operator=(const DirLock&) = delete;

 private:
  int fd_ = -1;
};

/// Whether a write is flushed to disk before it counts as done.
enum class Flush {
  to_disk,  ///< what the user wrote: a crash after the write keeps it
  no,       ///< what can be made again (the derived cache): a crash may leave the old file or a torn new one
};

/// Replaces `path` with `content` as one step: a temporary file in the same directory is written,
/// flushed to disk (unless `flush` says not to) and renamed over the target, so readers and crashes
/// see the old file or the new one, never a mix. The file is mode 0600. The caller holds the
/// directory's lock.
void write_file_atomic(const fs::path& path, std::string_view content, Flush flush = Flush::to_disk);

/// Adds `text` to the end of `path` (created with `header` first when missing) atomically and
/// under the directory's lock: either the whole text is added or the file is unchanged. Temporary
/// files that an interrupted earlier write of `path` left behind are removed first. `max_bytes` is
/// the most a reader reads in a file of its kind: the file is read with that limit, and a text that
/// would make it larger is refused (an Error; nothing is written), so no append makes a file that
/// its reader refuses.
void append_file_atomic(const fs::path& path, std::string_view header, std::string_view text, std::size_t max_bytes = limits::max_file_bytes);

/// Creates `path` with `content` and mode 0600; fails if it exists.
void create_file_exclusive(const fs::path& path, std::string_view content);

/// Whether something is at `path` (following links); false too when that cannot be told.
bool path_exists(const fs::path& path);

/// Whether `path` is a directory (following links); false too when that cannot be told.
bool is_directory_path(const fs::path& path);

/// Whether group or others may read, write or enter `path` (itself, not a link's target: a link's
/// own mode means nothing); false when it is a link or cannot be stat-ed.
bool open_to_others(const fs::path& path);
/// Whether anything under the directory `dir`, at any depth, is open_to_others.
bool any_open_to_others_under(const fs::path& dir);

/// The paths of what is in `dir` (not "." and ".."), unsorted; none when it cannot be listed. For
/// checks that report what they find, not whether they could look (list_directory throws).
std::vector<fs::path> directory_entries(const fs::path& dir);

/// Deletes the file `path`; a missing one, or one that cannot be deleted, is no error.
void remove_file_quietly(const fs::path& path);

/// Deletes `dir` and everything in it; a missing one, or one that cannot be deleted, is no error.
void remove_tree_quietly(const fs::path& dir);

/// Cryptographically random bytes from the kernel.
std::vector<std::uint8_t> random_bytes(std::size_t n);

/// True when a file name is one of hwk's own temporary files.
bool is_temporary_name(std::string_view file_name);

}  // namespace hwk
