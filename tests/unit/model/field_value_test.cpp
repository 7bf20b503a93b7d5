// What a person types for each field type, and what a record may hold.
#include "model/field_value.hpp"

#include <gtest/gtest.h>

#include "model/record.hpp"

namespace {

hwk::Field field(hwk::FieldType type) {
  hwk::Field f;
  f.id = "f";
  f.type = type;
  return f;
}

std::optional<hwk::FieldValue> input(const hwk::Field& f, const std::string& text) {
  std::string error;
  auto v = hwk::parse_field_input(f, text, error);
  if (!v) {
    EXPECT_FALSE(error.empty());
  }
  return v;
}

}  // namespace

TEST(FieldValue, ScaleTakesWholeNumbersInRangeOnStep) {
  auto f = field(hwk::FieldType::scale);
  f.min = 0;
  f.max = 100;
  f.step = 5;
  EXPECT_EQ(input(f, "70"), hwk::FieldValue{70LL});
  EXPECT_EQ(input(f, " 0 "), hwk::FieldValue{0LL});
  EXPECT_FALSE(input(f, "71"));
  EXPECT_FALSE(input(f, "105"));
  EXPECT_FALSE(input(f, "-5"));
  EXPECT_FALSE(input(f, "7.5"));
  EXPECT_FALSE(input(f, "seven"));
}

TEST(FieldValue, LikertByLabelOrNumber) {
  auto f = field(hwk::FieldType::likert);
  f.points = {"not at all", "a little", "a lot"};
  EXPECT_EQ(input(f, "a little"), hwk::FieldValue{2LL});
  EXPECT_EQ(input(f, "A LOT"), hwk::FieldValue{3LL});
  EXPECT_EQ(input(f, "1"), hwk::FieldValue{1LL});
  EXPECT_FALSE(input(f, "4"));
  EXPECT_EQ(hwk::display_field_value(f, hwk::FieldValue{2LL}), "2 (a little)");
}

TEST(FieldValue, ChoiceSingleAndMultiple) {
  auto f = field(hwk::FieldType::choice);
  f.options = {"anxious", "sad", "angry"};
  EXPECT_EQ(input(f, "sad"), hwk::FieldValue{std::string("sad")});
  EXPECT_EQ(input(f, "3"), hwk::FieldValue{std::string("angry")});
  EXPECT_FALSE(input(f, "happy"));
  f.multiple = true;
  EXPECT_EQ(input(f, "anxious, Sad"), (hwk::FieldValue{std::vector<std::string>{"anxious", "sad"}}));
  EXPECT_FALSE(input(f, "sad, sad"));
}

TEST(FieldValue, ChecklistItems) {
  auto f = field(hwk::FieldType::checklist);
  f.items = {"sat down", "counted breaths"};
  EXPECT_EQ(input(f, "counted breaths"), (hwk::FieldValue{std::vector<std::string>{"counted breaths"}}));
  EXPECT_EQ(input(f, "1,2"), (hwk::FieldValue{std::vector<std::string>{"sat down", "counted breaths"}}));
  EXPECT_FALSE(input(f, "jumped"));
}

TEST(FieldValue, NumberWithRangeAndUnit) {
  auto f = field(hwk::FieldType::number);
  f.min = 0;
  f.max = 240;
  f.unit = "minutes";
  EXPECT_EQ(input(f, "12.5"), hwk::FieldValue{12.5});
  EXPECT_FALSE(input(f, "241"));
  EXPECT_FALSE(input(f, "nan"));
  EXPECT_EQ(hwk::display_field_value(f, hwk::FieldValue{12.5}), "12.5 minutes");
  EXPECT_TRUE(hwk::field_value_problem(f, hwk::FieldValue{30LL}).empty());  // an integer read from TOML
}

TEST(FieldValue, DurationIsStoredCanonically) {
  auto f = field(hwk::FieldType::duration);
  f.max_duration = std::chrono::hours(1);
  EXPECT_FALSE(input(f, "90m"));  // longer than the maximum
  EXPECT_EQ(input(f, "1h"), hwk::FieldValue{std::string("1h")});
  EXPECT_EQ(input(f, "45m"), hwk::FieldValue{std::string("45m")});
  EXPECT_EQ(input(f, "10"), hwk::FieldValue{std::string("10m")});  // bare minutes
  EXPECT_FALSE(input(f, "ten minutes"));
}

TEST(FieldValue, TimeYesNoAndText) {
  EXPECT_EQ(input(field(hwk::FieldType::time), "07:30"), hwk::FieldValue{std::string("07:30")});
  EXPECT_FALSE(input(field(hwk::FieldType::time), "7.30"));
  EXPECT_EQ(input(field(hwk::FieldType::yesno), "Yes"), hwk::FieldValue{true});
  EXPECT_EQ(input(field(hwk::FieldType::yesno), "n"), hwk::FieldValue{false});
  EXPECT_FALSE(input(field(hwk::FieldType::yesno), "maybe"));
  // A client of a Spanish or French plan answers in their language.
  for (const char* yes : {"sí", "Sí", "SÍ", "si", "s", "oui", "Oui", "o"}) {
    EXPECT_EQ(input(field(hwk::FieldType::yesno), yes), hwk::FieldValue{true}) << yes;
  }
  EXPECT_EQ(input(field(hwk::FieldType::yesno), "non"), hwk::FieldValue{false});
  EXPECT_FALSE(input(field(hwk::FieldType::yesno), "quizá"));
  auto text = field(hwk::FieldType::text);
  text.max_length = 5;
  EXPECT_EQ(input(text, "  über "), hwk::FieldValue{std::string("über")});
  EXPECT_FALSE(input(text, "toolong"));
}

TEST(FieldValue, ValuesFromFilesAreTypeChecked) {
  auto f = field(hwk::FieldType::scale);
  f.min = 0;
  f.max = 10;
  EXPECT_FALSE(hwk::field_value_problem(f, hwk::FieldValue{std::string("7")}).empty());
  EXPECT_FALSE(hwk::field_value_problem(f, hwk::FieldValue{11LL}).empty());
  EXPECT_TRUE(hwk::field_value_problem(f, hwk::FieldValue{10LL}).empty());
  EXPECT_FALSE(hwk::field_value_problem(field(hwk::FieldType::yesno), hwk::FieldValue{1LL}).empty());
}

TEST(RecordProblems, RequiredUnknownAndSkipped) {
  hwk::Template t;
  t.id = "t";
  t.version = 1;
  auto required = field(hwk::FieldType::yesno);
  required.id = "done_it";
  required.required = true;
  t.fields = {required};
  hwk::Record r;
  EXPECT_EQ(hwk::record_problems(r, t).size(), 1u);  // done without the required field
  r.values.emplace_back("done_it", hwk::FieldValue{true});
  EXPECT_TRUE(hwk::record_problems(r, t).empty());
  r.values.emplace_back("other", hwk::FieldValue{true});
  EXPECT_EQ(hwk::record_problems(r, t).size(), 1u);
  hwk::Record skipped;
  skipped.status = hwk::Status::skipped;
  EXPECT_EQ(hwk::record_problems(skipped, t).size(), 1u);  // needs a reason, not the fields
  skipped.reason = "ill";
  EXPECT_TRUE(hwk::record_problems(skipped, t).empty());
}
