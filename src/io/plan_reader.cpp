// toml++ → Plan.
#include "io/plan_reader.hpp"

#include <functional>
#include <set>

#include "io/files.hpp"
#include "io/settings.hpp"
#include "io/toml_util.hpp"
#include "model/ids.hpp"
#include "model/template.hpp"
#include "schedule/schedule.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

const std::vector<std::string> assignment_keys = {"id",   "template", "template_version", "schedule", "times",    "start",       "end",
                                                  "goal", "why",      "backup",           "steps",    "triggers", "advance_when"};

void check_id_value(TableReader& r, const std::string& key, const std::string& value, const char* what) {
  if (auto problem = id_problem(value); !problem.empty()) {
    r.error(*r.node(key), std::string("invalid ") + what + " id '" + value + "': it " + problem);
  }
}

// A phrase's error at its word: the value's place plus the opening quote plus the word's offset.
void phrase_error(std::vector<Diagnostic>& diags, SourceLoc loc, const RuleError& e) {
  loc.col += 1 + static_cast<int>(e.column);
  diags.push_back({loc, Severity::error, e.message, e.hint});
}

// Reads an advance rule at `key`, if there is one.
void read_rule(TableReader& r, std::vector<Diagnostic>& diags, std::string& text, std::optional<AdvanceRule>& rule, SourceLoc& loc) {
  auto s = r.string("advance_when");
  if (!s) return;
  text = *s;
  loc = r.where("advance_when");
  auto parsed = parse_advance_rule(*s);
  if (const auto* e = std::get_if<RuleError>(&parsed)) phrase_error(diags, loc, *e);
  else rule = std::get<AdvanceRule>(parsed);
}

void read_tables(TableReader& r, const char* key, const char* example, const std::function<void(const toml::table&)>& read) {
  const auto* n = r.node(key);
  if (!n) return;
  const auto* arr = n->as_array();
  if (!arr || !arr->is_array_of_tables()) {
    r.error(*n, std::string("'") + key + "' must be an array of tables (" + example + ")");
    return;
  }
  for (const auto& item : *arr) read(*item.as_table());
}

void read_steps(TableReader& outer, Assignment& a, const std::filesystem::path& path, std::vector<Diagnostic>& diags) {
  read_tables(outer, "steps", "[[assignments.steps]]", [&](const toml::table& t) {
    TableReader r(t, path, diags, "the step");
    Step step;
    step.loc = r.where();
    step.id = r.string("id").value_or("");
    if (!step.id.empty()) {
      if (auto problem = id_problem(step.id); !problem.empty()) r.error(*r.node("id"), "invalid step id '" + step.id + "': it " + problem);
    } else {
      step.id = std::to_string(a.steps.size() + 1);
    }
    step.title = r.string("title", true).value_or("");
    if (const auto* expected = r.table("expected")) {
      for (const auto& [field, value] : *expected) {
        if (const auto v = value.value<double>(); v && !value.is_boolean()) step.expected.emplace_back(std::string(field.str()), *v);
        else diags.push_back({loc_of(value, path), Severity::error, "an expected rating must be a number, e.g. suds = 40", {}});
      }
    }
    read_rule(r, diags, step.advance_text, step.advance, step.advance_loc);
    r.finish();
    if (a.step_index(step.id)) {
      diags.push_back(
          {step.loc, Severity::error, "step '" + step.id + "' is listed twice in assignment '" + a.id + "'", "give each step its own id"});
      return;
    }
    a.steps.push_back(std::move(step));
  });
}

void read_triggers(TableReader& outer, Assignment& a, const std::filesystem::path& path, std::vector<Diagnostic>& diags) {
  read_tables(outer, "triggers", "[[assignments.triggers]]", [&](const toml::table& t) {
    TableReader r(t, path, diags, "the trigger");
    Trigger trigger;
    trigger.loc = r.where();
    if (auto when = r.string("when", true)) {
      trigger.when_text = *when;
      trigger.when_loc = r.where("when");
      auto parsed = parse_conditions(*when);
      if (const auto* e = std::get_if<RuleError>(&parsed)) phrase_error(diags, trigger.when_loc, *e);
      else trigger.when = std::get<std::vector<Condition>>(parsed);
    }
    trigger.suggest = r.string("suggest").value_or("");
    if (!trigger.suggest.empty()) check_id_value(r, "suggest", trigger.suggest, "template");
    trigger.message = r.string("message").value_or("");
    if (trigger.suggest.empty() && trigger.message.empty()) {
      diags.push_back({trigger.loc, Severity::error, "the trigger says nothing to do", "give it suggest = \"TEMPLATE\" or message = \"…\""});
    }
    r.finish();
    a.triggers.push_back(std::move(trigger));
  });
}

std::optional<Assignment> read_assignment(const toml::table& t, const std::filesystem::path& path, std::vector<Diagnostic>& diags) {
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
  read_rule(r, diags, a.advance_text, a.advance, a.advance_loc);
  read_steps(r, a, path, diags);
  read_triggers(r, a, path, diags);
  if (a.advance && a.steps.empty()) {
    r.error(*r.node("advance_when"), "'advance_when' needs graded steps", "list them with [[assignments.steps]]");
  }
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
    return LocalTime{date::local_days{d}.time_since_epoch() + std::chrono::hours(v.time.hour) + std::chrono::minutes(v.time.minute)};
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
    diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
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
  plan.crisis = read_crisis_texts(r);
  if (const auto* n = r.node("stall_threshold")) {
    const auto v = n->value<double>();
    if (!v || n->is_boolean() || *v <= 0 || *v > 100) r.error(*n, "stall_threshold must be a percentage from 1 to 100, e.g. 50");
    else plan.stall_threshold = *v / 100.0;
  }
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
  if (!plan || has_errors(diags)) throw Error(diags);
  return *plan;
}

}  // namespace hwk
