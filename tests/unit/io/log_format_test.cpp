// Records written as TOML read back as the same records.
#include "io/log_format.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "io/log_reader.hpp"

namespace {

hwk::Record sample() {
  std::string error;
  const auto zone = hwk::find_zone("America/New_York");
  hwk::Record r;
  r.id = "01KAB3NDEKTSV4RRFFQ69G5FAV";
  r.at = *hwk::parse_time_point("2026-11-23T20:15", zone, hwk::Instant{}, error);
  r.recorded = *hwk::parse_time_point("2026-11-23T21:00", zone, hwk::Instant{}, error);
  r.assignment = "thought-record";
  r.template_id = "thought-record";
  r.template_version = 1;
  r.status = hwk::Status::partial;
  r.reason = "ran out of \"time\"";
  r.reflection = "first line\nsecond \"\"\" line\\";
  r.values = {{"situation", hwk::FieldValue{std::string("meeting")}},
              {"distress", hwk::FieldValue{70LL}},
              {"minutes", hwk::FieldValue{12.5}},
              {"calm", hwk::FieldValue{true}},
              {"emotions", hwk::FieldValue{std::vector<std::string>{"anxious", "sad"}}}};
  return r;
}

}  // namespace

TEST(LogFormat, FileNamesCarryMonthAndWriter) {
  EXPECT_EQ(hwk::log_file_name(date::year{2026} / date::November, "k3m9q2xa"), "2026-11.k3m9q2xa.toml");
  const auto parsed = hwk::parse_log_file_name("2026-11.k3m9q2xa.toml");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->second, "k3m9q2xa");
  for (const char* bad : {"2026-13.k3m9q2xa.toml", "2026-11.K3M9Q2XA.toml", "2026-11.k3m9q2x.toml", "notes.toml",
                          "2026-11.k3m9q2xa.toml.bak"}) {
    EXPECT_FALSE(hwk::parse_log_file_name(bad)) << bad;
  }
}

TEST(LogFormat, WritesStableText) {
  const auto text = hwk::format_record(sample(), hwk::find_zone("America/New_York"));
  EXPECT_EQ(text,
            "\n[[records]]\n"
            "id = \"01KAB3NDEKTSV4RRFFQ69G5FAV\"\n"
            "kind = \"practice\"\n"
            "at = 2026-11-23T20:15:00-05:00\n"
            "recorded = 2026-11-23T21:00:00-05:00\n"
            "assignment = \"thought-record\"\n"
            "template = \"thought-record\"\n"
            "template_version = 1\n"
            "status = \"partial\"\n"
            "reason = \"ran out of \\\"time\\\"\"\n"
            "reflection = \"\"\"\nfirst line\nsecond \\\"\\\"\\\" line\\\\\"\"\"\n"
            "\n[records.values]\n"
            "situation = \"meeting\"\n"
            "distress = 70\n"
            "minutes = 12.5\n"
            "calm = true\n"
            "emotions = [\"anxious\", \"sad\"]\n");
}

TEST(LogFormat, RoundTripsThroughTheReader) {
  const auto zone = hwk::find_zone("America/New_York");
  const auto r = sample();
  const std::string text = hwk::log_file_header("c-1", date::year{2026} / date::November, "k3m9q2xa") +
                           hwk::format_record(r, zone) + hwk::format_record(r, zone);
  std::vector<hwk::Diagnostic> diags;
  const auto records = hwk::parse_log(text, "log.toml", diags);
  EXPECT_TRUE(diags.empty());
  ASSERT_EQ(records.size(), 2u);
  // TOML tables have no order: values come back sorted by name.
  auto expected = r;
  std::sort(expected.values.begin(), expected.values.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  EXPECT_EQ(hwk::format_record(records[1], zone), hwk::format_record(expected, zone));
  EXPECT_EQ(records[0].loc.line, 4);
  EXPECT_EQ(records[1].loc.line, 25);
}

TEST(LogReader, BadRecordsAreReportedAtTheirPlace) {
  std::vector<hwk::Diagnostic> diags;
  const auto records = hwk::parse_log(
      "[[records]]\nid = \"nope\"\nat = 2026-11-23T20:15:00\nrecorded = 2026-11-23T20:15:00Z\n"
      "assignment = \"a\"\ntemplate = \"t\"\ntemplate_version = 1\nstatus = \"finished\"\n",
      "log.toml", diags);
  EXPECT_TRUE(records.empty());
  std::vector<std::string> messages;
  for (const auto& d : diags) messages.push_back(std::to_string(d.loc.line) + ": " + d.message);
  EXPECT_EQ(messages, (std::vector<std::string>{
                          "2: not a record id: 'nope'",
                          "3: 'at' must be a date-time with a UTC offset, e.g. 2026-11-23T20:15:00-05:00",
                          "8: unknown status 'finished'",
                      }));
}
