// The reply after a saved practice.
#include "report/saved_reply.hpp"

#include <chrono>

#include "report/adherence.hpp"
#include "schedule/occurrences.hpp"

namespace hwk {
namespace {

struct Words {
  const char* makes;       // "That makes "
  const char* of;          // " of "
  const char* this_week;   // " this week"
  const char* so_far;      // " so far this week"
  const char* in_a_row;    // " in a row", after ", 5"
  const char* well_done;   // ". Well done."
  const char* skipped;     // the thanks for a skipped practice
};

constexpr Words english{"That makes ", " of ", " this week", " so far this week", " in a row", ". Well done.",
                        "Thank you for writing down what got in the way. It helps you and your clinician plan the next step."};
constexpr Words spanish{"Con esta van ", " de ", " esta semana", " hasta ahora esta semana", " seguidas", ". ¡Bien hecho!",
                        "Gracias por anotar lo que se interpuso. Les ayuda a ti y a tu terapeuta a planear el siguiente paso."};
constexpr Words french{"Cela fait ", " sur ", " cette semaine", " jusqu'ici cette semaine", " d'affilée", ". Bravo !",
                       "Merci d'avoir noté ce qui vous a gêné. Cela vous aide, vous et votre thérapeute, à préparer la suite."};

const Words& words_for(const std::string& language) {
  const std::string base = language.substr(0, language.find_first_of("-_"));
  if (base == "es") return spanish;
  if (base == "fr") return french;
  return english;
}

}  // namespace

SavedProgress saved_progress(const Assignment& a, const Template* tmpl, const std::vector<Record>& records, const Record& saved,
                             const std::vector<LocalTime>& sessions, Zone zone, Instant now, unsigned week_start) {
  SavedProgress p;
  p.status = saved.status;
  AdherenceQuery q;
  q.now = now;
  q.to = now;
  q.week_start = week_start;
  q.from = start_of_day(week_of(local_day(now, zone), week_start), zone);
  const Adherence week = adherence(a, tmpl, a.id, records, sessions, zone, q);
  p.this_week = week.done + week.partial + (week.open ? week.open->done + week.open->partial : 0);
  if (week.expected || week.open) p.week_expected = week.expected.value_or(0) + (week.open ? week.open->expected : 0);
  p.whole_week = week.quota.has_value();
  // The streak of hwk summary with its default period.
  q.from = now - std::chrono::days{28};
  p.streak = adherence(a, tmpl, a.id, records, sessions, zone, q).streak.value_or(0);
  return p;
}

std::string saved_reply(const SavedProgress& p, const std::string& language) {
  const Words& w = words_for(language);
  if (p.status == Status::skipped) return w.skipped;
  std::string out = w.makes + std::to_string(p.this_week);
  if (p.week_expected && *p.week_expected >= p.this_week) {
    out += w.of + std::to_string(*p.week_expected) + (p.whole_week ? w.this_week : w.so_far);
  } else {
    out += w.this_week;
  }
  if (p.streak >= 2) out += ", " + std::to_string(p.streak) + w.in_a_row;
  return out + w.well_done;
}

}  // namespace hwk
