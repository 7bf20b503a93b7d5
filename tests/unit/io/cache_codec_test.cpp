// The cache's encoding: what is encoded comes back, and a crafted entry (one that passes its
// checksum) holding a value no reader of the files would give is refused, never handed to a report.
#include "io/cache_codec.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>

#include "io/client_data.hpp"
#include "io/log_format.hpp"
#include "io/log_reader.hpp"
#include "model/practice_rule.hpp"

namespace {

namespace fs = std::filesystem;

hwk::ClientDir due_client() { return hwk::ClientDir{"c-0042", fs::path(HWK_TEST_DATA_DIR) / "fixtures" / "due" / "clients" / "c-0042"}; }

hwk::ClientData due_data() {
  std::vector<hwk::Diagnostic> diags;
  auto data = hwk::read_client_data(due_client(), diags);
  EXPECT_TRUE(diags.empty());
  return data;
}

std::vector<hwk::Record> due_records() {
  std::vector<hwk::Diagnostic> diags;
  auto records = hwk::read_client_log(due_client(), diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_FALSE(records.empty());
  for (auto& r : records) {
    r.value_locs.clear();
    r.loc.path.clear();
  }
  return records;
}

TEST(CacheCodec, RecordsComeBackAsTheyWere) {
  auto records = due_records();
  records.front().at_assumed = true;  // no fixture says so; the cache must keep it all the same
  std::vector<hwk::Record> back;
  hwk::decode_records(hwk::encode_records(records), back);
  ASSERT_EQ(back.size(), records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    EXPECT_EQ(hwk::format_record(back[i], hwk::utc_zone()), hwk::format_record(records[i], hwk::utc_zone()));
    EXPECT_EQ(back[i].at_offset_minutes, records[i].at_offset_minutes);
    EXPECT_EQ(back[i].loc, records[i].loc);
  }
  EXPECT_EQ(hwk::encoded_record_count(hwk::encode_records(records)), records.size());
}

TEST(CacheCodec, APlanComesBackAsItWas) {
  const auto data = due_data();
  const auto back = hwk::decode_plan(hwk::encode_plan(data), due_client(), true);
  EXPECT_EQ(back.plan.zone, data.plan.zone);
  EXPECT_EQ(back.plan.sessions, data.plan.sessions);
  ASSERT_EQ(back.plan.assignments.size(), data.plan.assignments.size());
  for (std::size_t i = 0; i < data.plan.assignments.size(); ++i) {
    EXPECT_EQ(back.plan.assignments[i].schedule.kind, data.plan.assignments[i].schedule.kind);
    EXPECT_EQ(back.plan.assignments[i].schedule.every, data.plan.assignments[i].schedule.every);
    EXPECT_EQ(back.plan.assignments[i].times, data.plan.assignments[i].times);
  }
  for (const auto& [assignment, t] : data.templates) EXPECT_EQ(back.templates.at(assignment).fields, t.fields);
}

// Each fault a crafted cache entry may hold, written by the encoder itself (so the checksum is
// right), must make the decoder refuse the entry.
void expect_refused_plan(const std::string& what, const std::function<void(hwk::ClientData&)>& craft) {
  auto data = due_data();
  craft(data);
  EXPECT_THROW(hwk::decode_plan(hwk::encode_plan(data), due_client(), true), hwk::CacheDamaged) << what;
}

void expect_refused_records(const std::string& what, const std::function<void(hwk::Record&)>& craft) {
  auto records = due_records();
  craft(records.front());
  std::vector<hwk::Record> into(1);
  EXPECT_THROW(hwk::decode_records(hwk::encode_records(records), into), hwk::CacheDamaged) << what;
  EXPECT_EQ(into.size(), 1u) << what << ": nothing decoded is kept";
}

TEST(CacheCodec, APlanWithValuesNoReaderGivesIsRefused) {
  // "every 0 days" made a report divide by zero (SIGFPE): the schedule is read again from its words.
  expect_refused_plan("every 0 days", [](auto& d) { d.plan.assignments[0].schedule_text = "every 0 days"; });
  expect_refused_plan("a time of day past midnight", [](auto& d) { d.plan.assignments[0].times = {std::chrono::minutes{1500}}; });
  expect_refused_plan("a negative time of day", [](auto& d) { d.plan.assignments[0].times = {std::chrono::minutes{-5}}; });
  expect_refused_plan("an end before the start", [](auto& d) {
    d.plan.assignments[0].start = date::year{2026} / 12 / 1;
    d.plan.assignments[0].end = date::year{2026} / 11 / 1;
  });
  expect_refused_plan("a date that does not exist", [](auto& d) { d.plan.assignments[0].start = date::year{2026} / 2 / 30; });
  expect_refused_plan("a session in the year 20000",
                      [](auto& d) { d.plan.sessions = {hwk::LocalTime{date::local_days{date::year{20000} / 1 / 1}.time_since_epoch()}}; });
  expect_refused_plan("an assignment id that is a path", [](auto& d) { d.plan.assignments[0].id = "../../etc"; });
  expect_refused_plan("a template copy named for another template", [](auto& d) { d.templates.begin()->second.id = "other"; });
  expect_refused_plan("a template id that is a path", [](auto& d) { d.templates.begin()->second.id = "../x"; });
  expect_refused_plan("a stall threshold of NaN", [](auto& d) { d.plan.stall_threshold = std::nan(""); });
  expect_refused_plan("a scale with a step of 0.5", [](auto& d) {
    for (auto& [a, t] : d.templates) {
      for (auto& f : t.fields) {
        if (f.type == hwk::FieldType::scale) f.step = 0.5;
      }
    }
  });
  expect_refused_plan("a scale whose min is its max", [](auto& d) {
    for (auto& [a, t] : d.templates) {
      for (auto& f : t.fields) {
        if (f.type == hwk::FieldType::scale) f.max = f.min;
      }
    }
  });
}

TEST(CacheCodec, RecordsWithValuesNoReaderGivesAreRefused) {
  expect_refused_records("an unknown record kind", [](auto& r) { r.kind = static_cast<hwk::RecordKind>(9); });
  expect_refused_records("a time before 1970", [](auto& r) { r.at = hwk::Instant{std::chrono::seconds{-62135596800}}; });
  expect_refused_records("a quality of 7", [](auto& r) { r.quality = 7; });
  expect_refused_records("a week that is no date", [](auto& r) { r.week = date::year{2026} / 13 / 1; });
  expect_refused_records("an id that is no record id", [](auto& r) { r.id = "../../x"; });
  expect_refused_records("a template version of 0 on a practice", [](auto& r) {
    r.kind = hwk::RecordKind::practice;
    r.template_version = 0;
  });
  expect_refused_records("an offset of a day", [](auto& r) { r.at_offset_minutes = 24 * 60; });
}

TEST(CacheCodec, AListOfLogFilesNamesOnlyLogFiles) {
  EXPECT_EQ(hwk::decode_names(hwk::encode_names({"2026-11.testwrtr.toml"})), std::vector<std::string>{"2026-11.testwrtr.toml"});
  EXPECT_THROW(hwk::decode_names(hwk::encode_names({"../../../etc/passwd"})), hwk::CacheDamaged);
}

// A risk condition on a template copy, placed where the reader would place it.
hwk::RiskRule risk_rule(const hwk::Template& t, const std::string& text, int line) {
  hwk::RiskRule r;
  r.text = text;
  auto parsed = hwk::parse_conditions(text);
  if (const auto* e = std::get_if<hwk::RuleError>(&parsed)) ADD_FAILURE() << text << ": " << e->message;
  else r.when = std::get<std::vector<hwk::Condition>>(parsed);
  r.loc = t.fields.at(0).loc;
  r.loc.line = line;
  r.loc.col = 5;
  return r;
}

hwk::ClientData with_risk(hwk::ClientData data) {
  for (auto& [assignment, t] : data.templates) {
    if (t.id == "paced-breathing") {
      t.risk = {risk_rule(t, "tension_before >= 9 and hard_to_pace = yes", 70),
                risk_rule(t, "place = \"on the bus or train\" and time_practised < 2m", 71)};
    } else {
      t.risk = {risk_rule(t, "mood <= 1", 50), risk_rule(t, "did != walk and energy <= little", 51)};
    }
  }
  return data;
}

TEST(CacheCodec, RiskConditionsComeBackAsTheyWere) {
  const auto data = with_risk(due_data());
  const auto back = hwk::decode_plan(hwk::encode_plan(data), due_client(), true);
  ASSERT_EQ(back.templates.size(), data.templates.size());
  for (const auto& [assignment, t] : data.templates) {
    const auto& risk = back.templates.at(assignment).risk;
    ASSERT_EQ(risk.size(), 2u) << assignment;
    EXPECT_EQ(risk, t.risk) << assignment;
  }
  EXPECT_EQ(back.templates.at("breathing").risk[1].when.at(0).word, "on the bus or train");
}

// due and remind read titles, and the fields only of templates that can raise a risk flag.
TEST(CacheCodec, AReaderOfTitlesGetsTheFieldsOfTemplatesWithRiskConditions) {
  auto data = with_risk(due_data());
  const std::string plain = data.templates.begin()->first;
  data.templates.at(plain).risk.clear();
  const auto bytes = hwk::encode_plan(data);
  const auto titles = hwk::decode_plan(bytes, due_client(), false);
  const auto risk = hwk::decode_plan(bytes, due_client(), false, true);
  for (const auto& [assignment, t] : data.templates) {
    EXPECT_TRUE(titles.templates.at(assignment).fields.empty()) << assignment;
    EXPECT_TRUE(titles.templates.at(assignment).risk.empty()) << assignment;
    if (assignment == plain) {
      EXPECT_TRUE(risk.templates.at(assignment).fields.empty()) << assignment;
    } else {
      EXPECT_EQ(risk.templates.at(assignment).fields.size(), t.fields.size()) << assignment;
      EXPECT_EQ(risk.templates.at(assignment).risk, t.risk) << assignment;
    }
  }
}

TEST(CacheCodec, ARiskConditionNoReaderGivesIsRefused) {
  expect_refused_plan("a risk condition on a field the template lacks", [](auto& d) {
    d = with_risk(d);
    d.templates.begin()->second.risk[0].text = "no_such_field >= 1";
  });
  expect_refused_plan("a risk condition that does not parse", [](auto& d) {
    d = with_risk(d);
    d.templates.begin()->second.risk[0].text = "mood >=";
  });
  expect_refused_plan("a risk condition with an order on a checklist", [](auto& d) {
    d = with_risk(d);
    d.templates.at("mood").risk[0].text = "did > walk";
  });
}

TEST(CacheCodec, TruncatedBytesAreRefusedWhereverTheyEnd) {
  const auto bytes = hwk::encode_plan(due_data());
  for (std::size_t n = 0; n < bytes.size(); n += 7) {
    EXPECT_THROW(hwk::decode_plan(std::string_view(bytes).substr(0, n), due_client(), true), hwk::CacheDamaged) << n;
  }
}

}  // namespace
