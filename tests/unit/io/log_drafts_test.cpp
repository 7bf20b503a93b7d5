// A record kept as a draft reads back as the same record, for the same client.
#include "io/log_drafts.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "io/log_format.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

class LogDrafts : public ::testing::Test {
 protected:
  void SetUp() override { practice_.root = dir_.path(); }
  static hwk::Record record(const std::string& id) {
    std::string error;
    hwk::Record r;
    r.id = id;
    r.at = *hwk::parse_time_point("2026-11-23T20:15", hwk::utc_zone(), hwk::Instant{}, error);
    r.recorded = r.at;
    r.assignment = "mood";
    r.template_id = "mood-check";
    r.template_version = 1;
    r.reflection = "line one\nline \"two\"";
    r.values = {{"mood", hwk::FieldValue{6LL}}};
    return r;
  }
  hwk::test::TempDir dir_;
  hwk::Practice practice_;
};

TEST_F(LogDrafts, WrittenDraftReadsBackAsTheSameRecord) {
  const auto r = record("01M85MG2800000000000000001");
  const auto path = hwk::write_log_draft(practice_, "c-0042", r, hwk::utc_zone(), "log/x.toml: cannot write\nno space");
  EXPECT_EQ(path, practice_.root / ".hwk" / "drafts" / "log-c-0042-01M85MG2800000000000000001.toml");
  const auto draft = hwk::read_log_draft(path);
  EXPECT_EQ(draft.client, "c-0042");
  EXPECT_EQ(hwk::format_record(draft.record, hwk::utc_zone()), hwk::format_record(r, hwk::utc_zone()));
}

TEST_F(LogDrafts, DraftsOfOneClientOldestFirst) {
  hwk::write_log_draft(practice_, "c-1", record("01M85MG2800000000000000002"), hwk::utc_zone(), "why");
  hwk::write_log_draft(practice_, "c-1", record("01M85MG2800000000000000001"), hwk::utc_zone(), "why");
  hwk::write_log_draft(practice_, "c-1-x", record("01M85MG2800000000000000003"), hwk::utc_zone(), "why");
  const auto found = hwk::log_drafts(practice_, "c-1");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].filename(), "log-c-1-01M85MG2800000000000000001.toml");
  EXPECT_EQ(found[1].filename(), "log-c-1-01M85MG2800000000000000002.toml");
  EXPECT_EQ(hwk::log_drafts(practice_, "c-1-x").size(), 1u);
  EXPECT_TRUE(hwk::log_drafts(practice_, "c-2").empty());
}

TEST_F(LogDrafts, OtherFilesAreNotDrafts) {
  const auto plan = practice_.root / "plan-c-1.toml";
  std::ofstream(plan) << "client = \"c-1\"\n";
  EXPECT_THROW(hwk::read_log_draft(plan), hwk::Error);
  const auto two = practice_.root / "log-c-1-01M85MG2800000000000000001.toml";
  std::ofstream(two) << hwk::format_record(record("01M85MG2800000000000000001"), hwk::utc_zone())
                     << hwk::format_record(record("01M85MG2800000000000000002"), hwk::utc_zone());
  EXPECT_THROW(hwk::read_log_draft(two), hwk::Error);
}

}  // namespace
