// The client's own view, worked by hand: what is left today, the week, what is not written down,
// the clinician's latest note and the next session, in English, Spanish and French.
#include "report/client_view.hpp"

#include <gtest/gtest.h>

#include "new_york.hpp"
#include "schedule/schedule.hpp"
#include "util/time.hpp"

namespace {

using hwk::test::at;
using hwk::test::ny;

hwk::Assignment assignment(const char* id, const char* phrase, std::vector<int> hours = {}) {
  hwk::Assignment a;
  a.id = id;
  a.schedule_text = phrase;
  a.schedule = std::get<hwk::Schedule>(hwk::parse_schedule(phrase));
  a.start = date::year{2026} / 11 / 2;
  for (int h : hours) a.times.push_back(std::chrono::hours{h});
  return a;
}

hwk::Record practice(const char* assignment, const std::string& when, const std::string& id) {
  hwk::Record r;
  r.id = id;
  r.assignment = assignment;
  r.at = r.recorded = at(when);
  return r;
}

hwk::Record feedback(const std::string& when, const std::string& id, const std::string& answers, const std::string& note) {
  hwk::Record r;
  r.kind = hwk::RecordKind::feedback;
  r.id = id;
  r.at = r.recorded = at(when);
  r.answers = answers;
  r.note = note;
  return r;
}

struct Fixture {
  hwk::Plan plan;
  std::vector<hwk::Record> records;
  hwk::ClientViewInput in;

  Fixture() {
    plan.name = "Kim";
    plan.zone = ny;
    plan.assignments = {assignment("breathing", "daily", {8, 20}), assignment("thoughts", "2 per week"), assignment("urges", "as needed")};
    hwk::Assignment ended = assignment("reading", "daily");
    ended.end = date::year{2026} / 11 / 20;  // before this week: not shown
    plan.assignments.push_back(ended);
    plan.sessions = {hwk::to_local(at("2026-11-20T10:00"), ny), hwk::to_local(at("2026-11-26T10:00"), ny), hwk::to_local(at("2026-12-03T10:00"), ny)};
    // Week of Monday 23 November; the clock is Wednesday 25th at noon. Breathing: Monday both,
    // Tuesday 08:00 only, Wednesday 08:00; Tuesday 20:00 is not written down. One thought record.
    records = {practice("breathing", "2026-11-23T08:05", "r1"),
               practice("breathing", "2026-11-23T20:05", "r2"),
               practice("breathing", "2026-11-24T08:05", "r3"),
               practice("breathing", "2026-11-25T08:05", "r4"),
               practice("thoughts", "2026-11-24T18:00", "r5"),
               feedback("2026-11-23T09:00", "f1", "r1", "An older note"),
               feedback("2026-11-24T21:00", "f2", "r3", "Well noticed.\nKeep the pace slow."),
               feedback("2026-11-26T09:00", "f3", "r4", "Not written yet: after now")};
    in.plan = &plan;
    in.records = &records;
    in.titles = {{"breathing", "Paced breathing"}, {"thoughts", "Thought record"}, {"urges", "Urge surfing"}, {"reading", "Reading"}};
    in.now = at("2026-11-25T12:00");
    in.week_start = 1;
  }
};

TEST(ClientView, TodayTheWeekWhatIsMissingTheLatestNoteAndTheNextSession) {
  Fixture f;
  const hwk::ClientView v = hwk::client_view(f.in);
  ASSERT_EQ(v.lines.size(), 3u);  // the assignment that ended last week is left out
  EXPECT_EQ(v.lines[0].times_left, std::vector<hwk::Instant>{at("2026-11-25T20:00")});
  EXPECT_EQ(v.lines[1].quota_left, 1);
  EXPECT_TRUE(v.lines[2].as_needed);
  ASSERT_EQ(v.missed.size(), 1u);
  EXPECT_EQ(v.missed[0].at, at("2026-11-24T20:00"));
  ASSERT_TRUE(v.feedback.has_value());
  EXPECT_EQ(v.feedback->text, "Well noticed.\nKeep the pace slow.");  // the latest up to now
  EXPECT_EQ(v.feedback->about_title, "Paced breathing");

  EXPECT_EQ(hwk::render_client_view(v, ny, "en"),
            "Kim, here is your practice for Wednesday 25 November.\n"
            "\n"
            "Today\n"
            "  Paced breathing   20:00\n"
            "  Thought record    1 more this week\n"
            "  Urge surfing      when you need it\n"
            "\n"
            "This week\n"
            // Due so far: Monday's two, Tuesday's two, Wednesday 08:00 (20:00 is still to come); 4 done.
            "  Paced breathing   4 of 5 so far this week\n"
            "  Thought record    1 of 2 this week\n"
            "\n"
            "Not written down yet\n"
            "  Paced breathing   Tuesday 24 November, 20:00\n"
            "  If you did practise then, you can still write it down: hwk log asks when you practised.\n"
            "\n"
            "From your clinician, Tuesday 24 November (about Paced breathing, Tuesday 24 November)\n"
            "  Well noticed.\n"
            "  Keep the pace slow.\n"
            "\n"
            "Next session: Thursday 26 November, 10:00\n");
}

TEST(ClientView, InTheClientsLanguage) {
  Fixture f;
  f.plan.name.clear();
  const hwk::ClientView v = hwk::client_view(f.in);
  const std::string es = hwk::render_client_view(v, ny, "es-MX");
  EXPECT_EQ(es.substr(0, es.find('\n')), "Esta es tu práctica para el miércoles 25 de noviembre.");
  EXPECT_NE(es.find("  Thought record    1 más esta semana\n"), std::string::npos) << es;
  EXPECT_NE(es.find("Próxima sesión: jueves 26 de noviembre, 10:00\n"), std::string::npos) << es;
  const std::string fr = hwk::render_client_view(v, ny, "fr");
  EXPECT_EQ(fr.substr(0, fr.find('\n')), "Voici votre pratique pour le mercredi 25 novembre.");
  EXPECT_NE(fr.find("De votre thérapeute, le mardi 24 novembre (à propos de Paced breathing, mardi 24 novembre)\n"), std::string::npos) << fr;
}

TEST(ClientView, NothingLeftTodayIsSaidPlainly) {
  Fixture f;
  // Daily at no set time, and today's practice is written down: nothing is left today.
  f.plan.assignments = {assignment("breathing", "daily")};
  f.in.now = at("2026-11-25T12:00");
  const std::string text = hwk::render_client_view(hwk::client_view(f.in), ny, "en");
  EXPECT_NE(text.find("Today\n  Nothing more to do today.\n"), std::string::npos) << text;
}

TEST(ClientView, SeveralNotWrittenDownAreOneLineAndLastWeekIsLeftOut) {
  Fixture f;
  f.records.erase(f.records.begin() + 2);  // Tuesday 08:00 not written down either
  const std::string text = hwk::render_client_view(hwk::client_view(f.in), ny, "en");
  // Last week's (no session recorded, so hwk due goes back 7 days) are not the client's to see here.
  EXPECT_NE(text.find("Not written down yet\n  Paced breathing   2 this week, the latest Tuesday 24 November, 20:00\n  If"), std::string::npos)
      << text;
}

TEST(ClientView, TextFromFilesCannotReachTheTerminal) {
  Fixture f;
  f.plan.name = "Kim\x1b[2J";
  f.records.push_back(feedback("2026-11-25T11:00", "f4", "r4", "ok\x1b]0;title\x07"));
  const std::string text = hwk::render_client_view(hwk::client_view(f.in), ny, "en");
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
  EXPECT_NE(text.find("Kim\\x1b[2J, here is"), std::string::npos) << text;
}

}  // namespace
