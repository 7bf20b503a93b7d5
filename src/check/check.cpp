// The checks behind `hwk check`.
#include "check/check.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "io/client_data.hpp"
#include "io/confine.hpp"
#include "io/files.hpp"
#include "io/log_format.hpp"
#include "io/log_reader.hpp"
#include "io/settings.hpp"
#include "io/template_catalog.hpp"
#include "io/template_reader.hpp"
#include "model/ids.hpp"
#include "model/readability.hpp"
#include "util/time.hpp"

namespace hwk {
namespace {

void check_client_template_files(const ClientDir& dir, std::vector<Diagnostic>& diags) {
  for (const auto& path : directory_entries(dir.templates())) {
    const std::string name = path.filename().string();
    const auto parsed = parse_client_template_name(name);
    if (!parsed) {
      if (!is_temporary_name(name) && name != ".gitkeep") {
        diags.push_back({{path}, Severity::warning, "not a template copy name (ID.vVERSION.yaml); hwk ignores it", {}});
      }
      continue;
    }
    read_client_template(dir, parsed->first, parsed->second, diags);
  }
}

void check_records(const ClientData& data, const std::vector<Record>& records, std::vector<Diagnostic>& diags) {
  std::map<std::pair<std::string, int>, std::optional<Template>> copies;
  std::set<std::string> ids, warned, amended;
  for (const auto& r : records) {
    ids.insert(r.id);
    if (!r.amends.empty()) amended.insert(r.amends);
  }
  std::map<std::pair<std::string, std::string>, std::vector<const Record*>> lost_steps;
  for (const auto& r : records) {
    auto err = [&](std::string message, std::string hint = {}) { diags.push_back({r.loc, Severity::error, std::move(message), std::move(hint)}); };
    if (data.plan.zone) {
      // A record's month is its date in the client's zone when it was written, which its own UTC
      // offset keeps: the plan's zone may have changed since.
      const auto file = parse_log_file_name(r.loc.path.filename().string());
      const auto d = local_date(r.at, data.plan.zone);
      const date::year_month_day written{date::floor<date::days>(r.at + std::chrono::minutes(r.at_offset_minutes))};
      if (file && file->first != d.year() / d.month() && file->first != written.year() / written.month()) {
        err("record '" + r.id + "' of " + format_date(d) + " is in the log file of another month",
            "a record belongs in the file of its month in the client's time zone");
      }
    }
    if (!r.amends.empty() && !ids.count(r.amends) && warned.insert(r.id).second) {
      diags.push_back({r.loc, Severity::warning, "record '" + r.id + "' amends '" + r.amends + "', which is not in the log", {}});
    }
    if (r.kind == RecordKind::session) continue;
    const Assignment* a = data.plan.find_assignment(r.assignment);
    if (!a && !data.plan.client.empty()) {
      err("unknown assignment '" + r.assignment + "' in record '" + r.id + "'", "the plan of client '" + data.dir.id + "' has no such assignment");
    }
    // A step that is no longer in the plan: the records stay true history, but no longer count.
    if (a && !r.step.empty() && !a->step_index(r.step)) lost_steps[{a->id, r.step}].push_back(&r);
    if (r.kind != RecordKind::practice) continue;
    auto key = std::pair{r.template_id, r.template_version};
    auto it = copies.find(key);
    if (it == copies.end()) {
      std::vector<Diagnostic> ignored;
      it = copies.emplace(key, read_client_template(data.dir, r.template_id, r.template_version, ignored)).first;
    }
    if (!it->second) {
      err("record '" + r.id + "' uses template '" + r.template_id + "' version " + std::to_string(r.template_version) +
              ", which is not in the client's templates/",
          "restore " + client_template_path(data.dir, r.template_id, r.template_version).filename().string() + " from git");
      continue;
    }
    for (const auto& p : record_problems(r, *it->second)) {
      const auto at = r.value_locs.find(p.field);
      diags.push_back({at == r.value_locs.end() ? r.loc : at->second, Severity::error, "record '" + r.id + "': " + p.message, {}});
    }
    // The answers mean what the assignment's template says now, whichever copy the record names.
    const Template* meaning = a ? data.template_for(a->id) : nullptr;
    if (!amended.count(r.id)) {
      if (auto c = status_contradiction(r, meaning ? *meaning : *it->second)) {
        const auto at = r.value_locs.find(c->field->id);
        diags.push_back({at == r.value_locs.end() ? r.loc : at->second, Severity::warning,
                         "record '" + r.id + "' is " + status_name(r.status) + " but " + c->field->id + " is '" + c->answer + "', which means " +
                             status_name(c->status),
                         "reports count it as " + std::string(status_name(c->status)) + "; record a correction with hwk log --amends " + r.id +
                             " to say which is right"});
      }
    }
  }
  for (const auto& [key, recs] : lost_steps) {
    const std::string who = recs.size() == 1 ? "record '" + recs[0]->id + "' names"
                                             : "record '" + recs[0]->id + "' and " + std::to_string(recs.size() - 1) + " more name";
    diags.push_back({recs[0]->loc, Severity::warning, who + " step '" + key.second + "', which assignment '" + key.first + "' no longer has",
                     "those records no longer count toward a step; give the step its old id back to count them"});
  }
}

// Feedback and acknowledgements answer a practice record of their own assignment; one that answers
// a record not (yet) in the log is a warning, as the record may arrive with a later merge.
void check_answer_targets(const std::vector<Record>& records, std::vector<Diagnostic>& diags) {
  std::map<std::string, const Record*> by_id;
  for (const auto& r : records) by_id.emplace(r.id, &r);
  for (const auto& r : records) {
    if ((r.kind != RecordKind::feedback && r.kind != RecordKind::ack) || r.answers.empty()) continue;
    const std::string what = std::string(r.kind == RecordKind::ack ? "acknowledgement" : "feedback") + " '" + r.id + "'";
    const auto it = by_id.find(r.answers);
    if (it == by_id.end()) {
      diags.push_back({r.loc, Severity::warning, what + " answers '" + r.answers + "', which is not in the log", {}});
    } else if (it->second->kind != RecordKind::practice) {
      diags.push_back({r.loc, Severity::error, what + " answers '" + r.answers + "', which is a " + record_kind_name(it->second->kind) + " record",
                       r.kind == RecordKind::ack ? "an acknowledgement answers the practice record that raised a risk flag"
                                                 : "feedback answers a practice record, or a week of practice"});
    } else if (it->second->assignment != r.assignment) {
      diags.push_back(
          {r.loc, Severity::error, what + " names assignment '" + r.assignment + "' but answers a record of '" + it->second->assignment + "'", {}});
    }
  }
}

// A client whose templates can raise a risk flag should be shown the practice's own crisis text,
// with its local numbers; until one is set, hwk shows only its general built-in text.
void check_crisis_text(const ClientData& data, bool practice_has_crisis, std::vector<Diagnostic>& diags) {
  if (practice_has_crisis || !data.plan.crisis.empty()) return;
  for (const auto& a : data.plan.assignments) {
    const Template* t = data.template_for(a.id);
    if (!t || t->risk.empty()) continue;
    diags.push_back({a.loc, Severity::warning,
                     "assignment '" + a.id +
                         "' can raise a risk flag, but no crisis text is set: a client who meets a risk condition "
                         "is shown only hwk's general text, with no local numbers",
                     "add a [crisis] table to hwk.toml with your crisis lines (see hwk-init(1)), or crisis = \"…\" to the plan"});
    return;  // once per client
  }
}

std::vector<std::filesystem::path> with_entries(const std::vector<std::filesystem::path>& dirs) {
  std::vector<std::filesystem::path> out;
  for (const auto& d : dirs) {
    out.push_back(d);
    for (auto& path : directory_entries(d)) out.push_back(std::move(path));
  }
  return out;
}

// Symbolic links that lead out of the practice: hwk refuses to follow them, so name each one.
void check_links(const std::vector<std::filesystem::path>& paths, std::vector<Diagnostic>& diags) {
  for (const auto& path : paths) {
    if (auto d = link_leading_out(path); d && d->loc.path == path) diags.push_back(std::move(*d));
  }
}

// One warning per client: the first of its directories and files that others can read or write.
void check_permissions(const ClientDir& dir, std::vector<Diagnostic>& diags) {
  std::vector<std::filesystem::path> paths = {dir.dir, dir.plan(), dir.templates(), dir.log()};
  for (auto& path : directory_entries(dir.log())) paths.push_back(std::move(path));
  for (const auto& path : paths) {
    if (open_to_others(path)) {
      diags.push_back(
          {{path}, Severity::warning, "client data is readable or writable by others", "run 'chmod -R go-rwx' on the client's directory"});
      return;
    }
  }
}

// One warning for the practice's per-machine state: its cache and drafts hold every reflection, so
// .hwk/ or anything in it that others can read or write is as exposed as the client data.
void check_state_permissions(const Practice& practice, const CheckScope& scope, std::vector<Diagnostic>& diags) {
  const auto dir = practice.state_dir();
  if (!scope.includes(dir)) return;
  if (open_to_others(dir) || any_open_to_others_under(dir)) {
    diags.push_back({{dir},
                     Severity::warning,
                     "hwk's per-machine state (its cache and drafts hold every reflection) is readable or writable by others",
                     "run 'chmod -R go-rwx' on it"});
  }
}

void check_client(const ClientDir& dir, const CheckScope& scope, bool practice_has_crisis, std::vector<Diagnostic>& diags) {
  std::vector<Diagnostic> local;
  ClientData data = read_client_data(dir, local);
  if (!data.plan.client.empty() && data.plan.client != dir.id && dir.dir.filename() == dir.id) {
    local.push_back(
        {{dir.plan(), 1, 1}, Severity::error, "the plan says client '" + data.plan.client + "' but lives in the directory of '" + dir.id + "'", {}});
  }
  check_client_template_files(dir, local);
  check_links(with_entries({dir.dir, dir.templates(), dir.log()}), local);
  check_permissions(dir, local);
  auto records = read_client_log(dir, local);
  client_log_files(dir, &local);
  check_records(data, records, local);
  check_answer_targets(records, local);
  check_crisis_text(data, practice_has_crisis, local);
  if (!data.plan.crisis.empty()) {
    auto w = crisis_text_warnings(data.plan.crisis, SourceLoc{dir.plan()});
    local.insert(local.end(), w.begin(), w.end());
  }
  auto dups = duplicate_record_problems(records);
  local.insert(local.end(), dups.begin(), dups.end());
  for (auto& d : local) {
    if (scope.includes(d.loc.path)) diags.push_back(std::move(d));
  }
}

// Folders in clients/ whose names are not client ids (a capital, a dot, a space, a look-alike
// letter from another script): hwk does not see them as clients, so say so.
void check_client_folder_names(const Practice& practice, const CheckScope& scope, std::vector<Diagnostic>& diags) {
  for (const auto& path : directory_entries(practice.clients_dir())) {
    const std::string name = path.filename().string();
    if (name.starts_with('.') || is_valid_id(name) || !is_directory_path(path) || !scope.includes(path)) continue;
    diags.push_back(
        {{path}, Severity::warning, "not a client id: it " + id_problem(name) + "; hwk ignores this folder", "rename it to an id such as c-0042"});
  }
}

}  // namespace

bool CheckScope::includes(const std::filesystem::path& p) const {
  if (paths.empty()) return true;
  for (const auto& scope : paths) {
    const auto rel = p.lexically_relative(scope);
    if (!rel.empty() && *rel.begin() != "..") return true;
  }
  return false;
}

std::vector<Diagnostic> lint_template_file(const std::filesystem::path& path, bool name_must_match_id, double max_grade) {
  std::vector<Diagnostic> diags;
  std::string text;
  try {
    text = read_file(path);
  } catch (const Error& e) {
    diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
    return diags;
  }
  const auto t = parse_template(text, path, diags);
  if (!t) return diags;
  if (name_must_match_id && path.stem() != t->id) {
    diags.push_back({{path, 1, 1},
                     Severity::error,
                     "template '" + t->id + "' is in a file named '" + path.filename().string() + "'",
                     "name the file " + t->id + ".yaml"});
  }
  auto warnings = template_warnings(*t, max_grade);
  diags.insert(diags.end(), warnings.begin(), warnings.end());
  return diags;
}

std::vector<Diagnostic> duplicate_record_problems(const std::vector<Record>& records) {
  std::vector<Diagnostic> out;
  std::map<std::string, const Record*> first;
  const Zone utc = utc_zone();
  for (const auto& r : records) {
    auto [it, inserted] = first.emplace(r.id, &r);
    if (inserted) continue;
    if (format_record(*it->second, utc) != format_record(r, utc)) {
      const auto& p = it->second->loc;
      out.push_back({r.loc, Severity::error, "record id '" + r.id + "' is used by two different records",
                     "the other one is at " + (p.path.parent_path().filename() / p.path.filename()).string() + ":" + std::to_string(p.line)});
    }
  }
  return out;
}

std::vector<Diagnostic> crisis_text_warnings(const CrisisTexts& texts, const SourceLoc& loc) {
  std::vector<Diagnostic> out;
  for (const auto& [language, text] : texts) {
    if (language != "en" && !language.starts_with("en-")) continue;
    const double grade = reading_grade(text);
    if (grade <= max_crisis_grade) continue;
    char buf[128];
    std::snprintf(buf, sizeof buf, "the crisis text (%s) reads at about grade %.1f, above %.0f", language.c_str(), grade, max_crisis_grade);
    out.push_back({loc, Severity::warning, buf, "someone in a crisis reads less well: use short sentences and short, everyday words"});
  }
  return out;
}

std::vector<Diagnostic> check_practice(const Practice& practice, const CheckScope& scope) {
  std::vector<Diagnostic> diags;
  bool practice_has_crisis = false;
  if (!practice.single_client) {
    std::vector<Diagnostic> settings_diags;
    const auto settings = read_practice_settings(practice.settings_file(), settings_diags);
    practice_has_crisis = !settings.crisis.empty() || settings.crisis_loc.line > 0;  // a bad one is an error of its own
    auto crisis = crisis_text_warnings(settings.crisis, settings.crisis_loc);
    settings_diags.insert(settings_diags.end(), crisis.begin(), crisis.end());
    if (scope.includes(practice.settings_file())) diags.insert(diags.end(), settings_diags.begin(), settings_diags.end());
    std::vector<std::filesystem::path> files;
    for (const auto& path : directory_entries(practice.templates_dir())) {
      if (path.extension() == ".yaml" && scope.includes(path)) files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      auto d = lint_template_file(f, true, settings.max_reading_grade);
      diags.insert(diags.end(), d.begin(), d.end());
    }
  }
  if (!practice.single_client) {
    std::vector<Diagnostic> links;
    check_links(with_entries({practice.root, practice.templates_dir(), practice.clients_dir(), practice.state_dir()}), links);
    for (auto& d : links) {
      if (scope.includes(d.loc.path)) diags.push_back(std::move(d));
    }
  }
  if (!practice.single_client) check_client_folder_names(practice, scope, diags);
  check_state_permissions(practice, scope, diags);
  for (const auto& client : practice.clients()) check_client(client, scope, practice_has_crisis, diags);
  std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.loc.path, a.loc.line, a.loc.col) < std::tie(b.loc.path, b.loc.line, b.loc.col);
  });
  // A link or a file that cannot be read is met by more than one check: say it once.
  diags.erase(
      std::unique(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.loc == b.loc && a.message == b.message; }),
      diags.end());
  return diags;
}

}  // namespace hwk
