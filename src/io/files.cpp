// Locked, atomic, owner-only file writing.
#include "io/files.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "diag/diag.hpp"
#include "io/confine.hpp"

namespace hwk {
namespace {

constexpr std::string_view temp_prefix = ".hwk-tmp-";

[[noreturn]] void fail(const fs::path& path, const std::string& what, int err) {
  std::string reason = std::strerror(err);
  if (!reason.empty() && reason[0] >= 'A' && reason[0] <= 'Z') reason[0] = static_cast<char>(reason[0] - 'A' + 'a');
  throw Error(SourceLoc{path}, what + ": " + reason);
}

// A failed open: a path leading out of the practice names the link; anything else its reason.
[[noreturn]] void fail_open(const fs::path& path, const std::string& what, int err) {
  if (err == EXDEV) {
    if (auto d = link_leading_out(path)) throw Error(*d);
    throw Error(SourceLoc{path}, "leads outside the practice through a symbolic link; hwk does not follow it");
  }
  fail(path, what, err);
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

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

fs::path directory_of(const fs::path& path) { return path.parent_path().empty() ? fs::path(".") : path.parent_path(); }

// The directory `path` is in, opened (inside the practice, confined to it) to create files there.
int open_directory_of(const fs::path& path, const char* failure) {
  const int fd = open_in_practice(directory_of(path), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) fail_open(path, failure, errno);
  return fd;
}

// Makes a rename or a new name in `dirfd` durable. A directory that cannot be flushed at all
// (EINVAL) is no error; an I/O error or a full disk is.
void sync_directory(int dirfd, const fs::path& shown) {
  if (::fsync(dirfd) != 0 && (errno == EIO || errno == ENOSPC || errno == EDQUOT)) fail(shown, "cannot flush to disk", errno);
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

// Writes `content` to the new file `name` in `dirfd` (0600), flushed to disk; on any failure the
// file is removed and the error names `shown`.
void write_new_file(int dirfd, const std::string& name, const fs::path& shown, std::string_view content, const char* create_failure,
                    Flush flush = Flush::to_disk) {
  const int fd = ::openat(dirfd, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) fail(shown, errno == EEXIST && name == shown.filename() ? "already exists, not overwriting it" : create_failure, errno);
  try {
    write_all(fd, content, shown);
    if (flush == Flush::to_disk && ::fsync(fd) != 0) fail(shown, "cannot flush to disk", errno);
  } catch (...) {
    ::close(fd);
    ::unlinkat(dirfd, name.c_str(), 0);
    throw;
  }
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlinkat(dirfd, name.c_str(), 0);
    fail(shown, "cannot write", err);
  }
}

// Temporary files of earlier writes of `target` that were interrupted (the writer died between
// creating and renaming it). Called under the directory's lock, so none of them is in use.
void remove_stale_temporaries(const fs::path& target) {
  const std::string prefix = std::string(temp_prefix) + target.filename().string() + "-";
  std::error_code ec;
  for (fs::directory_iterator it(directory_of(target), ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string().starts_with(prefix)) ::unlink(it->path().c_str());
  }
}

}  // namespace

std::string format_byte_size(std::size_t bytes) {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return std::to_string(bytes / (1024 * 1024)) + " MiB";
  if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes / 1024) + " KiB";
  return std::to_string(bytes) + " bytes";
}

std::string read_file(const fs::path& path, std::size_t max_bytes) {
  // O_NONBLOCK: a FIFO put where a file should be is refused below instead of waiting for a writer.
  const int fd = open_in_practice(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) fail_open(path, "cannot read", errno);
  const Fd closer(fd);
  struct stat st {};
  if (::fstat(fd, &st) != 0) fail(path, "cannot read", errno);
  if (S_ISDIR(st.st_mode)) throw Error(SourceLoc{path}, "is a directory, not a file");
  if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) throw Error(SourceLoc{path}, "is a pipe or socket, not a file");
  const auto too_large = [&] {
    return Error(SourceLoc{path}, "the file is larger than " + format_byte_size(max_bytes) + ", the most hwk reads in a file of its kind",
                 limits::hint);
  };
  if (S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > max_bytes) throw too_large();
  std::string out;
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(path, "cannot read", errno);
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
    if (out.size() > max_bytes) throw too_large();  // a file that grew, or a device without a size
  }
  return out;
}

OpenDirs::~OpenDirs() {
  for (const auto& [dir, fd] : fds_) ::close(fd);
}

int OpenDirs::dir_fd(const fs::path& dir) {
  std::lock_guard lock(mutex_);
  if (const auto it = fds_.find(dir.native()); it != fds_.end()) return it->second;
  const int fd = open_in_practice(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) fds_.emplace(dir.native(), fd);  // a folder not there yet is asked again
  return fd;
}

int OpenDirs::open_in(const fs::path& dir, const fs::path& name, int flags) {
  const int fd = dir_fd(dir);
  return fd < 0 ? open_in_practice(dir / name, flags) : open_in_dir(fd, dir, name, flags);
}

std::vector<std::string> list_directory(const fs::path& dir) {
  const int fd = open_in_practice(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return {};
    fail_open(dir, "cannot list directory", errno);
  }
  DIR* d = ::fdopendir(fd);
  if (!d) {
    const int err = errno;
    ::close(fd);
    fail(dir, "cannot list directory", err);
  }
  std::vector<std::string> names;
  while (const dirent* e = ::readdir(d)) {
    const std::string_view name = e->d_name;
    if (name != "." && name != "..") names.emplace_back(name);
  }
  ::closedir(d);
  return names;
}

void make_private_dirs(const fs::path& dir) {
  if (dir.empty()) return;
  if (dir.filename().empty() && dir.has_parent_path() && dir != dir.root_path()) return make_private_dirs(dir.parent_path());
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode)) throw Error(SourceLoc{dir}, "exists and is not a directory");
    return;
  }
  make_private_dirs(dir.parent_path());
  const Fd parent(open_in_practice(directory_of(dir), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (parent.get() < 0) fail_open(dir, "cannot create directory", errno);
  const std::string name = dir.filename().string();
  if (::mkdirat(parent.get(), name.c_str(), 0700) != 0 && errno != EEXIST) fail(dir, "cannot create directory", errno);
  ::fchmodat(parent.get(), name.c_str(), 0700, 0);
}

DirLock::DirLock(const fs::path& dir) {
  fd_ = open_in_practice(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) fail_open(dir, "cannot open directory to lock it", errno);
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

void write_file_atomic(const fs::path& path, std::string_view content, Flush flush) {
  const Fd dir(open_directory_of(path, "cannot create a temporary file beside it"));
  const std::string temp = std::string(temp_prefix) + path.filename().string() + "-" + random_suffix();
  write_new_file(dir.get(), temp, path, content, "cannot create a temporary file beside it", flush);
  if (::renameat(dir.get(), temp.c_str(), dir.get(), path.filename().c_str()) != 0) {
    const int err = errno;
    ::unlinkat(dir.get(), temp.c_str(), 0);
    fail(path, "cannot replace", err);
  }
  if (flush == Flush::to_disk) sync_directory(dir.get(), path);
}

void append_file_atomic(const fs::path& path, std::string_view header, std::string_view text, std::size_t max_bytes) {
  DirLock lock(directory_of(path));
  remove_stale_temporaries(path);
  std::string content;
  std::error_code ec;
  if (fs::exists(path, ec)) {
    content = read_file(path, max_bytes);
    if (!content.empty() && content.back() != '\n') content += '\n';
  } else {
    content = header;
  }
  content += text;
  if (content.size() > max_bytes) {
    throw Error(SourceLoc{path},
                "cannot add " + format_byte_size(text.size()) + ": the file would be larger than " + format_byte_size(max_bytes) +
                    ", the most hwk reads in a file of its kind",
                "hwk-check(1) lists the limits on files");
  }
  write_file_atomic(path, content);
}

bool path_exists(const fs::path& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

bool is_directory_path(const fs::path& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

bool open_to_others(const fs::path& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 && !S_ISLNK(st.st_mode) && (st.st_mode & 0077);
}

bool any_open_to_others_under(const fs::path& dir) {
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (open_to_others(it->path())) return true;
  }
  return false;
}

std::vector<fs::path> directory_entries(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) out.push_back(it->path());
  return out;
}

void remove_file_quietly(const fs::path& path) {
  std::error_code ec;
  fs::remove(path, ec);
}

void remove_tree_quietly(const fs::path& dir) {
  std::error_code ec;
  fs::remove_all(dir, ec);
}

void create_file_exclusive(const fs::path& path, std::string_view content) {
  const Fd dir(open_directory_of(path, "cannot create"));
  write_new_file(dir.get(), path.filename().string(), path, content, "cannot create");
  sync_directory(dir.get(), path);
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
