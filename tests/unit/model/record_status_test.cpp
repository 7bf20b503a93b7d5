// Status follows content: an answer that says the practice was not done lowers what the record
// counts as, and a record that claims more is a contradiction.
#include <gtest/gtest.h>

#include "model/record.hpp"

namespace {

hwk::Template activity() {
  hwk::Template t;
  t.id = "activity";
  hwk::Field how;
  how.id = "how";
  how.label = "Done as planned";
  how.type = hwk::FieldType::choice;
  how.options = {"as planned", "part of it", "did not do it"};
  how.status_of = {{"part of it", "partial"}, {"did not do it", "skipped"}};
  hwk::Field took;
  took.id = "took";
  took.type = hwk::FieldType::yesno;
  took.status_of = {{"no", "partial"}};
  t.fields = {how, took};
  return t;
}

hwk::Record practice(hwk::Status status, std::vector<std::pair<std::string, hwk::FieldValue>> values) {
  hwk::Record r;
  r.assignment = "a";
  r.status = status;
  r.values = std::move(values);
  return r;
}

}  // namespace

TEST(RecordStatus, AnAnswerThatSaysNotDoneContradictsDone) {
  const auto t = activity();
  const auto c = hwk::status_contradiction(practice(hwk::Status::done, {{"how", std::string("did not do it")}}), t);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->status, hwk::Status::skipped);
  EXPECT_EQ(c->field->label, "Done as planned");
  EXPECT_EQ(c->answer, "did not do it");
  EXPECT_EQ(hwk::status_contradiction(practice(hwk::Status::done, {{"how", std::string("part of it")}}), t)->status, hwk::Status::partial);
}

TEST(RecordStatus, NoContradictionWhenTheStatusIsAlreadyAsLow) {
  const auto t = activity();
  EXPECT_FALSE(hwk::status_contradiction(practice(hwk::Status::done, {{"how", std::string("as planned")}}), t));
  EXPECT_FALSE(hwk::status_contradiction(practice(hwk::Status::partial, {{"how", std::string("part of it")}}), t));
  EXPECT_FALSE(hwk::status_contradiction(practice(hwk::Status::skipped, {{"how", std::string("part of it")}}), t));
  EXPECT_FALSE(hwk::status_contradiction(practice(hwk::Status::done, {}), t));
}

TEST(RecordStatus, YesNoAndTheLowestOfSeveralAnswers) {
  const auto t = activity();
  EXPECT_EQ(hwk::status_contradiction(practice(hwk::Status::done, {{"took", false}}), t)->status, hwk::Status::partial);
  EXPECT_FALSE(hwk::status_contradiction(practice(hwk::Status::done, {{"took", true}}), t));
  const auto both = hwk::implied_status(practice(hwk::Status::done, {{"how", std::string("did not do it")}, {"took", false}}), t);
  ASSERT_TRUE(both);
  EXPECT_EQ(both->status, hwk::Status::skipped);
}

TEST(RecordStatus, ReportsCountARecordAsItsAnswersSay) {
  const auto t = activity();
  std::vector<hwk::Record> records = {practice(hwk::Status::done, {{"how", std::string("did not do it")}}),
                                      practice(hwk::Status::done, {{"how", std::string("as planned")}}),
                                      practice(hwk::Status::partial, {{"took", false}})};
  records.push_back(records[0]);
  records.back().kind = hwk::RecordKind::feedback;  // only practice records are settled
  hwk::settle_statuses(records, [&](const std::string&) { return &t; });
  EXPECT_EQ(records[0].status, hwk::Status::skipped);
  EXPECT_EQ(records[1].status, hwk::Status::done);
  EXPECT_EQ(records[2].status, hwk::Status::partial);
  EXPECT_EQ(records[3].status, hwk::Status::done);
}

TEST(RecordStatus, EveryPointOfTheClinicianRatingHasAnAnchor) {
  EXPECT_STREQ(hwk::quality_anchor(0), "not attempted");
  EXPECT_STREQ(hwk::quality_anchor(4), "done as agreed, with skill or something new learned");
  EXPECT_EQ(hwk::quality_scale_text().substr(0, 19), "0 not attempted; 1 ");
}
