// hwk edit [CLIENT]: edit a plan in $VISUAL/$EDITOR; it is validated before it replaces the plan.
#include <ostream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/editor.hpp"
#include "io/files.hpp"
#include "io/plan_reader.hpp"
#include "io/template_catalog.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

class EditCommand : public Command {
 public:
  void configure(CLI::App& app) override { app.add_option("CLIENT", client_, "Client id (may be left out when there is one client)"); }

  int run(Context& ctx) override {
    const Practice& practice = ctx.need_practice();
    const ClientDir client = resolve_client(ctx, client_);
    const std::string original = read_file(client.plan());
    // The draft's base is the plan as it was when the draft was made: a draft is only ever
    // written over that plan.
    const EditDraft draft = plan_draft(practice, client.id);
    if (draft_exists(draft)) {
      // An earlier edit was refused and kept: resume it, unless the plan changed after it was
      // made (a draft kept by an older hwk, without its base, only when it is the plan itself).
      if (draft_base_text(draft) != original) {
        throw Error(SourceLoc{draft.file}, "the plan changed after your earlier edit was kept here; it was not written over the plan",
                    "merge it into " + client.plan().string() + " by hand, then delete the draft");
      }
      ctx.report({{draft.file}, Severity::note, "resuming your earlier edit", {}});
    } else {
      write_draft(draft, original);
    }
    const EditWords words{"the edited plan is not valid; the plan was not changed", "your edit is kept in ",
                          "What now? (e)dit again or (d)iscard your changes?", "discarded your changes; the plan was not changed"};
    const auto accept = [&](const std::string& edited) {
      std::vector<Diagnostic> diags;
      std::vector<TemplateCopy> copies = validate(ctx, practice, client, edited, draft.file, diags);
      if (has_errors(diags)) {
        for (auto& d : diags) {
          if (d.loc.path == draft.file) d.loc.path = client.plan();
        }
        return diags;
      }
      DirLock lock(client.dir);
      if (read_file(client.plan()) != original) {
        throw Error(SourceLoc{client.plan()}, "the plan was changed by someone else while you edited it",
                    "your version is kept in " + draft.file.string() + "; merge it by hand");
      }
      for (const auto& c : copies) commit_template_copy(c);
      write_file_atomic(client.plan(), edited);
      return std::vector<Diagnostic>{};
    };
    if (edit_until_valid(ctx, draft, original, words, accept) == EditOutcome::unchanged) {
      *ctx.err << "hwk: plan of " << terminal_safe(client.id) << " unchanged\n";
    } else {
      *ctx.out << "updated the plan of " << terminal_safe(client.id) << "\n";
    }
    return exit_ok;
  }

 private:
  // Validates the edited plan, and prepares the template copies any new assignment needs.
  static std::vector<TemplateCopy> validate(const Context& ctx, const Practice& practice, const ClientDir& client, const std::string& text,
                                            const std::filesystem::path& path, std::vector<Diagnostic>& diags) {
    std::vector<TemplateCopy> copies;
    const auto plan = parse_plan(text, path, diags);
    if (!plan) return copies;
    if (!plan->client.empty() && plan->client != client.id) {
      diags.push_back({{path, 1, 1}, Severity::error, "the plan must keep client = \"" + client.id + "\"", {}});
    }
    for (const auto& a : plan->assignments) {
      if (find_client_template(client, a.template_id, a.template_version)) continue;
      const auto entry = find_available_template(&practice, ctx.builtin_templates, a.template_id);
      if (!entry) {
        diags.push_back({a.loc, Severity::error, "unknown template '" + a.template_id + "'", "run 'hwk template list' to see them"});
        continue;
      }
      try {
        auto copy = prepare_template_copy(client, entry->path);
        if (a.template_version && *a.template_version != copy.tmpl.version) {
          diags.push_back({a.loc, Severity::error,
                           "template '" + a.template_id + "' version " + std::to_string(*a.template_version) + " is not available",
                           "the available version is " + std::to_string(copy.tmpl.version)});
          continue;
        }
        if (copy.warning) diags.push_back(*copy.warning);
        copies.push_back(std::move(copy));
      } catch (const Error& e) {
        diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
      }
    }
    return copies;
  }

  std::string client_;
};

}  // namespace

std::unique_ptr<Command> make_edit_command() { return std::make_unique<EditCommand>(); }

}  // namespace hwk
