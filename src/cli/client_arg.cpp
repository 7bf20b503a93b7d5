// Client and assignment arguments.
#include "cli/client_arg.hpp"

#include "io/files.hpp"
#include "io/log_reader.hpp"
#include "io/template_catalog.hpp"
#include "io/template_reader.hpp"
#include "io/settings.hpp"
#include "model/ids.hpp"
#include "util/strings.hpp"

namespace hwk {

ClientDir resolve_client(const Context& ctx, const std::string& id) {
  const Practice& p = ctx.need_practice();
  return id.empty() ? p.implied_client() : p.client(id);
}

std::vector<ClientDir> resolve_clients(const Context& ctx, const std::vector<std::string>& ids) {
  const Practice& p = ctx.need_practice();
  std::vector<ClientDir> out;
  for (const auto& id : ids.empty() ? p.client_ids() : ids) out.push_back(p.client(id));
  return out;
}

ClientReportData load_client_for_report(const Context& ctx, const ClientDir& dir) {
  std::vector<Diagnostic> diags;
  ClientReportData out{read_client_data(dir, diags), {}, {}};
  out.records = read_client_log(dir, diags);
  if (has_errors(diags) || !out.data.plan.zone) {
    std::vector<Diagnostic> errors;
    for (const auto& d : diags) {
      if (d.severity == Severity::error) errors.push_back(d);
    }
    if (errors.empty()) errors.push_back({SourceLoc{out.data.plan.path}, Severity::error, "the plan has no valid time zone", {}});
    throw Errors(errors);
  }
  out.titles = client_titles(ctx, out.data, false);
  return out;
}

std::optional<ClientReportData> read_client_for_report(const Context& ctx, const ClientDir& dir) {
  try {
    return load_client_for_report(ctx, dir);
  } catch (const Errors& e) {
    for (const auto& d : e.diagnostics()) ctx.report(d);
    return std::nullopt;
  }
}

std::map<std::string, std::string> client_titles(const Context& ctx, const ClientData& data, bool discreet) {
  const std::string language = data.plan.language.empty() ? ctx.language : data.plan.language;
  std::map<std::string, std::string> titles;
  for (const auto& [id, t] : data.templates) titles[id] = discreet ? discreet_title : localized(t, language).title;
  return titles;
}

bool for_each_client_report(const Context& ctx, const std::vector<std::string>& ids,
                            const std::function<void(const ClientDir&, ClientReportData&)>& report) {
  bool skipped = false;
  for (const auto& dir : resolve_clients(ctx, ids)) {
    auto client = read_client_for_report(ctx, dir);
    if (client) report(dir, *client);
    else skipped = true;
  }
  return skipped;
}

PracticeSettings practice_settings(const Practice& practice) {
  if (practice.single_client) return {};
  std::vector<Diagnostic> ignored;
  return read_practice_settings(practice.settings_file(), ignored);
}

TemplateEntry require_available_template(const Context& ctx, const std::string& id) {
  if (const auto problem = id_problem(id); !problem.empty()) {
    throw usage_error("invalid template id '" + id + "': it " + problem);
  }
  const Practice* practice = ctx.practice ? &*ctx.practice : nullptr;
  if (auto e = find_available_template(practice, ctx.builtin_templates, id)) return *e;
  std::vector<std::string> ids;
  for (const auto& e : available_templates(practice, ctx.builtin_templates)) ids.push_back(e.id);
  std::string hint = "run 'hwk template list' to see them";
  if (auto m = closest_match(id, ids)) hint = "did you mean '" + *m + "'?";
  throw Error("unknown template '" + id + "'", hint);
}

std::optional<std::string> available_template_title(const Context& ctx, const std::string& id, const std::string& language) {
  if (!id_problem(id).empty()) return std::nullopt;
  const auto entry = find_available_template(ctx.practice ? &*ctx.practice : nullptr, ctx.builtin_templates, id);
  if (!entry) return std::nullopt;
  try {
    std::vector<Diagnostic> ignored;
    if (auto t = parse_template_cached(read_file(entry->path), entry->path, ignored)) return localized(*t, language).title;
  } catch (const Error&) {
  }
  return std::nullopt;
}

const Assignment& resolve_assignment(const ClientData& data, const std::string& id) {
  if (const auto problem = id_problem(id); !problem.empty()) {
    throw usage_error("invalid assignment id '" + id + "': it " + problem);
  }
  if (const auto* a = data.plan.find_assignment(id)) return *a;
  std::vector<std::string> ids;
  for (const auto& a : data.plan.assignments) ids.push_back(a.id);
  std::string hint = ids.empty() ? "the plan has no assignments yet; add one with 'hwk assign'"
                                 : "the plan's assignments are: " + join(ids, ", ");
  if (auto m = closest_match(id, ids)) hint = "did you mean '" + *m + "'?";
  throw Error(SourceLoc{data.plan.path}, "unknown assignment '" + id + "' for client '" + data.dir.id + "'", hint);
}

Instant parse_time_option(const Context& ctx, const std::string& option, const std::string& text, Zone zone) {
  std::string error;
  const auto t = parse_time_point(text, zone, ctx.now, error);
  if (!t) throw usage_error("invalid " + option + " '" + text + "': " + error);
  if (*t > ctx.now + std::chrono::minutes(5)) {
    throw usage_error(option + " " + text + " is in the future", "give the time it happened, which cannot be later than now");
  }
  return *t;
}

}  // namespace hwk
