// hwk export [CLIENT] --format ics|json|csv [-o FILE]: a calendar feed or the client's data.
#include <iostream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/output_arg.hpp"
#include "io/client_data.hpp"
#include "io/files.hpp"
#include "io/log_reader.hpp"
#include "report/export.hpp"
#include "report/ics.hpp"
#include "schedule/occurrences.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

// Text for a terminal: CRLF shown as plain newlines, anything a terminal would act on made visible.
std::string for_terminal(const std::string& text) {
  std::string lf;
  lf.reserve(text.size());
  for (std::size_t k = 0; k < text.size(); ++k) {
    if (text[k] == '\r' && k + 1 < text.size() && text[k + 1] == '\n') continue;
    lf += text[k];
  }
  return terminal_safe(lf, Newlines::keep);
}

class ExportCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("CLIENT", client_, "The client (may be left out when there is only one)");
    app.add_option("--format", format_, "ics (a calendar to subscribe to), json or csv (the plan and every record)")
        ->required()
        ->check(CLI::IsMember({"ics", "json", "csv"}));
    app.add_option("-o,--output", output_, "Write to FILE (mode 0600) instead of standard output")->type_name("FILE");
    app.add_flag("--force", force_, "Replace FILE when it exists");
  }

  int run(Context& ctx) override {
    const Practice& practice = ctx.need_practice();
    const ClientDir dir = resolve_client(ctx, client_);
    const std::filesystem::path target = output_target(ctx, output_, force_);
    std::vector<Diagnostic> diags;
    const auto data = read_client_data(dir, diags);
    const auto records = format_ == "ics" ? std::vector<Record>{} : read_client_log(dir, diags);
    if (has_errors(diags) || !data.plan.zone) {
      std::vector<Diagnostic> errors;
      for (const auto& d : diags) {
        if (d.severity == Severity::error) errors.push_back(d);
      }
      if (errors.empty()) errors.push_back({SourceLoc{data.plan.path}, Severity::error, "the plan has no valid time zone", {}});
      throw Error(errors);
    }
    for (const auto& d : diags) ctx.report(d);

    std::string text;
    if (format_ == "ics") {
      const auto settings = practice_settings(practice);
      const bool discreet = settings.discreet || data.plan.discreet;
      const auto titles = client_titles(ctx, data, discreet);
      std::map<std::string, IcsActivity> activities;
      for (const auto& [id, t] : data.templates) activities[id] = {titles.at(id), t.minutes, {}};
      // Discreet: the UIDs name each activity by its place in the plan, not by its id.
      for (std::size_t i = 0; discreet && i < data.plan.assignments.size(); ++i) {
        if (auto it = activities.find(data.plan.assignments[i].id); it != activities.end()) it->second.uid = "practice-" + std::to_string(i + 1);
      }
      text = render_ics(data.plan, activities, ctx.now, week_start_from_name(settings.week_start), discreet);
    } else if (format_ == "json") {
      std::map<std::string, int> versions;
      for (const auto& [id, t] : data.templates) versions[id] = t.version;
      text = render_export_json(data.plan, versions, records);
    } else {
      text = render_export_csv(records, data.plan.zone);
    }

    if (target.empty()) {
      *ctx.out << (ctx.interactive ? for_terminal(text) : text);
      ctx.out->flush();
      return exit_ok;
    }
    write_output_file(target, text, force_);
    return exit_ok;
  }

 private:
  std::string client_, format_, output_;
  bool force_ = false;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace hwk
