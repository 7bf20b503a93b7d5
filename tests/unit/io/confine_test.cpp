// A practice's paths are opened only when they resolve inside it.
#include "io/confine.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cerrno>
#include <filesystem>
#include <fstream>

#include "io/files.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

class Confine : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = base_ / "practice";
    fs::create_directories(root_ / "clients" / "c-1");
    fs::create_directories(base_ / "elsewhere");
    std::ofstream(base_ / "elsewhere" / "secret.toml") << "secret = true\n";
    std::ofstream(root_ / "clients" / "c-1" / "plan.toml") << "client = \"c-1\"\n";
    hwk::confine_to_practice(root_);
  }
  void TearDown() override { hwk::confine_to_practice({}); }
  int open_read(const fs::path& p) {
    const int fd = hwk::open_in_practice(p, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) ::close(fd);
    return fd >= 0 ? 0 : errno;
  }
  hwk::test::TempDir dir_;
  const fs::path& base_ = dir_.path();
  fs::path root_;
};

TEST_F(Confine, PathsInsideOpen) {
  EXPECT_EQ(open_read(root_ / "clients" / "c-1" / "plan.toml"), 0);
  EXPECT_EQ(open_read(root_ / "clients" / "c-1" / "missing.toml"), ENOENT);
  EXPECT_FALSE(hwk::link_leading_out(root_ / "clients" / "c-1" / "plan.toml"));
}

TEST_F(Confine, RelativeLinkInsideIsFollowed) {
  fs::create_symlink("c-1", root_ / "clients" / "alias");
  EXPECT_EQ(open_read(root_ / "clients" / "alias" / "plan.toml"), 0);
  EXPECT_FALSE(hwk::link_leading_out(root_ / "clients" / "alias" / "plan.toml"));
}

TEST_F(Confine, LinkOutOfThePracticeIsRefusedAtTheLink) {
  fs::create_symlink("../../../elsewhere", root_ / "clients" / "c-1" / "log");
  EXPECT_EQ(open_read(root_ / "clients" / "c-1" / "log" / "secret.toml"), EXDEV);
  const auto d = hwk::link_leading_out(root_ / "clients" / "c-1" / "log" / "secret.toml");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->loc.path, root_ / "clients" / "c-1" / "log");
  EXPECT_EQ(d->message, "a symbolic link to '../../../elsewhere', outside the practice; hwk does not read or write through it");
  EXPECT_THROW(hwk::read_file(root_ / "clients" / "c-1" / "log" / "secret.toml"), hwk::Error);
  EXPECT_THROW(hwk::list_directory(root_ / "clients" / "c-1" / "log"), hwk::Error);
  EXPECT_THROW(hwk::make_private_dirs(root_ / "clients" / "c-1" / "log" / "new"), hwk::Error);
  EXPECT_FALSE(fs::exists(base_ / "elsewhere" / "new"));
}

TEST_F(Confine, AbsoluteLinkIsRefusedEvenToAPlaceInside) {
  fs::create_symlink(root_ / "clients" / "c-1" / "plan.toml", root_ / "clients" / "c-1" / "copy.toml");
  EXPECT_EQ(open_read(root_ / "clients" / "c-1" / "copy.toml"), EXDEV);
  const auto d = hwk::link_leading_out(root_ / "clients" / "c-1" / "copy.toml");
  ASSERT_TRUE(d);
  EXPECT_NE(d->message.find("absolute path"), std::string::npos);
}

TEST_F(Confine, WritesThroughALinkOutAreRefused) {
  fs::create_symlink("../elsewhere", root_ / ".hwk");
  EXPECT_THROW(hwk::write_file_atomic(root_ / ".hwk" / "writer", "x\n"), hwk::Error);
  EXPECT_THROW(hwk::create_file_exclusive(root_ / ".hwk" / "writer", "x\n"), hwk::Error);
  EXPECT_THROW(hwk::DirLock(root_ / ".hwk"), hwk::Error);
  EXPECT_FALSE(fs::exists(base_ / "elsewhere" / "writer"));
}

TEST_F(Confine, PathsOutsideThePracticeAreNotAffected) {
  EXPECT_EQ(open_read(base_ / "elsewhere" / "secret.toml"), 0);
  EXPECT_EQ(hwk::read_file(base_ / "elsewhere" / "secret.toml"), "secret = true\n");
}

}  // namespace
