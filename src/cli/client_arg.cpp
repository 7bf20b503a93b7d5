// Client and assignment arguments.
#include "cli/client_arg.hpp"

#include "io/files.hpp"
#include "io/log_reader.hpp"
#include "io/settings.hpp"
#include "io/template_catalog.hpp"
#include "io/template_reader.hpp"
#include "model/ids.hpp"
#include "util/read_ahead.hpp"
#include "util/strings.hpp"

namespace hwk {

ClientDir resolve_client(const Context& ctx, const std::string& id) {
  const Practice& p = ctx.need_practice();
  return id.empty() ? p.implied_client() : p.client(id);
}

ClientList::ClientList(const Context& ctx, const std::vector<std::string>& ids) {
  const Practice& p = ctx.need_practice();
  for (const auto& id : ids) checked_.push_back(p.client(id));
  if (!ids.empty()) return;
  if (p.single_client) checked_ = p.clients();
  else folders_ = p.client_folders(), clients_dir_ = p.clients_dir();
}

std::optional<ClientDir> ClientList::at(std::size_t i, OpenDirs& dirs) const {
  if (!checked_.empty()) return checked_[i];
  const std::string& id = folders_[i];
  const int fd = dirs.dir_fd(clients_dir_);
  if (fd < 0 || !folder_holds_plan(fd, id)) return std::nullopt;
  return ClientDir{id, clients_dir_ / id};
}

namespace {

std::filesystem::path report_cache_dir(const Context& ctx) { return ctx.practice ? cache_dir(*ctx.practice) : std::filesystem::path{}; }

// The report's view of a client that was read; nothing when it is invalid, its errors in `errors`.
std::optional<ClientData> report_data(ClientData data, std::vector<Diagnostic> diags, std::vector<Diagnostic>& errors) {
  if (has_errors(diags) || !data.plan.zone) {
    for (auto& d : diags) {
      if (d.severity == Severity::error) errors.push_back(std::move(d));
    }
    if (errors.empty()) errors.push_back({SourceLoc{data.plan.path}, Severity::error, "the plan has no valid time zone", {}});
    return std::nullopt;
  }
  // A record whose answers say it was not done counts as what they say (hwk-template(5)).
  settle_statuses(data.records, [&](const std::string& assignment) { return data.template_for(assignment); });
  return data;
}

}  // namespace

ClientData load_client_for_report(const Context& ctx, const ClientDir& dir) {
  std::vector<Diagnostic> errors;
  auto out = read_client_quietly(ctx, dir, ReportReading{}, errors);
  if (!out) throw Error(errors);
  return std::move(*out);
}

std::optional<ClientData> read_client_quietly(const Context& ctx, const ClientDir& dir, const ReportReading& reading, std::vector<Diagnostic>& errors,
                                              OpenDirs* dirs) {
  std::vector<Diagnostic> diags;
  auto data = read_client_for_window(dir, report_cache_dir(ctx), reading.templates, reading.window, diags, dirs);
  return report_data(std::move(data), std::move(diags), errors);
}

void report_errors(const Context& ctx, const std::vector<Diagnostic>& errors) {
  for (const auto& d : errors) ctx.report(d);
}

std::optional<ClientData> read_client_for_report(const Context& ctx, const ClientDir& dir, const ReportReading& reading) {
  std::vector<Diagnostic> errors;
  auto out = read_client_quietly(ctx, dir, reading, errors);
  report_errors(ctx, errors);
  return out;
}

std::map<std::string, std::string> client_titles(const Context& ctx, const ClientData& data, bool discreet) {
  const std::string language = data.plan.language.empty() ? ctx.language : data.plan.language;
  std::map<std::string, std::string> titles;
  for (const auto& a : data.plan.assignments) {
    const Template* t = data.template_for(a.id);
    titles[a.id] = discreet ? discreet_title : t ? localized_title(*t, language) : a.id;
  }
  return titles;
}

PracticeSettings practice_settings(const Practice& practice) {
  if (practice.single_client) return {};
  std::vector<Diagnostic> ignored;
  return read_practice_settings(practice.settings_file(), ignored, false);
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
  std::string hint = ids.empty() ? "the plan has no assignments yet; add one with 'hwk assign'" : "the plan's assignments are: " + join(ids, ", ");
  if (auto m = closest_match(id, ids)) hint = "did you mean '" + *m + "'?";
  throw Error(SourceLoc{data.plan.path}, "unknown assignment '" + id + "' for client '" + data.dir.id + "'", hint);
}

Instant parse_time_option(const Context& ctx, const std::string& option, const std::string& text, Zone zone) {
  std::string error;
  auto t = parse_time_point(text, zone, ctx.now, error);
  // Or as people say it: "yesterday 8am", "tuesday 20:00".
  if (std::string spoken_error; !t) t = parse_spoken_time(text, zone, ctx.now, spoken_error);
  if (!t) throw usage_error("invalid " + option + " '" + text + "': " + error, "or say it like 'yesterday 8am' or 'tuesday 20:00'");
  if (*t > ctx.now + std::chrono::minutes(5)) {
    throw usage_error(option + " " + text + " is in the future", "give the time it happened, which cannot be later than now");
  }
  if (*t < record_time_min()) {
    throw usage_error(option + " " + text + " is before 1970-01-01", "a record's times lie from 1970 to 9999, as the log's readers take them");
  }
  return *t;
}

}  // namespace hwk
