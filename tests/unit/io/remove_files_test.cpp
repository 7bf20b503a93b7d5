// Asking whether a path exists and deleting quietly: no error for what is missing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "io/files.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

TEST(RemoveFiles, PathExistsFollowsLinks) {
  hwk::test::TempDir dir;
  std::ofstream(dir.path() / "a") << "x";
  fs::create_symlink(dir.path() / "missing", dir.path() / "dangling");
  EXPECT_TRUE(hwk::path_exists(dir.path() / "a"));
  EXPECT_TRUE(hwk::path_exists(dir.path()));
  EXPECT_FALSE(hwk::path_exists(dir.path() / "dangling"));
  EXPECT_FALSE(hwk::path_exists(dir.path() / "a" / "below-a-file"));
}

TEST(RemoveFiles, RemovesAFileAndIgnoresAMissingOne) {
  hwk::test::TempDir dir;
  std::ofstream(dir.path() / "a") << "x";
  hwk::remove_file_quietly(dir.path() / "a");
  EXPECT_FALSE(fs::exists(dir.path() / "a"));
  EXPECT_NO_THROW(hwk::remove_file_quietly(dir.path() / "a"));
}

TEST(RemoveFiles, RemovesATreeAndIgnoresAMissingOne) {
  hwk::test::TempDir dir;
  fs::create_directories(dir.path() / "t" / "u");
  std::ofstream(dir.path() / "t" / "u" / "f") << "x";
  hwk::remove_tree_quietly(dir.path() / "t");
  EXPECT_FALSE(fs::exists(dir.path() / "t"));
  EXPECT_NO_THROW(hwk::remove_tree_quietly(dir.path() / "t"));
}

}  // namespace
