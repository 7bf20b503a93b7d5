// The client's own view: hwk today.
#include "report/client_view.hpp"

#include <algorithm>

#include "report/adherence.hpp"
#include "report/feedback.hpp"
#include "report/saved_reply.hpp"
#include "schedule/occurrences.hpp"
#include "util/strings.hpp"
#include "util/table.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

bool overlaps(const Assignment& a, LocalDay first, LocalDay last) {
  if (a.start && LocalDay{*a.start} > last) return false;
  return !a.end || LocalDay{*a.end} >= first;
}

bool on(const Assignment& a, LocalDay day) { return overlaps(a, day, day); }

struct Words {
  const char* greeting_named;  // "{name}, here is your practice for {date}."
  const char* greeting;        // "Here is your practice for {date}."
  const char* today;
  const char* nothing_today;
  const char* more_day;    // "{n} more today"
  const char* more_week;   // "{n} more this week"
  const char* more_month;  // "{n} more this month"
  const char* as_needed;
  const char* any_time;   // today's practice at no set time
  const char* not_today;  // an assignment that starts later this week, or ended
  const char* this_week;
  const char* missed;
  const char* missed_hint;
  const char* missed_many;     // "{n} this week, the latest {date}"
  const char* from_clinician;  // "From your clinician, {date}"
  const char* about;           // "about {title}, {date}"
  const char* about_week;      // "about your week of {date}"
  const char* next_session;    // "Next session: {date}, {time}"
  const char* days[7];         // Sunday first
  const char* months[12];
  bool day_first;  // "martes 24 de noviembre", "mardi 24 novembre": the weekday, then day, then month
  const char* of;  // between day and month ("de" in Spanish)
};

constexpr Words english{"{name}, here is your practice for {date}.",
                        "Here is your practice for {date}.",
                        "Today",
                        "Nothing more to do today.",
                        "{n} more today",
                        "{n} more this week",
                        "{n} more this month",
                        "when you need it",
                        "any time today",
                        "not today",
                        "This week",
                        "Not written down yet",
                        "If you did practise then, you can still write it down: hwk log asks when you practised.",
                        "{n} this week, the latest {date}",
                        "From your clinician, {date}",
                        "about {title}, {date}",
                        "about your week of {date}",
                        "Next session: {date}, {time}",
                        {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
                        {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
                        false,
                        ""};
constexpr Words spanish{"{name}, esta es tu práctica para el {date}.",
                        "Esta es tu práctica para el {date}.",
                        "Hoy",
                        "No queda nada por hacer hoy.",
                        "{n} más hoy",
                        "{n} más esta semana",
                        "{n} más este mes",
                        "cuando lo necesites",
                        "a cualquier hora de hoy",
                        "hoy no",
                        "Esta semana",
                        "Aún sin anotar",
                        "Si practicaste entonces, aún puedes anotarlo: hwk log te pregunta cuándo practicaste.",
                        "{n} esta semana, la última el {date}",
                        "De tu terapeuta, {date}",
                        "sobre {title}, {date}",
                        "sobre tu semana del {date}",
                        "Próxima sesión: {date}, {time}",
                        {"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"},
                        {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
                        true,
                        "de "};
constexpr Words french{"{name}, voici votre pratique pour le {date}.",
                       "Voici votre pratique pour le {date}.",
                       "Aujourd'hui",
                       "Plus rien à faire aujourd'hui.",
                       "encore {n} aujourd'hui",
                       "encore {n} cette semaine",
                       "encore {n} ce mois-ci",
                       "quand vous en avez besoin",
                       "à tout moment aujourd'hui",
                       "pas aujourd'hui",
                       "Cette semaine",
                       "Pas encore noté",
                       "Si vous avez pratiqué ce jour-là, vous pouvez encore le noter : hwk log vous demande quand.",
                       "{n} cette semaine, la dernière le {date}",
                       "De votre thérapeute, le {date}",
                       "à propos de {title}, {date}",
                       "à propos de votre semaine du {date}",
                       "Prochaine séance : {date}, {time}",
                       {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
                       {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
                       true,
                       ""};

const Words& words_for(const std::string& language) {
  const std::string base = language.substr(0, language.find_first_of("-_"));
  if (base == "es") return spanish;
  if (base == "fr") return french;
  return english;
}

// `pattern` with each "{key}" replaced.
std::string fill(std::string pattern, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [key, value] : values) {
    const std::string mark = "{" + key + "}";
    if (const auto at = pattern.find(mark); at != std::string::npos) pattern.replace(at, mark.size(), value);
  }
  return pattern;
}

// "Tuesday 24 November", "martes 24 de noviembre", "mardi 24 novembre".
std::string day_words(LocalDay day, const Words& w) {
  const date::year_month_day ymd{day};
  const std::string weekday = w.days[date::weekday{day}.c_encoding()];
  const std::string month = w.months[static_cast<unsigned>(ymd.month()) - 1];
  return weekday + " " + std::to_string(static_cast<unsigned>(ymd.day())) + " " + w.of + month;
}

std::string clock(Instant t, Zone zone) {
  const LocalTime local = to_local(t, zone);
  return format_clock_time(date::floor<std::chrono::minutes>(local - date::floor<date::days>(local)));
}

// Rows of two columns, the first padded to the widest.
std::string two_columns(const std::vector<std::pair<std::string, std::string>>& rows) {
  Table table;
  table.indent = "  ";
  table.gap = 3;
  for (const auto& [left, right] : rows) table.rows.push_back({left, right});
  return render_table(table, {});
}

}  // namespace

ClientView client_view(const ClientViewInput& in) {
  const Plan& plan = *in.plan;
  const std::vector<Record>& records = *in.records;
  ClientView v;
  v.name = plan.name;
  v.today = local_day(in.now, plan.zone);
  const LocalDay week_first = week_of(v.today, in.week_start);
  const LocalDay week_last = week_first + date::days{6};

  // Titles as shown: an assignment's id is added where two share a title ("Mood check (walk)").
  std::map<std::string, std::string> titles;
  std::map<std::string, int> uses;
  for (const auto& a : plan.assignments) {
    titles[a.id] = in.titles.count(a.id) ? in.titles.at(a.id) : a.id;
    if (overlaps(a, week_first, week_last)) ++uses[titles[a.id]];
  }
  for (auto& [id, title] : titles) {
    if (uses[title] > 1) title += " (" + id + ")";
  }

  DueQuery q;
  q.now = in.now;
  q.week_start = in.week_start;
  q.upcoming_until = start_of_day(v.today + date::days{1}, plan.zone) - std::chrono::seconds(1);
  const std::vector<DueItem> due = due_items("", plan, records, titles, q);

  for (const auto& a : plan.assignments) {
    if (!overlaps(a, week_first, week_last)) continue;
    ClientView::Line line;
    line.assignment = a.id;
    line.title = titles[a.id];
    line.as_needed = a.schedule.kind == Schedule::Kind::as_needed;
    line.active_today = on(a, v.today);
    for (const auto& i : due) {
      if (i.assignment != a.id || i.state == DueState::overdue) continue;
      if (i.remaining) {
        line.quota_left = *i.remaining;
        line.quota_period = i.period;
        line.quota_by = i.day;
      } else if (i.day == v.today && i.at) {
        line.times_left.push_back(*i.at);
      } else if (i.day == v.today) {
        line.any_time_today = true;
      }
    }
    const auto tmpl = in.templates.find(a.id);
    const SavedProgress p =
        week_progress(a, tmpl == in.templates.end() ? nullptr : tmpl->second, records, plan.sessions, plan.zone, in.now, in.week_start);
    line.week_progress = p;
    v.lines.push_back(std::move(line));
  }
  for (const auto& a : plan.assignments) {
    ClientView::Missed m;
    for (const auto& i : due) {
      if (i.assignment != a.id || i.state != DueState::overdue || i.day < week_first) continue;
      m.title = i.title;
      m.count += i.remaining.value_or(1);
      if (m.count == i.remaining.value_or(1) || i.day > m.day || (i.day == m.day && i.at > m.at)) m.day = i.day, m.at = i.at;
    }
    if (m.count > 0) v.missed.push_back(std::move(m));
  }

  const auto links = feedback_links(records);
  for (auto it = links.rbegin(); it != links.rend(); ++it) {
    const Record& f = *it->feedback;
    if (f.at > in.now || f.note.empty()) continue;
    ClientView::Feedback fb;
    fb.text = f.note;
    fb.at = f.at;
    if (it->week) {
      fb.week = true;
      fb.about_day = LocalDay{*it->week};
    } else if (!it->record.empty()) {
      const auto by_id = records_by_id(records);
      if (const auto r = by_id.find(it->record); r != by_id.end()) {
        fb.about_title = in.titles.count(r->second->assignment) ? in.titles.at(r->second->assignment) : r->second->assignment;
        fb.about_day = local_day(r->second->at, plan.zone);
      }
    }
    v.feedback = std::move(fb);
    break;
  }

  const LocalTime local_now = to_local(in.now, plan.zone);
  for (const auto& s : plan.sessions) {
    if (s > local_now && (!v.next_session || s < *v.next_session)) v.next_session = s;
  }
  return v;
}

std::string render_client_view(const ClientView& v, Zone zone, const std::string& language) {
  const Words& w = words_for(language);
  std::string out;
  const std::string today = day_words(v.today, w);
  out += v.name.empty() ? fill(w.greeting, {{"date", today}}) : fill(w.greeting_named, {{"name", terminal_safe(v.name)}, {"date", today}});
  out += "\n\n";

  std::vector<std::pair<std::string, std::string>> rows;
  for (const auto& l : v.lines) {
    std::string what;
    if (!l.active_today) {
      what = w.not_today;
    } else if (l.as_needed) {
      what = w.as_needed;
    } else if (l.quota_left) {
      const char* pattern = l.quota_period == Schedule::Period::day    ? w.more_day
                            : l.quota_period == Schedule::Period::week ? w.more_week
                                                                       : w.more_month;
      what = fill(pattern, {{"n", std::to_string(*l.quota_left)}});
    } else if (!l.times_left.empty()) {
      std::vector<std::string> times;
      for (const Instant t : l.times_left) times.push_back(clock(t, zone));
      what = join(times, ", ");
    } else if (l.any_time_today) {
      what = w.any_time;
    } else {
      continue;  // nothing left today
    }
    rows.emplace_back(terminal_safe(l.title), what);
  }
  out += std::string(w.today) + "\n";
  out += rows.empty() ? std::string("  ") + w.nothing_today + "\n" : two_columns(rows);

  rows.clear();
  for (const auto& l : v.lines) {
    if (!l.as_needed || l.week_progress.this_week > 0) rows.emplace_back(terminal_safe(l.title), week_phrase(l.week_progress, language));
  }
  if (!rows.empty()) out += "\n" + std::string(w.this_week) + "\n" + two_columns(rows);

  if (!v.missed.empty()) {
    rows.clear();
    for (const auto& m : v.missed) {
      const std::string when = day_words(m.day, w) + (m.at ? ", " + clock(*m.at, zone) : "");
      rows.emplace_back(terminal_safe(m.title), m.count == 1 ? when : fill(w.missed_many, {{"n", std::to_string(m.count)}, {"date", when}}));
    }
    out += "\n" + std::string(w.missed) + "\n" + two_columns(rows) + "  " + w.missed_hint + "\n";
  }

  if (v.feedback) {
    const auto& f = *v.feedback;
    out += "\n" + fill(w.from_clinician, {{"date", day_words(local_day(f.at, zone), w)}});
    if (f.week && f.about_day) {
      out += " (" + fill(w.about_week, {{"date", day_words(*f.about_day, w)}}) + ")";
    } else if (f.about_day) {
      out += " (" + fill(w.about, {{"title", terminal_safe(f.about_title)}, {"date", day_words(*f.about_day, w)}}) + ")";
    }
    out += "\n";
    for (std::size_t at = 0; at <= f.text.size();) {
      const std::size_t end = std::min(f.text.find('\n', at), f.text.size());
      out += "  " + terminal_safe(std::string_view(f.text).substr(at, end - at)) + "\n";
      at = end + 1;
    }
  }

  if (v.next_session) {
    const LocalTime s = *v.next_session;
    const LocalDay day{date::floor<date::days>(s).time_since_epoch()};
    out += "\n" +
           fill(w.next_session,
                {{"date", day_words(day, w)}, {"time", format_clock_time(date::floor<std::chrono::minutes>(s - date::floor<date::days>(s)))}}) +
           "\n";
  }
  return out;
}

}  // namespace hwk
