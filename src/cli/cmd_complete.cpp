// hwk _complete WHAT [CLIENT]: candidates for the shell completions, one per line.
#include <algorithm>
#include <ostream>
#include <set>

#include "cli/commands.hpp"
#include "io/client_data.hpp"
#include "io/log_reader.hpp"
#include "io/plan_reader.hpp"
#include "io/template_catalog.hpp"
#include "io/template_reader.hpp"
#include "model/ids.hpp"
#include "model/record_id.hpp"

namespace hwk {
namespace {

// A candidate goes into the user's command line: only an id, which cannot hold an escape
// sequence, a space or a newline; anything else a broken file holds is left out.
void candidate(std::ostream& out, const std::string& id) {
  if (is_valid_id(id)) out << id << "\n";
}

class CompleteCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("WHAT", what_, "commands, clients, templates, assignments, fields, steps or records")
        ->check(CLI::IsMember({"commands", "clients", "templates", "assignments", "fields", "steps", "records"}))
        ->required();
    app.add_option("ARGS", args_, "CLIENT for assignments and records; CLIENT ASSIGNMENT for fields and steps")
        ->type_name("[CLIENT] [ASSIGNMENT]");
  }

  // Completion must never print errors into the user's command line: failures print nothing.
  int run(Context& ctx) override {
    try {
      print(ctx);
    } catch (const std::exception&) {
    }
    return exit_ok;
  }

 private:
  void print(Context& ctx) {
    auto& out = *ctx.out;
    const Practice* p = ctx.practice ? &*ctx.practice : nullptr;
    if (what_ == "commands") {
      for (const auto& spec : command_table()) {
        if (!spec.hidden) out << spec.name << "\n";
      }
    } else if (what_ == "templates") {
      for (const auto& e : available_templates(p, ctx.builtin_templates)) candidate(out, e.id);
    } else if (p && what_ == "clients") {
      for (const auto& id : p->client_ids()) candidate(out, id);
    } else if (p && what_ == "records") {
      // Practice record ids, oldest first, for `hwk feedback`.
      const ClientDir client = !args_.empty() && is_valid_id(args_[0]) ? p->client(args_[0]) : p->implied_client();
      std::vector<Diagnostic> ignored;
      auto records = read_client_log(client, ignored);
      std::stable_sort(records.begin(), records.end(), [](const Record& x, const Record& y) { return x.at < y.at; });
      std::set<std::string> seen;
      for (const auto& r : records) {
        if (r.kind == RecordKind::practice && is_record_id(r.id) && seen.insert(r.id).second) out << r.id << "\n";
      }
    } else if (p && (what_ == "assignments" || what_ == "fields" || what_ == "steps")) {
      // "fields ASSIGNMENT" and "steps ASSIGNMENT" name no client: the implied one is meant.
      const bool named = what_ == "assignments" ? !args_.empty() : args_.size() >= 2;
      const ClientDir client = named && is_valid_id(args_[0]) ? p->client(args_[0]) : p->implied_client();
      std::vector<Diagnostic> ignored;
      const auto data = read_client_data(client, ignored);
      if (what_ == "assignments") {
        for (const auto& a : data.plan.assignments) candidate(out, a.id);
      } else if (what_ == "steps" && !args_.empty()) {
        if (const auto* a = data.plan.find_assignment(args_.back())) {
          for (const auto& s : a->steps) candidate(out, s.id);
        }
      } else if (args_.size() >= 1) {
        if (const auto* t = data.template_for(args_.back())) {
          for (const auto& f : t->fields) candidate(out, f.id);
        }
      }
    }
  }

  std::string what_;
  std::vector<std::string> args_;
};

}  // namespace

std::unique_ptr<Command> make_complete_command() { return std::make_unique<CompleteCommand>(); }

}  // namespace hwk
