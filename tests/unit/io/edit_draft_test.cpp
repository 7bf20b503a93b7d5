// Drafts of what a person edits: kept private under .hwk/drafts/, with the text they were made
// from beside them when asked for, and gone without a trace once discarded.
#include "io/edit_draft.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "file_mode.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

using hwk::test::mode_of;

class EditDrafts : public ::testing::Test {
 protected:
  void SetUp() override { practice_.root = dir_.path(); }
  hwk::test::TempDir dir_;
  hwk::Practice practice_;
};

TEST_F(EditDrafts, PlanDraftHasABaseAndMakesThePrivateDraftsFolder) {
  const auto draft = hwk::plan_draft(practice_, "c-1");
  const auto drafts = practice_.root / ".hwk" / "drafts";
  EXPECT_EQ(draft.file, drafts / "plan-c-1.toml");
  EXPECT_EQ(draft.base, drafts / "plan-c-1.base.toml");
  EXPECT_EQ(mode_of(drafts), 0700u);
  EXPECT_FALSE(hwk::draft_exists(draft));
}

TEST_F(EditDrafts, LogFormDraftHasNoBase) {
  const auto form = hwk::log_form_draft(practice_, "c-1", "mood");
  EXPECT_EQ(form.file, practice_.root / ".hwk" / "drafts" / "record-c-1-mood.toml");
  EXPECT_TRUE(form.base.empty());
}

TEST_F(EditDrafts, WrittenDraftAndBaseArePrivateAndReadBack) {
  const auto draft = hwk::plan_draft(practice_, "c-1");
  hwk::write_draft(draft, "client = \"c-1\"\n");
  EXPECT_TRUE(hwk::draft_exists(draft));
  EXPECT_EQ(mode_of(draft.file), 0600u);
  EXPECT_EQ(mode_of(draft.base), 0600u);
  std::ofstream(draft.file) << "edited\n";
  EXPECT_EQ(hwk::read_draft(draft), "edited\n");
  EXPECT_EQ(hwk::draft_base_text(draft), "client = \"c-1\"\n");
}

TEST_F(EditDrafts, DraftWithoutItsBaseIsItsOwnBase) {
  const auto draft = hwk::plan_draft(practice_, "c-1");
  std::ofstream(draft.file) << "kept by an older hwk\n";
  EXPECT_EQ(hwk::draft_base_text(draft), "kept by an older hwk\n");
}

TEST_F(EditDrafts, DiscardingRemovesDraftAndBaseAndMissingOnesAreNoError) {
  const auto draft = hwk::plan_draft(practice_, "c-1");
  hwk::write_draft(draft, "x\n");
  hwk::discard_draft(draft);
  EXPECT_FALSE(fs::exists(draft.file));
  EXPECT_FALSE(fs::exists(draft.base));
  EXPECT_NO_THROW(hwk::discard_draft(draft));
  const auto form = hwk::log_form_draft(practice_, "c-1", "mood");
  hwk::write_draft(form, "y\n");
  hwk::discard_draft(form);
  EXPECT_TRUE(fs::is_empty(practice_.root / ".hwk" / "drafts"));
}

}  // namespace
