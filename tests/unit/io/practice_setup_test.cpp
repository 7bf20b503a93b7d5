// Making a practice, a client's folder and a template: everything there, private, and nothing
// half-made or overwritten when something is in the way.
#include "io/practice_setup.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "diag/diag.hpp"
#include "file_mode.hpp"
#include "io/confine.hpp"
#include "io/files.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

using hwk::test::mode_of;

std::string text_of(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class PracticeSetup : public ::testing::Test {
 protected:
  void SetUp() override { practice_.root = dir_.path(); }
  void TearDown() override { hwk::confine_to_practice({}); }  // create_practice confines to its root
  hwk::ClientDir client(const std::string& id) const { return {id, practice_.clients_dir() / id}; }
  hwk::test::TempDir dir_;
  hwk::Practice practice_;
};

TEST_F(PracticeSetup, CreatesAPracticeWithItsFoldersAndFiles) {
  const fs::path root = dir_.path() / "new";
  EXPECT_NO_THROW(hwk::refuse_existing_practice(root));
  hwk::create_practice(root, "Europe/Berlin");
  for (const char* d : {"", "templates", "clients"}) EXPECT_EQ(mode_of(root / d), 0700u) << d;
  for (const char* f : {"templates/.gitkeep", "clients/.gitkeep", ".gitignore", ".gitattributes", "hwk.toml"}) {
    EXPECT_EQ(mode_of(root / f), 0600u) << f;
  }
  EXPECT_NE(text_of(root / "hwk.toml").find("Europe/Berlin"), std::string::npos);
  EXPECT_NE(text_of(root / ".gitignore").find("\n.hwk/\n"), std::string::npos);
  EXPECT_THROW(hwk::refuse_existing_practice(root), hwk::Error);
}

TEST_F(PracticeSetup, AddsOnlyTheMissingLinesToExistingGitFiles) {
  const fs::path root = dir_.path();
  std::ofstream(root / ".gitignore") << "build/\n.hwk/\n";
  hwk::create_practice(root, "UTC");
  EXPECT_EQ(text_of(root / ".gitignore"), "build/\n.hwk/\n.hwk-tmp-*\n");
}

TEST_F(PracticeSetup, RefusesAClientsRepositoryAndAFileWhereAFolderGoes) {
  std::ofstream(dir_.path() / "plan.toml") << "client = \"c-1\"\n";
  try {
    hwk::refuse_existing_practice(dir_.path());
    FAIL() << "no error";
  } catch (const hwk::Error& e) {
    EXPECT_EQ(e.diagnostic().message, "this is a client's repository; not making it a practice");
  }
  const fs::path other = dir_.path() / "other";
  fs::create_directory(other);
  std::ofstream(other / "clients") << "";
  EXPECT_THROW(hwk::create_practice(other, "UTC"), hwk::Error);
  EXPECT_FALSE(fs::exists(other / "templates"));  // nothing made
}

TEST_F(PracticeSetup, CreatesAClientFolderWholeAndPrivate) {
  const auto c = client("c-1");
  EXPECT_EQ(hwk::client_folder_state(c), hwk::ClientFolder::missing);
  hwk::create_client_folder(practice_, c, "client = \"c-1\"\n");
  EXPECT_EQ(hwk::client_folder_state(c), hwk::ClientFolder::with_plan);
  EXPECT_TRUE(hwk::has_plan_file(c));
  EXPECT_EQ(text_of(c.plan()), "client = \"c-1\"\n");
  EXPECT_EQ(text_of(c.dir / ".gitignore"), ".hwk/\n.hwk-tmp-*\n");
  for (const fs::path& d : {c.dir, c.templates(), c.log()}) EXPECT_EQ(mode_of(d), 0700u) << d;
  for (const fs::path& f : {c.plan(), c.templates() / ".gitkeep", c.log() / ".gitkeep"}) EXPECT_EQ(mode_of(f), 0600u) << f;
  auto names = hwk::list_directory(practice_.clients_dir());
  EXPECT_EQ(names, std::vector<std::string>{"c-1"});  // no staging folder left
}

TEST_F(PracticeSetup, AClientFolderInTheWayLeavesNoHalfClient) {
  const auto c = client("c-1");
  fs::create_directories(c.dir);
  std::ofstream(c.dir / "notes.txt") << "mine\n";
  EXPECT_EQ(hwk::client_folder_state(c), hwk::ClientFolder::without_plan);
  EXPECT_ANY_THROW(hwk::create_client_folder(practice_, c, "client = \"c-1\"\n"));
  EXPECT_EQ(text_of(c.dir / "notes.txt"), "mine\n");
  auto names = hwk::list_directory(practice_.clients_dir());
  EXPECT_EQ(names, std::vector<std::string>{"c-1"});
}

TEST_F(PracticeSetup, AClientFolderWithGitIsARepository) {
  const auto c = client("c-1");
  fs::create_directories(c.dir / ".git");
  std::ofstream(c.plan()) << "";
  EXPECT_EQ(hwk::client_folder_state(c), hwk::ClientFolder::repository);
}

TEST_F(PracticeSetup, ClientPathInTheRepositoryResolvesLinks) {
  const auto c = client("c-1");
  fs::create_directories(c.dir);
  fs::create_directory_symlink(dir_.path(), dir_.path() / "link");
  EXPECT_EQ(hwk::client_path_in(dir_.path() / "link", c), "clients/c-1");
}

TEST_F(PracticeSetup, CreatesATemplateOnceInAPrivateFolder) {
  const auto file = practice_.templates_dir() / "mine.yaml";
  hwk::create_practice_template(practice_, file, "id: mine\n");
  EXPECT_EQ(mode_of(practice_.templates_dir()), 0700u);
  EXPECT_EQ(mode_of(file), 0600u);
  EXPECT_THROW(hwk::create_practice_template(practice_, file, "id: other\n"), hwk::Error);
  EXPECT_EQ(text_of(file), "id: mine\n");
}

}  // namespace
