// Confining file access to the practice: openat2(RESOLVE_BENEATH) on its root, or a check of
// each link on kernels without it.
#include "io/confine.hpp"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>

namespace hwk {
namespace {

namespace fs = std::filesystem;

struct Confinement {
  fs::path root;  ///< as the practice's paths begin; empty: no confinement
  int fd = -1;    ///< the root, opened at first use (hwk init confines before it creates the root)
};

Confinement& confinement() {
  static Confinement c;
  return c;
}

fs::path absolute_normal(const fs::path& p) {
  std::error_code ec;
  fs::path out = (p.is_absolute() ? p : fs::absolute(p, ec)).lexically_normal();
  if (out.filename().empty() && out.has_parent_path() && out != out.root_path()) out = out.parent_path();
  return out;
}

bool is_within(const fs::path& p, const fs::path& root) {
  const auto rel = p.lexically_relative(root);
  return !rel.empty() && *rel.begin() != "..";
}

// `path` relative to the root when it lies inside the practice ("." for the root itself).
std::optional<fs::path> inside_practice(const fs::path& path) {
  const auto& c = confinement();
  if (c.root.empty()) return std::nullopt;
  const fs::path rel = absolute_normal(path).lexically_relative(c.root);
  if (rel.empty() || *rel.begin() == "..") return std::nullopt;
  return rel;
}

}  // namespace

void confine_to_practice(const fs::path& root) {
  auto& c = confinement();
  if (c.fd >= 0) ::close(c.fd);
  c = Confinement{};
  if (!root.empty()) c.root = absolute_normal(root);
}

int open_in_dir(int dir_fd, const fs::path& dir, const fs::path& name, int flags) {
  open_how how{};
  how.flags = static_cast<std::uint64_t>(flags | O_CLOEXEC);
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  for (int attempt = 0; attempt < 8; ++attempt) {
    const long fd = ::syscall(SYS_openat2, dir_fd, name.c_str(), &how, sizeof how);
    if (fd >= 0) return static_cast<int>(fd);
    if (errno == EAGAIN) continue;
    // ENOENT and the like are the answer; a link out of `dir` (EXDEV), or no openat2, is asked again
    // from the practice's root.
    if (errno != EXDEV && errno != ENOSYS && errno != EPERM) return -1;
    break;
  }
  return open_in_practice(dir / name, flags);
}

std::optional<Diagnostic> link_leading_out(const fs::path& path) {
  const auto rel = inside_practice(path);
  if (!rel || *rel == ".") return std::nullopt;
  const auto& c = confinement();
  std::error_code ec;
  const fs::path real_root = fs::weakly_canonical(c.root, ec);
  fs::path at = c.root;
  for (const auto& part : *rel) {
    at /= part;
    struct stat st {};
    if (::lstat(at.c_str(), &st) != 0) return std::nullopt;  // the rest is yet to be created
    if (!S_ISLNK(st.st_mode)) continue;
    const fs::path target = fs::read_symlink(at, ec);
    if (ec) continue;
    const fs::path real = fs::weakly_canonical(at, ec);
    const bool outside = ec || !is_within(real, real_root);
    if (!outside && target.is_absolute()) {
      return Diagnostic{{at},
                        Severity::error,
                        "a symbolic link to the absolute path '" + target.string() + "'; hwk follows only relative links within the practice",
                        "make the link relative, or replace it with the file or directory itself"};
    }
    if (outside) {
      return Diagnostic{{at},
                        Severity::error,
                        "a symbolic link to '" + target.string() + "', outside the practice; hwk does not read or write through it",
                        "replace the link with the file or directory itself"};
    }
  }
  return std::nullopt;
}

int open_in_practice(const fs::path& path, int flags, unsigned mode) {
  const auto rel = inside_practice(path);
  if (!rel) return ::open(path.c_str(), flags, mode);
  auto& c = confinement();
  if (c.fd < 0) {
    c.fd = ::open(c.root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (c.fd < 0) return -1;
  }
  open_how how{};
  how.flags = static_cast<std::uint64_t>(flags | O_CLOEXEC);
  how.mode = (flags & O_CREAT) ? mode : 0;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  for (int attempt = 0; attempt < 8; ++attempt) {
    const long fd = ::syscall(SYS_openat2, c.fd, rel->c_str(), &how, sizeof how);
    if (fd >= 0) return static_cast<int>(fd);
    if (errno == EAGAIN) continue;  // a concurrent rename; the kernel asks to try again
    if (errno != ENOSYS && errno != EPERM) return -1;
    break;  // no openat2 (older kernel, or a seccomp filter): check each link ourselves
  }
  if (link_leading_out(path)) {
    errno = EXDEV;
    return -1;
  }
  return ::open(path.c_str(), flags, mode);
}

}  // namespace hwk
