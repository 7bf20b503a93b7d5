// The owner-only side of git: what makes a tree private, and the hook hwk installs.
#include "io/git.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <fstream>

#include "temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

mode_t mode_of(const fs::path& p) {
  struct stat st {};
  EXPECT_EQ(::lstat(p.c_str(), &st), 0) << p;
  return st.st_mode & 07777;
}

struct timespec ctime_of(const fs::path& p) {
  struct stat st {};
  EXPECT_EQ(::lstat(p.c_str(), &st), 0) << p;
  return st.st_ctim;
}

void write(const fs::path& p, mode_t mode) {
  std::ofstream(p) << "x\n";
  ::chmod(p.c_str(), mode);
}

TEST(MakeTreePrivate, TakesFromOthersWhatTheyMayUseAndTouchesNothingElse) {
  hwk::test::TempDir temp;
  const fs::path root = temp.path() / "repo";
  fs::create_directories(root / "log");
  ::chmod(root.c_str(), 0755);
  ::chmod((root / "log").c_str(), 0775);
  write(root / "plan.toml", 0644);
  write(root / "log" / "2026-11.w.toml", 0666);
  write(root / "hook", 0755);
  write(root / "private.toml", 0600);
  // Outside the tree, reached by a link: left as it is.
  write(temp.path() / "outside", 0644);
  fs::create_symlink(temp.path() / "outside", root / "link");
  const auto before = ctime_of(root / "private.toml");

  hwk::make_tree_private(root);

  EXPECT_EQ(mode_of(root), 0700u);
  EXPECT_EQ(mode_of(root / "log"), 0700u);
  EXPECT_EQ(mode_of(root / "plan.toml"), 0600u);
  EXPECT_EQ(mode_of(root / "log" / "2026-11.w.toml"), 0600u);
  EXPECT_EQ(mode_of(root / "hook"), 0700u);  // still its owner's to run
  EXPECT_EQ(mode_of(temp.path() / "outside"), 0644u);
  // A file already private keeps its change time, so a cache keyed on it stays valid.
  const auto after = ctime_of(root / "private.toml");
  EXPECT_EQ(before.tv_sec, after.tv_sec);
  EXPECT_EQ(before.tv_nsec, after.tv_nsec);
}

TEST(OwnerOnlyHook, IsAShellScriptHwkKnowsAsItsOwn) {
  const std::string text = hwk::owner_only_hook_text();
  EXPECT_EQ(text.rfind("#!/bin/sh\n", 0), 0u);
  EXPECT_TRUE(hwk::is_hwk_hook(text));
  EXPECT_FALSE(hwk::is_hwk_hook("#!/bin/sh\necho mine\n"));
  // It parses as POSIX shell.
  hwk::test::TempDir temp;
  const fs::path file = temp.path() / "post-merge";
  std::ofstream(file) << text;
  EXPECT_EQ(std::system(("sh -n '" + file.string() + "'").c_str()), 0);
}

}  // namespace
