// Atomic writes: whole files, owner-only, no temporary file left, stale ones cleaned.
#include "io/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>

#include "diag/diag.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

class Files : public ::testing::Test {
 protected:
  std::vector<std::string> names() {
    auto n = hwk::list_directory(dir_);
    std::sort(n.begin(), n.end());
    return n;
  }
  hwk::test::TempDir temp_;
  const fs::path& dir_ = temp_.path();
};

// Files are opened through the kept descriptor of their folder; a folder that was missing is
// looked for again, so one made meanwhile (the cache's, at its first save) is found.
TEST_F(Files, OpenDirsOpensFilesInKeptFoldersAndLooksAgainForMissingOnes) {
  hwk::OpenDirs dirs;
  const fs::path later = dir_ / "later";
  EXPECT_EQ(dirs.open_in(later, "a.txt", O_RDONLY | O_CLOEXEC), -1);
  EXPECT_EQ(errno, ENOENT);
  fs::create_directory(later);
  std::ofstream(later / "a.txt") << "first";
  std::ofstream(later / "b.txt") << "second";
  for (const char* name : {"a.txt", "b.txt"}) {
    const int fd = dirs.open_in(later, name, O_RDONLY | O_CLOEXEC);
    ASSERT_GE(fd, 0) << name;
    char buf[16] = {};
    EXPECT_GT(::read(fd, buf, sizeof buf - 1), 0);
    EXPECT_EQ(std::string(buf), name == std::string("a.txt") ? "first" : "second");
    ::close(fd);
  }
  EXPECT_EQ(dirs.open_in(later, "none.txt", O_RDONLY | O_CLOEXEC), -1);
}

TEST_F(Files, AppendAddsToTheEndAndWritesTheHeaderOnce) {
  const auto f = dir_ / "2026-11.testwrtr.toml";
  hwk::append_file_atomic(f, "# header\n", "one\n");
  hwk::append_file_atomic(f, "# header\n", "two\n");
  EXPECT_EQ(hwk::read_file(f), "# header\none\ntwo\n");
  struct stat st {};
  ASSERT_EQ(::stat(f.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(names(), std::vector<std::string>{"2026-11.testwrtr.toml"});
}

TEST_F(Files, AppendRemovesTheTemporaryFilesOfAnInterruptedWriteOfThatFile) {
  const auto f = dir_ / "2026-11.testwrtr.toml";
  std::ofstream(dir_ / ".hwk-tmp-2026-11.testwrtr.toml-0123456789ab") << "half a rec";
  std::ofstream(dir_ / ".hwk-tmp-plan.toml-0123456789ab") << "another file's";
  hwk::append_file_atomic(f, "", "one\n");
  EXPECT_EQ(names(), (std::vector<std::string>{".hwk-tmp-plan.toml-0123456789ab", "2026-11.testwrtr.toml"}));
  EXPECT_TRUE(hwk::is_temporary_name(".hwk-tmp-plan.toml-0123456789ab"));
}

TEST_F(Files, CreateExclusiveRefusesToOverwrite) {
  hwk::create_file_exclusive(dir_ / "hwk.toml", "a\n");
  try {
    hwk::create_file_exclusive(dir_ / "hwk.toml", "b\n");
    FAIL() << "overwrote";
  } catch (const hwk::Error& e) {
    EXPECT_EQ(e.diagnostic().message, "already exists, not overwriting it: file exists");
  }
  EXPECT_EQ(hwk::read_file(dir_ / "hwk.toml"), "a\n");
}

TEST_F(Files, MakePrivateDirsMakesEveryMissingLevel0700) {
  hwk::make_private_dirs(dir_ / "a" / "b" / "c/");
  for (const auto& p : {dir_ / "a", dir_ / "a" / "b", dir_ / "a" / "b" / "c"}) {
    struct stat st {};
    ASSERT_EQ(::stat(p.c_str(), &st), 0) << p;
    EXPECT_EQ(st.st_mode & 0777, 0700u) << p;
  }
  EXPECT_TRUE(hwk::list_directory(dir_ / "missing").empty());
}

TEST_F(Files, ReadRefusesFilesOverItsLimitBeforeReadingThem) {
  const auto f = dir_ / "big.toml";
  std::ofstream(f) << std::string(1000, 'x');
  EXPECT_EQ(hwk::read_file(f, 1000).size(), 1000u);
  try {
    hwk::read_file(f, 999);
    FAIL() << "read a file over the limit";
  } catch (const hwk::Error& e) {
    EXPECT_EQ(e.diagnostic().message, "the file is larger than 999 bytes, the most hwk reads in a file of its kind");
  }
  EXPECT_EQ(hwk::format_byte_size(1024 * 1024), "1 MiB");
  EXPECT_EQ(hwk::format_byte_size(64 * 1024), "64 KiB");
}

TEST_F(Files, ReadRefusesDirectoriesAndPipes) {
  fs::create_directory(dir_ / "plan.toml");
  ASSERT_EQ(::mkfifo((dir_ / "fifo.toml").c_str(), 0600), 0);
  for (const auto& [name, message] :
       {std::pair{"plan.toml", "is a directory, not a file"}, std::pair{"fifo.toml", "is a pipe or socket, not a file"}}) {
    try {
      hwk::read_file(dir_ / name);
      FAIL() << name;
    } catch (const hwk::Error& e) {
      EXPECT_EQ(e.diagnostic().message, message);
    }
  }
}

}  // namespace
