// toml++ → Plan.
#include "io/plan_reader.hpp"

#include <set>

#include "io/files.hpp"
#include "io/toml_util.hpp"
#include "model/ids.hpp"
#include "model/template.hpp"
#include "schedule/schedule.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

const std::vector<std::string> assignment_keys = {"id",    "template", "template_version", "schedule", "times",
                                                  "start", "end",      "goal",             "why",      "backup"};

void check_id_value(TableReader& r, const std::string& key, const std::string& value, const char* what) {
  if (auto problem = id_problem(value); !problem.empty()) {
    r.error(*r.node(key), std::string("invalid ") + what + " id '" + value + "': it " + problem);
  }
}

std::optional<Assignment> read_assignment(const toml::table& t, const std::filesystem::path& path,
                                          std::vector<Diagnostic>& diags) {
  const std::size_t before = diags.size();
  TableReader r(t, path, diags, "the assignment");
  Assignment a;
  a.loc = r.where();
  a.id = r.string("id", true).value_or("");
  if (!a.id.empty()) check_id_value(r, "id", a.id, "assignment");
  a.template_id = r.string("template", true).value_or("");
  if (!a.template_id.empty()) check_id_value(r, "template", a.template_id, "template");
  if (auto v = r.integer("template_version")) {
    if (*v < 1 || *v > 100000) r.error(*r.node("template_version"), "template_version must be 1 or more");
    else a.template_version = static_cast<int>(*v);
  }
  if (auto s = r.string("schedule", true)) {
    a.schedule_text = *s;
    const auto parsed = parse_schedule(*s);
    if (const auto* e = std::get_if<ScheduleError>(&parsed)) {
      SourceLoc loc = r.where("schedule");
      loc.col += 1 + static_cast<int>(e->column);
      diags.push_back({loc, Severity::error, e->message, e->hint});
    } else {
      a.schedule = std::get<Schedule>(parsed);
    }
  }
  if (const auto* times = r.array("times")) {
    for (const auto& item : *times) {
      const auto m = item.is_string() ? parse_clock_time(item.as_string()->get()) : std::nullopt;
      if (!m) {
        r.error(item, "a time must be \"HH:MM\" (00:00 to 23:59)");
        continue;
      }
      if (std::find(a.times.begin(), a.times.end(), *m) != a.times.end()) {
        r.error(item, "time " + item.as_string()->get() + " is listed twice");
        continue;
      }
      a.times.push_back(*m);
    }
    std::sort(a.times.begin(), a.times.end());
  }
  a.start = r.date("start");
  a.end = r.date("end");
  if (a.start && a.end && *a.end < *a.start) r.error(*r.node("end"), "the assignment ends before it starts");
  a.goal = r.string("goal").value_or("");
  a.why = r.string("why").value_or("");
  a.backup = r.string("backup").value_or("");
  for (const auto& [key, value] : t) {
    if (std::find(assignment_keys.begin(), assignment_keys.end(), key.str()) == assignment_keys.end()) {
      std::string hint;
      if (auto m = closest_match(key.str(), assignment_keys)) hint = "did you mean '" + *m + "'?";
      diags.push_back({loc_of(key, path), Severity::error, "unknown key '" + std::string(key.str()) + "' in the assignment", hint});
    }
  }
  // An assignment with problems is still returned when it has an id, so records that name it are
  // not also reported as naming an unknown assignment; its problems are already in `diags`.
  if (diags.size() > before && !is_valid_id(a.id)) return std::nullopt;
  return a;
}

std::optional<LocalTime> session_time(const toml::node& n) {
  if (const auto* dt = n.as_date_time()) {
    const auto v = dt->get();
    if (v.offset) return std::nullopt;
    const date::year_month_day d{date::year{v.date.year}, date::month{v.date.month}, date::day{v.date.day}};
    return LocalTime{date::local_days{d}.time_since_epoch() + std::chrono::hours(v.time.hour) +
                     std::chrono::minutes(v.time.minute)};
  }
  if (const auto* s = n.as_string()) {
    std::string error;
    const auto zone = utc_zone();
    if (s->get().size() >= 16 && s->get().size() <= 19) {
      if (auto t = parse_time_point(s->get(), zone, Instant{}, error)) return LocalTime{t->time_since_epoch()};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Plan> parse_plan(std::string_view text, const std::filesystem::path& path, std::vector<Diagnostic>& diags) {
  toml::table table;
  try {
    table = parse_toml(text, path);
  } catch (const Error& e) {
    diags.push_back(e.diagnostic());
    return std::nullopt;
  }
  Plan plan;
  plan.path = path;
  TableReader r(table, path, diags, "the plan");
  plan.client = r.string("client", true).value_or("");
  if (!plan.client.empty()) check_id_value(r, "client", plan.client, "client");
  plan.name = r.string("name").value_or("");
  if (auto tz = r.string("timezone", true)) {
    plan.timezone = *tz;
    plan.zone = find_zone(*tz);
    if (!plan.zone) r.error(*r.node("timezone"), "unknown time zone '" + *tz + "'", "use an IANA name such as America/New_York");
  }
  plan.language = r.string("language").value_or("");
  if (!plan.language.empty() && !is_language_code(plan.language)) {
    r.error(*r.node("language"), "'" + plan.language + "' is not a language code", "use e.g. es, fr or pt-BR");
  }
  plan.discreet = r.boolean("discreet").value_or(false);
  plan.goals = r.strings("goals").value_or(std::vector<std::string>{});
  if (const auto* sessions = r.array("sessions")) {
    for (const auto& item : *sessions) {
      if (auto t = session_time(item)) plan.sessions.push_back(*t);
      else r.error(item, "a planned session must be a local date and time, e.g. 2026-11-30T10:00:00");
    }
    std::sort(plan.sessions.begin(), plan.sessions.end());
  }
  if (const auto* assignments = r.node("assignments")) {
    const auto* arr = assignments->as_array();
    if (!arr || !arr->is_array_of_tables()) {
      r.error(*assignments, "'assignments' must be an array of tables ([[assignments]])");
    } else {
      std::set<std::string> ids;
      for (const auto& item : *arr) {
        auto a = read_assignment(*item.as_table(), path, diags);
        if (!a) continue;
        if (!ids.insert(a->id).second) {
          diags.push_back({a->loc, Severity::error, "assignment '" + a->id + "' is defined twice", "give each assignment its own id"});
          continue;
        }
        plan.assignments.push_back(std::move(*a));
      }
    }
  }
  r.finish();
  return plan;
}

Plan load_plan(const std::filesystem::path& path) {
  std::vector<Diagnostic> diags;
  auto plan = parse_plan(read_file(path), path, diags);
  if (!plan || has_errors(diags)) throw Errors(diags);
  return *plan;
}

}  // namespace hwk
