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
  for (const char* bad : {"2026-13.k3m9q2xa.toml", "2026-11.K3M9Q2XA.toml", "2026-11.k3m9q2x.toml", "notes.toml", "2026-11.k3m9q2xa.toml.bak"}) {
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
  const std::string text =
      hwk::log_file_header("c-1", date::year{2026} / date::November, "k3m9q2xa") + hwk::format_record(r, zone) + hwk::format_record(r, zone);
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

namespace {

// The clinician's acknowledgement of the risk flag that sample() raised.
hwk::Record ack_of_sample() {
  std::string error;
  const auto zone = hwk::find_zone("America/New_York");
  hwk::Record r;
  r.id = "01KAB9ZZ0QH3M2W8T4XK7C5RJN";
  r.kind = hwk::RecordKind::ack;
  r.at = *hwk::parse_time_point("2026-11-24T09:30", zone, hwk::Instant{}, error);
  r.recorded = r.at;
  r.assignment = "thought-record";
  r.answers = sample().id;
  r.note = "called her; she is safe";
  return r;
}

}  // namespace

TEST(LogFormat, AnAckWritesOnlyWhatItNeeds) {
  EXPECT_EQ(hwk::format_record(ack_of_sample(), hwk::find_zone("America/New_York")),
            "\n[[records]]\n"
            "id = \"01KAB9ZZ0QH3M2W8T4XK7C5RJN\"\n"
            "kind = \"ack\"\n"
            "at = 2026-11-24T09:30:00-05:00\n"
            "recorded = 2026-11-24T09:30:00-05:00\n"
            "assignment = \"thought-record\"\n"
            "answers = \"01KAB3NDEKTSV4RRFFQ69G5FAV\"\n"
            "note = \"called her; she is safe\"\n");
}

TEST(LogFormat, AnAckRoundTripsThroughTheReader) {
  const auto zone = hwk::find_zone("America/New_York");
  const auto a = ack_of_sample();
  const std::string text =
      hwk::log_file_header("c-1", date::year{2026} / date::November, "k3m9q2xa") + hwk::format_record(sample(), zone) + hwk::format_record(a, zone);
  std::vector<hwk::Diagnostic> diags;
  const auto records = hwk::parse_log(text, "log.toml", diags);
  EXPECT_TRUE(diags.empty()) << diags.front().message;
  ASSERT_EQ(records.size(), 2u);
  const auto& back = records[1];
  EXPECT_EQ(back.kind, hwk::RecordKind::ack);
  EXPECT_EQ(back.id, a.id);
  EXPECT_EQ(back.at, a.at);
  EXPECT_EQ(back.recorded, a.recorded);
  EXPECT_EQ(back.assignment, "thought-record");
  EXPECT_EQ(back.answers, records[0].id);
  EXPECT_EQ(back.note, "called her; she is safe");
  EXPECT_TRUE(back.values.empty());
  EXPECT_EQ(hwk::format_record(back, zone), hwk::format_record(a, zone));
}

TEST(LogReader, AnAckMustNameARecordAndAnAssignment) {
  std::vector<hwk::Diagnostic> diags;
  const auto records = hwk::parse_log(
      "[[records]]\nid = \"01KAB9ZZ0QH3M2W8T4XK7C5RJN\"\nkind = \"ack\"\nat = 2026-11-24T09:30:00-05:00\n"
      "recorded = 2026-11-24T09:30:00-05:00\nassignment = \"../a\"\nanswers = \"r1\"\n"
      "\n[[records]]\nid = \"01KAB9ZZ0QH3M2W8T4XK7C5RJP\"\nkind = \"ack\"\nat = 2026-11-24T09:30:00-05:00\n"
      "recorded = 2026-11-24T09:30:00-05:00\n",
      "log.toml", diags);
  EXPECT_TRUE(records.empty());
  std::vector<std::string> messages;
  for (const auto& d : diags) messages.push_back(std::to_string(d.loc.line) + ": " + d.message);
  EXPECT_EQ(messages, (std::vector<std::string>{
                          "6: invalid assignment id '../a'",
                          "7: 'answers' is not a record id: 'r1'",
                          "9: the record has no 'assignment'",
                          "9: the record has no 'answers'",
                      }));
}
