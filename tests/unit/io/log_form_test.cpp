// The form of hwk log --edit: what is made from a record reads back as that record, and what a
// person writes into it is checked against the template.
#include "io/log_form.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

hwk::Template mood_template() {
  hwk::Template t;
  t.id = "mood-check";
  t.version = 1;
  t.title = "Mood\ncheck";
  t.reflection = {"What helped?"};
  hwk::Field mood;
  mood.id = "mood";
  mood.type = hwk::FieldType::scale;
  mood.label = "Mood";
  mood.prompt = "How is your mood?";
  mood.required = true;
  mood.min = 0;
  mood.max = 10;
  hwk::Field note;
  note.id = "note";
  note.label = "Note";
  note.prompt = "Anything else?";
  t.fields = {mood, note};
  return t;
}

hwk::Record mood_record() {
  hwk::Record r;
  r.kind = hwk::RecordKind::practice;
  r.assignment = "mood";
  r.template_id = "mood-check";
  r.template_version = 1;
  return r;
}

const std::filesystem::path form_path = "/practice/.hwk/drafts/record-c-1-mood.toml";

TEST(LogForm, AsksEachFieldWithItsQuestionsAsComments) {
  const std::string text = hwk::log_form_text(mood_template(), mood_record(), "c-1");
  EXPECT_EQ(text.substr(0, text.find('\n')), "# Record of \"Mood check\" (mood) for c-1.");  // no newline in a comment
  EXPECT_NE(text.find("status = \"done\"   # done, partial or skipped\n"), std::string::npos);
  EXPECT_NE(text.find("# What helped?\nreflection = \"\"\"\n\"\"\"\n"), std::string::npos);
  EXPECT_NE(text.find("# Mood (required): How is your mood?\n"), std::string::npos);
  EXPECT_NE(text.find("[values]\n"), std::string::npos);
  EXPECT_NE(text.find("mood = \"\"\n"), std::string::npos);
  EXPECT_NE(text.find("note = \"\"\n"), std::string::npos);
}

TEST(LogForm, FormOfARecordReadsBackAsThatRecord) {
  hwk::Record r = mood_record();
  r.status = hwk::Status::partial;
  r.reason = "tired";
  r.reflection = "a walk\nand tea";
  r.values = {{"note", hwk::FieldValue{std::string("fine")}}, {"mood", hwk::FieldValue{6LL}}};
  const std::string text = hwk::log_form_text(mood_template(), r, "c-1");
  hwk::Record back = mood_record();
  const auto problems = hwk::read_log_form(text, form_path, mood_template(), back);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(back.status, hwk::Status::partial);
  EXPECT_EQ(back.reason, "tired");
  EXPECT_EQ(back.reflection, "a walk\nand tea");
  ASSERT_EQ(back.values.size(), 2u);
  EXPECT_EQ(back.values[0].first, "mood");  // in the template's order
  EXPECT_EQ(std::get<long long>(back.values[0].second), 6);
  EXPECT_EQ(back.values[1].first, "note");
}

TEST(LogForm, AnUntouchedFormLacksWhatIsRequired) {
  const hwk::Template t = mood_template();
  hwk::Record r = mood_record();
  const auto problems = hwk::read_log_form(hwk::log_form_text(t, r, "c-1"), form_path, t, r);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].loc.path, form_path);
}

TEST(LogForm, ProblemsNameTheirPlaceInTheForm) {
  const hwk::Template t = mood_template();
  hwk::Record r = mood_record();
  const auto problems = hwk::read_log_form("status = \"maybe\"\n[values]\nmood = 11\nsleep = 3\n", form_path, t, r);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_NE(problems[0].message.find("unknown status 'maybe'"), std::string::npos);
  EXPECT_EQ(problems[0].loc.line, 1);
  EXPECT_NE(problems[1].message.find("field 'mood'"), std::string::npos);
  EXPECT_EQ(problems[1].loc.line, 3);
  EXPECT_EQ(problems[2].message, "template 'mood-check' has no field 'sleep'");
  EXPECT_EQ(problems[2].loc.line, 4);
}

TEST(LogForm, NotTomlIsOneProblemAtItsPlace) {
  const hwk::Template t = mood_template();
  hwk::Record r = mood_record();
  const auto problems = hwk::read_log_form("status = \n", form_path, t, r);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].loc.path, form_path);
  EXPECT_EQ(problems[0].loc.line, 1);
}

TEST(LogForm, ValuesOfOtherTypesAreReadAsTyped) {
  const hwk::Template t = mood_template();
  hwk::Record r = mood_record();
  EXPECT_TRUE(hwk::read_log_form("[values]\nmood = \"7\"\nnote = 3\n", form_path, t, r).empty());
  ASSERT_EQ(r.values.size(), 2u);
  EXPECT_EQ(std::get<long long>(r.values[0].second), 7);
  EXPECT_EQ(std::get<std::string>(r.values[1].second), "3");
}

TEST(LogForm, SortValuesFollowsTheTemplateAndDropsOthers) {
  hwk::Record r = mood_record();
  r.values = {{"other", hwk::FieldValue{1LL}}, {"note", hwk::FieldValue{std::string("x")}}, {"mood", hwk::FieldValue{2LL}}};
  hwk::sort_values(r, mood_template());
  ASSERT_EQ(r.values.size(), 2u);
  EXPECT_EQ(r.values[0].first, "mood");
  EXPECT_EQ(r.values[1].first, "note");
}

}  // namespace
