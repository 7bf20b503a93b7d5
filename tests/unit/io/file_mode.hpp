// The permission bits of a file, for tests that check that what hwk makes is private to its owner.
#pragma once
#include <sys/stat.h>

#include <filesystem>

namespace hwk::test {

/// The rwx bits of `path` (0600, 0700, …), following links; 0 when it cannot be read.
inline unsigned mode_of(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return 0;
  return st.st_mode & 0777;
}

}  // namespace hwk::test
