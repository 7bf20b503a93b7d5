// hwk client add ID | hwk client list: the practice's clients.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "io/client_data.hpp"
#include "io/files.hpp"
#include "io/plan_reader.hpp"
#include "io/plan_text.hpp"
#include "io/settings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

class ClientCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    add_ = app.add_subcommand("add", "Add a client directory with an empty plan");
    add_->add_option("ID", id_, "Client id: lowercase letters, digits, '-' and '_' (e.g. c-0042)")->required();
    add_->add_option("--name", name_, "Display name or pseudonym");
    add_->add_option("--timezone", timezone_, "IANA time zone (default: the practice's, else the machine's)")
        ->type_name("TZ");
    list_ = app.add_subcommand("list", "List clients");
    list_->add_option("--format", format_, "Output format: text or json")
        ->check(CLI::IsMember({"text", "json"}));
  }

  int run(Context& ctx) override {
    const Practice& practice = ctx.need_practice();
    return add_->parsed() ? add(ctx, practice) : list(ctx, practice);
  }

 private:
  int add(Context& ctx, const Practice& practice) {
    const ClientDir dir = practice.new_client_dir(id_);
    std::error_code ec;
    if (std::filesystem::exists(dir.dir, ec)) {
      throw Error(SourceLoc{dir.dir}, "client '" + id_ + "' already exists; not overwriting it",
                  "edit its plan with 'hwk edit " + id_ + "'");
    }
    std::string zone = timezone_;
    if (zone.empty()) {
      std::vector<Diagnostic> ignored;
      zone = read_practice_settings(practice.settings_file(), ignored).timezone;
    }
    if (zone.empty()) zone = ctx.local_zone()->name();
    if (!find_zone(zone)) throw usage_error("unknown time zone '" + zone + "'", "use an IANA name such as America/New_York");
    const std::string text = new_plan_text(id_, name_, zone);
    std::vector<Diagnostic> diags;
    if (!parse_plan(text, dir.plan(), diags) || has_errors(diags)) throw Errors(diags);

    // Built in a hidden directory and renamed into place, so a failure leaves no half client.
    make_private_dirs(practice.clients_dir());
    const auto staging = practice.clients_dir() / (".hwk-tmp-" + id_);
    std::filesystem::remove_all(staging, ec);
    try {
      make_private_dirs(staging / "templates");
      make_private_dirs(staging / "log");
      create_file_exclusive(staging / "templates" / ".gitkeep", "");
      create_file_exclusive(staging / "log" / ".gitkeep", "");
      create_file_exclusive(staging / ".gitignore", ".hwk/\n.hwk-tmp-*\n");
      create_file_exclusive(staging / "plan.toml", text);
      std::filesystem::rename(staging, dir.dir);
    } catch (...) {
      std::filesystem::remove_all(staging, ec);
      throw;
    }
    *ctx.out << "added client " << terminal_safe(id_);
    if (!name_.empty()) *ctx.out << " (" << terminal_safe(name_) << ")";
    *ctx.out << " in " << terminal_safe(zone) << "\n";
    return exit_ok;
  }

  int list(Context& ctx, const Practice& practice) {
    struct Row {
      std::string id, name, timezone;
      std::size_t assignments = 0;
      bool valid = true;
    };
    std::vector<Row> rows;
    for (const auto& id : practice.client_ids()) {
      std::vector<Diagnostic> diags;
      const auto dir = practice.client(id);
      auto plan = parse_plan(read_file(dir.plan()), dir.plan(), diags);
      Row row{id, "", "", 0, plan && !has_errors(diags)};
      if (plan) {
        row.name = plan->name;
        row.timezone = plan->timezone;
        row.assignments = plan->assignments.size();
      }
      rows.push_back(row);
    }
    if (format_ == "json") {
      *ctx.out << "{\"version\":1,\"clients\":[";
      for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        *ctx.out << (i ? "," : "") << "{\"id\":" << json_string(r.id) << ",\"name\":" << json_string(r.name)
                 << ",\"timezone\":" << json_string(r.timezone) << ",\"assignments\":" << r.assignments
                 << ",\"valid\":" << (r.valid ? "true" : "false") << "}";
      }
      *ctx.out << "]}\n";
      return exit_ok;
    }
    if (rows.empty()) return exit_ok;
    std::vector<std::vector<std::string>> table = {{"CLIENT", "NAME", "TIMEZONE", "ASSIGNMENTS"}};
    for (const auto& r : rows) {
      table.push_back({r.id, r.name, r.timezone, r.valid ? std::to_string(r.assignments) : "plan invalid: run hwk check"});
    }
    print_table(*ctx.out, table, ctx.color_out);
    return exit_ok;
  }

  CLI::App* add_ = nullptr;
  CLI::App* list_ = nullptr;
  std::string id_, name_, timezone_;
  std::string format_ = "text";
};

}  // namespace

std::unique_ptr<Command> make_client_command() { return std::make_unique<ClientCommand>(); }

}  // namespace hwk
