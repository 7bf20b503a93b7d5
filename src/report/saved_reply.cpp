// The reply after a saved practice.
#include "report/saved_reply.hpp"

#include <chrono>
#include <regex>
#include <set>

#include "report/adherence.hpp"
#include "schedule/occurrences.hpp"

namespace hwk {
namespace {

struct Words {
  const char* makes;      // "That makes "
  const char* of;         // " of "
  const char* this_week;  // " this week"
  const char* so_far;     // " so far this week"
  const char* in_a_row;   // " in a row", after ", 5"
  const char* well_done;  // ". Well done."
  const char* skipped;    // the thanks for a skipped practice
  const char* goal;       // before the template's success line
};

constexpr Words english{"That makes ",
                        " of ",
                        " this week",
                        " so far this week",
                        " in a row",
                        ". Well done.",
                        "Thank you for writing down what got in the way. It helps you and your clinician plan the next step.",
                        "Goal for this week reached. "};
constexpr Words spanish{"Con esta van ",
                        " de ",
                        " esta semana",
                        " hasta ahora esta semana",
                        " seguidas",
                        ". ¡Bien hecho!",
                        "Gracias por anotar lo que se interpuso. Les ayuda a ti y a tu terapeuta a planear el siguiente paso.",
                        "Meta de esta semana cumplida. "};
constexpr Words french{"Cela fait ",
                       " sur ",
                       " cette semaine",
                       " jusqu'ici cette semaine",
                       " d'affilée",
                       ". Bravo !",
                       "Merci d'avoir noté ce qui vous a gêné. Cela vous aide, vous et votre thérapeute, à préparer la suite.",
                       "Objectif de la semaine atteint. "};

const Words& words_for(const std::string& language) {
  const std::string base = language.substr(0, language.find_first_of("-_"));
  if (base == "es") return spanish;
  if (base == "fr") return french;
  return english;
}

// The first number a success line names, and whether it counts days ("on 5 days", "6 mornings",
// "5 evenings") rather than practices ("3 times", "3 urges"), in the languages of the built-ins.
struct NamedCount {
  int count = 0;
  bool days = false;
};

std::optional<NamedCount> named_count(const std::string& line) {
  static const std::regex number(R"((\d+)\s+(\S+))");
  std::smatch m;
  if (!std::regex_search(line, m, number)) return std::nullopt;
  static const std::regex day_word(
      R"(^(days?|mornings?|evenings?|nights?|d[ií]as?|ma[ñn]anas?|noches?|tardes?|jours?|matins?|soirs?|soir[ée]es?|nuits?)\b.*)", std::regex::icase);
  return NamedCount{std::stoi(m[1].str()), std::regex_match(m[2].str(), day_word)};
}

}  // namespace

SavedProgress week_progress(const Assignment& a, const Template* tmpl, const std::vector<Record>& records, const std::vector<LocalTime>& sessions,
                            Zone zone, Instant now, unsigned week_start) {
  SavedProgress p;
  const LocalDay first_day = week_of(local_day(now, zone), week_start);
  const Instant week_from = start_of_day(first_day, zone);
  AdherenceQuery q;
  q.now = now;
  q.to = now;
  q.week_start = week_start;
  q.from = week_from;
  const Adherence week = adherence(a, tmpl, a.id, records, sessions, zone, q);
  p.this_week = week.done + week.partial + (week.open ? week.open->done + week.open->partial : 0);
  if (week.expected || week.open) p.week_expected = week.expected.value_or(0) + (week.open ? week.open->expected : 0);
  p.whole_week = week.quota.has_value();
  // The streak of hwk summary with its default period.
  q.from = now - std::chrono::days{28};
  p.streak = adherence(a, tmpl, a.id, records, sessions, zone, q).streak.value_or(0);
  // The whole week, as if it had ended: every occurrence of it expected, none open.
  q.from = week_from;
  q.to = q.now = start_of_day(first_day + date::days{7}, zone);
  if (const auto whole = adherence(a, tmpl, a.id, records, sessions, zone, q).expected) p.week_target = *whole;
  return p;
}

SavedProgress saved_progress(const Assignment& a, const Template* tmpl, const std::vector<Record>& records, const Record& saved,
                             const std::vector<LocalTime>& sessions, Zone zone, Instant now, unsigned week_start) {
  SavedProgress p = week_progress(a, tmpl, records, sessions, zone, now, week_start);
  p.status = saved.status;
  const Instant week_from = start_of_day(week_of(local_day(now, zone), week_start), zone);
  // This week's practices and days with one (each practice once, as corrected), and the same
  // without the record just saved.
  const auto counts = [&](const Record& r) { return (r.status == Status::done || r.status == Status::partial) && r.at >= week_from && r.at <= now; };
  std::set<LocalDay> days, days_before;
  for (const Record* r : effective_records(records, a.id)) {
    if (!counts(*r)) continue;
    ++p.practices;
    days.insert(local_day(r->at, zone));
    if (r->id == saved.id) continue;
    ++p.practices_before;
    days_before.insert(local_day(r->at, zone));
  }
  p.days_this_week = static_cast<int>(days.size());
  p.days_before = static_cast<int>(days_before.size());
  return p;
}

std::string week_phrase(const SavedProgress& p, const std::string& language) {
  const Words& w = words_for(language);
  std::string out = std::to_string(p.this_week);
  if (p.week_expected && *p.week_expected >= p.this_week) {
    out += w.of + std::to_string(*p.week_expected) + (p.whole_week ? w.this_week : w.so_far);
  } else {
    out += w.this_week;
  }
  if (p.streak >= 2) out += ", " + std::to_string(p.streak) + w.in_a_row;
  return out;
}

std::string saved_reply(const SavedProgress& p, const std::string& language) {
  const Words& w = words_for(language);
  if (p.status == Status::skipped) return w.skipped;
  return w.makes + week_phrase(p, language) + w.well_done;
}

std::string goal_reached_line(const SavedProgress& p, const std::string& success, const std::string& language) {
  if (success.empty() || p.status == Status::skipped || !p.week_target || *p.week_target <= 0) return "";
  const auto named = named_count(success);
  const auto met = [&](int practices, int days) {
    if (practices < *p.week_target) return false;
    return !named || (named->days ? days : practices) >= named->count;
  };
  if (!met(p.practices, p.days_this_week) || met(p.practices_before, p.days_before)) return "";
  return words_for(language).goal + success;
}

}  // namespace hwk
