// Loading a client's plan and templates.
#include "io/client_data.hpp"

#include "io/files.hpp"
#include "io/plan_reader.hpp"
#include "io/template_catalog.hpp"
#include "io/template_reader.hpp"
#include "model/field_value.hpp"
#include "model/ids.hpp"

namespace hwk {
namespace {

// The fields an assignment's rules and triggers name must be numeric fields of its template;
// a wrong one is reported at its word in the plan.
void check_rule_fields(const Assignment& a, const Template& t, std::vector<Diagnostic>& diags) {
  const auto check = [&](const std::vector<Condition>& conditions, const SourceLoc& at) {
    for (const auto& c : conditions) {
      if (auto problem = condition_field_problem(c, t); !problem.empty()) {
        SourceLoc loc = at;
        loc.col += 1 + static_cast<int>(condition_problem_column(c, t));
        diags.push_back({loc, Severity::error, problem, {}});
      }
    }
  };
  if (a.advance) check(a.advance->conditions, a.advance_loc);
  for (const auto& s : a.steps) {
    if (s.advance) check(s.advance->conditions, s.advance_loc);
    for (const auto& [field, value] : s.expected) {
      if (const Field* f = t.find_field(field); !f || !is_numeric(f->type)) {
        diags.push_back({s.loc,
                         Severity::error,
                         "step '" + s.id + "' expects a rating of '" + field + "', which is not a numeric field of template '" + t.id + "'",
                         {}});
      }
    }
  }
  for (const auto& tr : a.triggers) check(tr.when, tr.when_loc);
}

}  // namespace

std::optional<Template> read_client_template(const ClientDir& dir, const std::string& id, int version, std::vector<Diagnostic>& diags) {
  const auto path = client_template_path(dir, id, version);
  std::string text;
  try {
    text = read_file(path);
  } catch (const Error& e) {
    diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
    return std::nullopt;
  }
  auto t = parse_template_cached(text, path, diags);
  if (t && (t->id != id || t->version != version)) {
    diags.push_back({{path, 1, 1},
                     Severity::error,
                     "the copy holds template '" + t->id + "' version " + std::to_string(t->version) + ", not what its file name says",
                     "restore it with 'git checkout' or copy it again with 'hwk assign'"});
    return std::nullopt;
  }
  return t;
}

ClientData read_client_data(const ClientDir& dir, std::vector<Diagnostic>& diags) {
  ClientData data;
  data.dir = dir;
  std::string text;
  try {
    text = read_file(dir.plan());
  } catch (const Error& e) {
    diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
    return data;
  }
  auto plan = parse_plan(text, dir.plan(), diags);
  if (!plan) return data;
  data.plan = std::move(*plan);
  for (const auto& a : data.plan.assignments) {
    if (!is_valid_id(a.template_id)) continue;  // the plan's reader reported it; it names no file
    const auto path = find_client_template(dir, a.template_id, a.template_version);
    if (!path) {
      std::string what = "template '" + a.template_id + "'";
      if (a.template_version) what += " version " + std::to_string(*a.template_version);
      diags.push_back({a.loc, Severity::error, what + " is not copied into " + dir.templates().filename().string() + "/ of client '" + dir.id + "'",
                       "run 'hwk assign' to copy it, or restore the file from git"});
      continue;
    }
    const auto parsed = parse_client_template_name(path->filename().string());
    if (auto t = read_client_template(dir, parsed->first, parsed->second, diags)) {
      check_rule_fields(a, *t, diags);
      data.templates.emplace(a.id, std::move(*t));
    }
  }
  return data;
}

ClientData load_client_data(const ClientDir& dir) {
  std::vector<Diagnostic> diags;
  auto data = read_client_data(dir, diags);
  if (has_errors(diags)) throw Error(diags);
  return data;
}

}  // namespace hwk

namespace hwk {

TemplateCopy prepare_template_copy(const ClientDir& client, const std::filesystem::path& source) {
  TemplateCopy copy;
  copy.text = read_file(source);
  std::vector<Diagnostic> diags;
  auto t = parse_template(copy.text, source, diags);
  if (!t || has_errors(diags)) throw Error(diags);
  copy.tmpl = std::move(*t);
  copy.target = client_template_path(client, copy.tmpl.id, copy.tmpl.version);
  std::error_code ec;
  if (!std::filesystem::exists(copy.target, ec)) {
    copy.needed = true;
  } else if (const std::string existing = read_file(copy.target); existing != copy.text) {
    // The client's copy of this version stays what its records were made with.
    std::vector<Diagnostic> copy_diags;
    auto kept = parse_template(existing, copy.target, copy_diags);
    if (!kept || has_errors(copy_diags)) throw Error(copy_diags);
    if (same_meaning(*kept, copy.tmpl)) {
      // Only translations or layout changed: the copy is refreshed, records read the same.
      copy.needed = true;
      return copy;
    }
    copy.warning = Diagnostic{{source},
                              Severity::warning,
                              "template '" + copy.tmpl.id + "' version " + std::to_string(copy.tmpl.version) + " differs from the copy client '" +
                                  client.id + "' already uses; keeping that copy",
                              "raise 'version' in the template when you change what it asks, so records keep their meaning"};
    copy.tmpl = std::move(*kept);
    copy.text = existing;
  }
  return copy;
}

void commit_template_copy(const TemplateCopy& copy) {
  if (!copy.needed) return;
  make_private_dirs(copy.target.parent_path());
  DirLock lock(copy.target.parent_path());
  write_file_atomic(copy.target, copy.text);
}

}  // namespace hwk
