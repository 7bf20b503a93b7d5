// Locked, atomic, owner-only file writing.
#include "io/files.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "diag/diag.hpp"

namespace hwk {
namespace {

constexpr std::string_view temp_prefix = ".hwk-tmp-";

[[noreturn]] void fail(const fs::path& path, const std::string& what, int err) {
  std::string reason = std::strerror(err);
  if (!reason.empty() && reason[0] >= 'A' && reason[0] <= 'Z') reason[0] = static_cast<char>(reason[0] - 'A' + 'a');
  throw Error(SourceLoc{path}, what + ": " + reason);
}

void write_all(int fd, std::string_view data, const fs::path& path) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(path, "cannot write", errno);
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

void sync_dir(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

std::string random_suffix() {
  static const char hex[] = "0123456789abcdef";
  std::string out;
  for (auto b : random_bytes(6)) {
    out += hex[b >> 4];
    out += hex[b & 15];
  }
  return out;
}

// Writes `content` to a new file at `created` (0600), flushed to disk; on any failure the file is
// removed and the error names `shown`.
void write_new_file(const fs::path& created, const fs::path& shown, std::string_view content, const char* create_failure) {
  const int fd = ::open(created.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) fail(shown, errno == EEXIST && created == shown ? "already exists, not overwriting it" : create_failure, errno);
  try {
    write_all(fd, content, shown);
    if (::fsync(fd) != 0) fail(shown, "cannot flush to disk", errno);
  } catch (...) {
    ::close(fd);
    ::unlink(created.c_str());
    throw;
  }
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(created.c_str());
    fail(shown, "cannot write", err);
  }
}

}  // namespace

std::string read_file(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(path, "cannot read", errno);
  std::string out;
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      fail(path, "cannot read", err);
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return out;
}

void make_private_dirs(const fs::path& dir) {
  if (dir.empty()) return;
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode)) throw Error(SourceLoc{dir}, "exists and is not a directory");
    return;
  }
  make_private_dirs(dir.parent_path());
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) fail(dir, "cannot create directory", errno);
  ::chmod(dir.c_str(), 0700);
}

DirLock::DirLock(const fs::path& dir) {
  fd_ = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) fail(dir, "cannot open directory to lock it", errno);
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno != EINTR) {
      const int err = errno;
      ::close(fd_);
      fail(dir, "cannot lock directory", err);
    }
  }
}

DirLock::~DirLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

void write_file_atomic(const fs::path& path, std::string_view content) {
  const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  const fs::path temp = dir / (std::string(temp_prefix) + path.filename().string() + "-" + random_suffix());
  write_new_file(temp, path, content, "cannot create a temporary file beside");
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    fail(path, "cannot replace", err);
  }
  sync_dir(dir);
}

void append_file_atomic(const fs::path& path, std::string_view header, std::string_view text) {
  const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  DirLock lock(dir);
  std::string content;
  std::error_code ec;
  if (fs::exists(path, ec)) {
    content = read_file(path);
    if (!content.empty() && content.back() != '\n') content += '\n';
  } else {
    content = header;
  }
  content += text;
  write_file_atomic(path, content);
}

void create_file_exclusive(const fs::path& path, std::string_view content) {
  write_new_file(path, path, content, "cannot create");
}

std::vector<std::uint8_t> random_bytes(std::size_t n) {
  std::vector<std::uint8_t> out(n);
  std::size_t got = 0;
  while (got < n) {
    const ssize_t r = ::getrandom(out.data() + got, n - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      throw Error(std::string("cannot read random bytes: ") + std::strerror(errno));
    }
    got += static_cast<std::size_t>(r);
  }
  return out;
}

bool is_temporary_name(std::string_view file_name) { return file_name.starts_with(temp_prefix); }

}  // namespace hwk
