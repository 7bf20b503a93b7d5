// File stamps and the racy rule (see io/file_stamp.hpp).
#include "io/file_stamp.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include <ctime>

namespace hwk {

std::optional<FileStamp> file_stamp(const std::filesystem::path& path) { return file_stamp_at(AT_FDCWD, path.c_str()); }

std::optional<FileStamp> file_stamp_at(int dir_fd, const char* name) {
  struct stat st {};
  if (::fstatat(dir_fd, name, &st, 0) != 0) return std::nullopt;
  FileStamp s;
  s.size = static_cast<std::uint64_t>(st.st_size);
  s.ino = static_cast<std::uint64_t>(st.st_ino);
  s.dev = static_cast<std::uint64_t>(st.st_dev);
  s.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  s.ctime_ns = static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
  return s;
}

std::int64_t file_system_now_ns() {
  timespec ts{};
  ::clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

bool stamp_settled(const FileStamp& stamp, std::int64_t verified_ns) {
  // The change time is set from this machine's clock on every change, whatever a tool does to the
  // modification time; a change after `verified_ns` sets it to at least that less one tick.
  return stamp.ctime_ns <= verified_ns - timestamp_tick_ns;
}

}  // namespace hwk
