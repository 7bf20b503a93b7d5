// The derived cache: the racy rule, what a warm cache gives back, damage, and the read-ahead.
#include "io/record_cache.hpp"

#include <gtest/gtest.h>

#include <condition_variable>
#include <fstream>
#include <mutex>
#include <stdexcept>

#include <unistd.h>

#include "io/client_reader.hpp"
#include "io/files.hpp"
#include "io/log_format.hpp"
#include "io/log_reader.hpp"
#include "util/read_ahead.hpp"

namespace {

namespace fs = std::filesystem;

hwk::FileStamp stamp(std::int64_t ctime_ns) {
  hwk::FileStamp s;
  s.size = 120;
  s.ino = 7;
  s.dev = 1;
  s.mtime_ns = ctime_ns - 5;
  s.ctime_ns = ctime_ns;
  return s;
}

TEST(StampSettled, AFileChangedMoreThanATickBeforeItWasReadHasSettled) {
  const std::int64_t read = 10 * hwk::timestamp_tick_ns;
  EXPECT_TRUE(hwk::stamp_settled(stamp(read - hwk::timestamp_tick_ns), read));
  EXPECT_TRUE(hwk::stamp_settled(stamp(read - 3 * hwk::timestamp_tick_ns), read));
}

TEST(StampSettled, AFileChangedWithinATickOfItsReadHasNot) {
  // On a file system whose clock ticks coarsely, a change after the read can keep this change time.
  const std::int64_t read = 10 * hwk::timestamp_tick_ns;
  EXPECT_FALSE(hwk::stamp_settled(stamp(read - hwk::timestamp_tick_ns + 1), read));
  EXPECT_FALSE(hwk::stamp_settled(stamp(read), read));
  EXPECT_FALSE(hwk::stamp_settled(stamp(read + 1000), read));  // a clock ahead of this machine's
}

// The file system's clock some seconds from now: a run made well after the files were written.
std::int64_t later() { return hwk::file_system_now_ns() + 3 * hwk::timestamp_tick_ns; }
// And further still: a run after that one.
std::int64_t much_later() { return hwk::file_system_now_ns() + 6 * hwk::timestamp_tick_ns; }

class CacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("hwk-cache-test-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::copy(fs::path(HWK_TEST_DATA_DIR) / "fixtures" / "due", root_, fs::copy_options::recursive);
    client_ = hwk::ClientDir{"c-0042", root_ / "clients" / "c-0042"};
    cache_ = root_ / ".hwk" / "cache";
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path root_, cache_;
  hwk::ClientDir client_;
};

TEST_F(CacheTest, AWarmCacheGivesWhatTheFilesSay) {
  std::vector<hwk::Diagnostic> diags;
  const auto files = hwk::client_log_files(client_);
  ASSERT_FALSE(files.empty());
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(f.filename().string());
  const auto expected = hwk::parse_log(hwk::read_file(files[0]), files[0], diags);
  const auto plan = hwk::read_client_data(client_, diags);
  ASSERT_TRUE(diags.empty());
  {
    hwk::ClientCache cold(cache_, client_, nullptr, later);
    cold.client_data(diags, hwk::TemplateDetail::titles);
    cold.log_file_names();
    cold.log_records(names[0], diags);
    EXPECT_EQ(cold.hits, 0);
    cold.save();
  }
  hwk::ClientCache warm(cache_, client_, nullptr, much_later);
  const auto data = warm.client_data(diags, hwk::TemplateDetail::full);
  EXPECT_EQ(warm.log_file_names(), names);
  const auto records = warm.log_records(names[0], diags);
  EXPECT_EQ(warm.hits, 3);
  EXPECT_TRUE(diags.empty());
  ASSERT_EQ(records.size(), expected.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    auto want = expected[i];
    want.value_locs.clear();
    want.loc.path.clear();  // reports have no use for it
    EXPECT_EQ(hwk::format_record(records[i], hwk::utc_zone()), hwk::format_record(want, hwk::utc_zone()));
    EXPECT_EQ(records[i].loc, want.loc);
  }
  EXPECT_EQ(data.plan.name, plan.plan.name);
  EXPECT_EQ(data.plan.zone, plan.plan.zone);
  EXPECT_EQ(data.plan.sessions, plan.plan.sessions);
  ASSERT_EQ(data.plan.assignments.size(), plan.plan.assignments.size());
  for (std::size_t i = 0; i < plan.plan.assignments.size(); ++i) {
    const auto& a = data.plan.assignments[i];
    const auto& b = plan.plan.assignments[i];
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.schedule_text, b.schedule_text);
    EXPECT_EQ(a.times, b.times);
    EXPECT_EQ(a.start, b.start);
    EXPECT_EQ(a.end, b.end);
    EXPECT_EQ(a.loc, b.loc);
    EXPECT_EQ(a.schedule.kind, b.schedule.kind);
    EXPECT_EQ(a.schedule.weekdays, b.schedule.weekdays);
  }
  EXPECT_EQ(data.templates, plan.templates);  // full templates come from the copies themselves
  // The fields alone come from the cache itself, as the copies hold them.
  const auto fields = warm.client_data(diags, hwk::TemplateDetail::fields);
  ASSERT_EQ(fields.templates.size(), plan.templates.size());
  for (const auto& [assignment, t] : plan.templates) {
    ASSERT_TRUE(fields.templates.count(assignment));
    const auto& cached = fields.templates.at(assignment);
    EXPECT_EQ(cached.fields, t.fields);
    EXPECT_EQ(cached.title, t.title);
    ASSERT_FALSE(t.rationale.empty());
    EXPECT_TRUE(cached.rationale.empty());  // not read: only check and review need the text
  }
}

TEST_F(CacheTest, AChangeToACopySeveralAssignmentsShareIsSeenByEach) {
  // mood, walk and letter use mood-check.v1.yaml: the plan's entry lists the copy once.
  std::vector<hwk::Diagnostic> diags;
  {
    hwk::ClientCache cold(cache_, client_, nullptr, later);
    cold.client_data(diags, hwk::TemplateDetail::titles);
    cold.save();
  }
  const auto copy = client_.templates() / "mood-check.v1.yaml";
  std::string text = hwk::read_file(copy);
  const auto at = text.find("title: Mood check");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 17, "title: Mood diary");
  std::ofstream(copy) << text;
  hwk::ClientCache warm(cache_, client_, nullptr, much_later);
  const auto data = warm.client_data(diags, hwk::TemplateDetail::titles);
  EXPECT_EQ(warm.hits, 0);
  EXPECT_TRUE(diags.empty());
  for (const char* assignment : {"mood", "walk", "letter"}) {
    ASSERT_TRUE(data.templates.count(assignment)) << assignment;
    EXPECT_EQ(data.templates.at(assignment).title, "Mood diary") << assignment;
  }
}

TEST_F(CacheTest, ADamagedCacheIsReadFromTheFiles) {
  std::vector<hwk::Diagnostic> diags;
  {
    hwk::ClientCache cold(cache_, client_, nullptr, later);
    cold.log_file_names();
    cold.save();
  }
  const auto file = cache_ / "clients" / "c-0042";
  std::string bytes = hwk::read_file(file);
  bytes[bytes.size() / 2] ^= 0x20;
  std::ofstream(file, std::ios::binary) << bytes;
  hwk::ClientCache damaged(cache_, client_, nullptr, much_later);
  std::vector<std::string> names;
  for (const auto& f : hwk::client_log_files(client_)) names.push_back(f.filename().string());
  EXPECT_EQ(damaged.log_file_names(), names);
  EXPECT_EQ(damaged.hits, 0);
}

// A cache whose index is larger than the first read (many log files), with one payload damaged:
// everything else still comes from the cache, the damaged entry from its file.
TEST_F(CacheTest, ALargeIndexIsReadWholeAndDamageCostsOnlyItsEntry) {
  const auto log = client_.log();
  for (int year = 1990; year <= 2025; ++year) {
    for (int month = 1; month <= 12; ++month) {
      char name[40];
      std::snprintf(name, sizeof name, "%04d-%02d.benchw01.toml", year, month);
      std::ofstream(log / name) << "";
    }
  }
  std::vector<hwk::Diagnostic> diags;
  std::vector<std::string> names;
  {
    hwk::ClientCache cold(cache_, client_, nullptr, later);
    names = cold.log_file_names();
    for (const auto& n : names) cold.log_records(n, diags);
    cold.save();
  }
  ASSERT_GT(names.size(), 400u);
  ASSERT_TRUE(diags.empty());
  const auto file = cache_ / "clients" / "c-0042";
  std::string bytes = hwk::read_file(file);
  ASSERT_GT(bytes.size(), 32768u);  // the index alone is larger than the first read
  bytes[bytes.size() - 3] ^= 0x20;  // in the last payload: the list of log files
  std::ofstream(file, std::ios::binary) << bytes;
  hwk::ClientCache warm(cache_, client_, nullptr, much_later);
  EXPECT_EQ(warm.log_file_names(), names);
  for (const auto& n : names) warm.log_records(n, diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(warm.hits, static_cast<int>(names.size()));  // the list and every file but one
  EXPECT_EQ(warm.misses, 1);
}

// Files written just now (this fixture) have not settled when they are read: a log file's entry is
// kept with the checksum of its bytes and used while they are the same; the plan's, whose bytes
// the entry does not know, is not kept at all.
TEST_F(CacheTest, AnEntryMadeBeforeItsFilesSettledIsCheckedByTheirBytes) {
  std::vector<hwk::Diagnostic> diags;
  const auto name = hwk::client_log_files(client_).front().filename().string();
  {
    hwk::ClientCache cold(cache_, client_);
    cold.client_data(diags, hwk::TemplateDetail::titles);
    cold.log_records(name, diags);
    cold.save();
  }
  hwk::ClientCache warm(cache_, client_);
  warm.client_data(diags, hwk::TemplateDetail::titles);
  EXPECT_EQ(warm.hits, 0);
  const auto records = warm.log_records(name, diags);
  EXPECT_EQ(warm.hits, 1);
  EXPECT_FALSE(records.empty());
  EXPECT_TRUE(diags.empty());
}

TEST_F(CacheTest, TheIdsAFileAmendsComeFromTheIndex) {
  const auto file = client_.log() / "2026-10.testwrtr.toml";
  std::ofstream(file) << "[[records]]\nid = \"01M7Z0000000000000000000A1\"\nkind = \"practice\"\n"
                         "at = 2026-10-20T08:00:00-04:00\nrecorded = 2026-10-20T08:30:00-04:00\nassignment = \"breathing\"\n"
                         "template = \"paced-breathing\"\ntemplate_version = 1\nstatus = \"skipped\"\nreason = \"away\"\n"
                         "amends = \"01M85MG2800000000000000002\"\n";
  std::vector<hwk::Diagnostic> diags;
  {
    hwk::ClientCache cold(cache_, client_, nullptr, later);
    EXPECT_EQ(cold.amended_ids(file.filename(), diags), std::vector<std::string>{"01M85MG2800000000000000002"});
    EXPECT_EQ(cold.misses, 1);
    cold.save();
  }
  hwk::ClientCache warm(cache_, client_, nullptr, much_later);
  EXPECT_EQ(warm.amended_ids(file.filename(), diags), std::vector<std::string>{"01M85MG2800000000000000002"});
  EXPECT_EQ(warm.hits, 1);
  EXPECT_TRUE(diags.empty());
}

TEST_F(CacheTest, WithoutACacheDirectoryNothingIsWritten) {
  std::vector<hwk::Diagnostic> diags;
  hwk::ClientCache none({}, client_);
  none.client_data(diags, hwk::TemplateDetail::titles);
  none.save();
  EXPECT_FALSE(fs::exists(cache_));
}

TEST(ReadAhead, GivesEveryResultInOrderAndRethrowsWhereItFailed) {
  hwk::ReadAhead<int> ahead(100, [](std::size_t i) {
    if (i == 70) throw std::runtime_error("seventy");
    return static_cast<int>(i * i);
  });
  for (std::size_t i = 0; i < 70; ++i) EXPECT_EQ(ahead.take(i), static_cast<int>(i * i));
  EXPECT_THROW(ahead.take(70), std::runtime_error);
  EXPECT_EQ(ahead.take(71), 71 * 71);
}

// Item 0 cannot be made until item 1 is: with one worker, whichever thread makes item 0 waits, and
// only the other can make item 1. So this ends only if the consumer makes items too (it makes the
// next one while the one it needs is being made); with the worker alone it would never end.
TEST(ReadAhead, TheConsumerMakesItemsWhileItWaits) {
  std::mutex m;
  std::condition_variable made;
  bool one_made = false;
  hwk::ReadAhead<int> ahead(
      3,
      [&](std::size_t i) {
        std::unique_lock lock(m);
        if (i == 0) made.wait(lock, [&] { return one_made; });
        if (i == 1) {
          one_made = true;
          made.notify_all();
        }
        return static_cast<int>(i) + 10;
      },
      1);
  EXPECT_EQ(ahead.take(0), 10);
  EXPECT_EQ(ahead.take(1), 11);
  EXPECT_EQ(ahead.take(2), 12);
}

TEST(ReadAhead, StopsCleanlyWhenNotEverythingIsTaken) {
  hwk::ReadAhead<std::string> ahead(1000, [](std::size_t i) { return std::to_string(i); });
  EXPECT_EQ(ahead.take(0), "0");
}

}  // namespace
