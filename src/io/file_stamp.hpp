// What identifies one version of a file without reading it (size, times, inode), and when an
// unchanged stamp proves unchanged bytes: the rule git's index follows, used by the derived cache.
#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>

namespace hwk {

/// What identifies one version of a file without reading it.
struct FileStamp {
  std::uint64_t size = 0, ino = 0, dev = 0;
  std::int64_t mtime_ns = 0, ctime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

/// The stamp of a file or directory now; nothing when it cannot be stat-ed.
std::optional<FileStamp> file_stamp(const std::filesystem::path& path);
/// The same for `name` relative to the open directory `dir_fd`.
std::optional<FileStamp> file_stamp_at(int dir_fd, const char* name);

/// How long a file system's clock may hold one timestamp: file systems keep a change time in
/// ticks of the kernel's coarse clock (milliseconds), some in whole seconds or two (FAT).
inline constexpr std::int64_t timestamp_tick_ns = 2'000'000'000;

/// The file system's clock now (CLOCK_REALTIME, in ns): what file change times are set from. Not
/// hwk's "now", which --now may fix: this compares files with their own timestamps.
std::int64_t file_system_now_ns();

/// Whether a file stamped `stamp` when the file system's clock read `verified_ns` (just before
/// the stat) had settled: its change time lies more than a tick before that, so any change to it
/// since sets another change time, and an unchanged stamp means unchanged bytes. A file changed
/// within the tick of that moment may change again with the same stamp (git's racy case, on file
/// systems with coarse timestamps): such a file is checked against its bytes until its stamp has
/// settled.
bool stamp_settled(const FileStamp& stamp, std::int64_t verified_ns);

}  // namespace hwk
