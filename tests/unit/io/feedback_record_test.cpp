// Feedback records: written as stable TOML, read back the same, and refused when they answer
// nothing, answer two things, carry a rating off the 0–4 scale or have no text.
#include <gtest/gtest.h>

#include "io/log_format.hpp"
#include "io/log_reader.hpp"

namespace {

const hwk::Zone ny = hwk::find_zone("America/New_York");

hwk::Record feedback() {
  std::string error;
  hwk::Record r;
  r.id = "01KAB3NDEKTSV4RRFFQ69G5FAV";
  r.kind = hwk::RecordKind::feedback;
  r.at = r.recorded = *hwk::parse_time_point("2026-11-23T20:30", ny, hwk::Instant{}, error);
  r.assignment = "thought-record";
  r.answers = "01M85MG280GT40E79XFD548VXM";
  r.quality = 3;
  r.note = "Good catch of the \"hot\" thought.\nNext: rate the belief.";
  return r;
}

std::vector<hwk::Diagnostic> problems(const std::string& body) {
  std::vector<hwk::Diagnostic> diags;
  const std::string text =
      "[[records]]\nid = \"01KAB3NDEKTSV4RRFFQ69G5FAV\"\nkind = \"feedback\"\n"
      "at = 2026-11-23T20:30:00-05:00\nrecorded = 2026-11-23T20:30:00-05:00\n" +
      body;
  const auto records = hwk::parse_log(text, "log.toml", diags);
  EXPECT_TRUE(records.empty()) << body;
  return diags;
}

bool mentions(const std::vector<hwk::Diagnostic>& diags, const std::string& words) {
  for (const auto& d : diags) {
    if (d.message.find(words) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST(FeedbackRecord, WritesStableText) {
  EXPECT_EQ(hwk::format_record(feedback(), ny),
            "\n[[records]]\n"
            "id = \"01KAB3NDEKTSV4RRFFQ69G5FAV\"\n"
            "kind = \"feedback\"\n"
            "at = 2026-11-23T20:30:00-05:00\n"
            "recorded = 2026-11-23T20:30:00-05:00\n"
            "assignment = \"thought-record\"\n"
            "answers = \"01M85MG280GT40E79XFD548VXM\"\n"
            "quality = 3\n"
            "note = \"\"\"\nGood catch of the \\\"hot\\\" thought.\nNext: rate the belief.\"\"\"\n");
}

TEST(FeedbackRecord, ReadsBackTheSame) {
  for (const bool on_week : {false, true}) {
    auto r = feedback();
    if (on_week) r.answers.clear(), r.week = date::year{2026} / 11 / 16, r.quality.reset();
    std::vector<hwk::Diagnostic> diags;
    const auto back = hwk::parse_log(hwk::format_record(r, ny), "log.toml", diags);
    ASSERT_TRUE(diags.empty()) << diags.front().message;
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].kind, hwk::RecordKind::feedback);
    EXPECT_EQ(back[0].assignment, r.assignment);
    EXPECT_EQ(back[0].answers, r.answers);
    EXPECT_EQ(back[0].week, r.week);
    EXPECT_EQ(back[0].quality, r.quality);
    EXPECT_EQ(back[0].note, r.note);
    EXPECT_EQ(back[0].at, r.at);
  }
}

TEST(FeedbackRecord, AnswersOneRecordOrOneWeek) {
  EXPECT_TRUE(mentions(problems("assignment = \"a\"\nnote = \"x\"\n"), "either a record ('answers') or a week"));
  EXPECT_TRUE(mentions(problems("assignment = \"a\"\nanswers = \"01M85MG280GT40E79XFD548VXM\"\nweek = 2026-11-16\nnote = \"x\"\n"),
                       "either a record ('answers') or a week"));
  EXPECT_TRUE(mentions(problems("assignment = \"a\"\nanswers = \"not-an-id\"\nnote = \"x\"\n"), "'answers' is not a record id"));
}

TEST(FeedbackRecord, QualityRunsFromZeroToFour) {
  for (const char* q : {"-1", "5"}) {
    EXPECT_TRUE(
        mentions(problems(std::string("assignment = \"a\"\nweek = 2026-11-16\nquality = ") + q + "\nnote = \"x\"\n"), "quality must be from 0 to 4"))
        << q;
  }
}

TEST(FeedbackRecord, NeedsTextAndAnAssignment) {
  EXPECT_TRUE(mentions(problems("assignment = \"a\"\nweek = 2026-11-16\n"), "feedback needs its text in 'note'"));
  EXPECT_TRUE(mentions(problems("week = 2026-11-16\nnote = \"x\"\n"), "assignment"));
}

TEST(FeedbackRecord, UnknownKindNamesTheKinds) {
  std::vector<hwk::Diagnostic> diags;
  hwk::parse_log(
      "[[records]]\nid = \"01KAB3NDEKTSV4RRFFQ69G5FAV\"\nkind = \"comment\"\nat = 2026-11-23T20:30:00-05:00\n"
      "recorded = 2026-11-23T20:30:00-05:00\n",
      "log.toml", diags);
  ASSERT_FALSE(diags.empty());
  EXPECT_EQ(diags[0].message, "unknown record kind 'comment'");
  EXPECT_NE(diags[0].hint.find("feedback"), std::string::npos);
}
