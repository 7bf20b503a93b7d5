// hwk client add ID | hwk client link ID URL | hwk client list: the practice's clients.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/git_setup.hpp"
#include "cli/terminal.hpp"
#include "io/client_data.hpp"
#include "io/files.hpp"
#include "io/git.hpp"
#include "io/plan_reader.hpp"
#include "io/plan_text.hpp"
#include "io/practice_setup.hpp"
#include "io/settings.hpp"
#include "report/client_list.hpp"
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
    add_->add_option("--timezone", timezone_, "IANA time zone (default: the practice's, else the machine's)")->type_name("TZ");
    link_ = app.add_subcommand("link", "Link a client's own git repository into the practice, following a branch");
    link_->add_option("ID", id_, "Client id: lowercase letters, digits, '-' and '_' (e.g. c-0042)")->required();
    link_->add_option("URL", url_, "Where the client's repository is (any URL or path git clones)")->required();
    link_->add_option("--branch", branch_, "The branch to follow (default: the repository's default branch)")->type_name("BRANCH");
    list_ = app.add_subcommand("list", "List clients");
    list_->add_option("--format", format_, "Output format: text or json")->check(CLI::IsMember({"text", "json"}));
  }

  int run(Context& ctx) override {
    const Practice& practice = ctx.need_practice();
    if (link_->parsed()) return link(ctx, practice);
    return add_->parsed() ? add(ctx, practice) : list(ctx, practice);
  }

 private:
  int add(Context& ctx, const Practice& practice) {
    const ClientDir dir = practice.new_client_dir(id_);
    if (client_folder_state(dir) != ClientFolder::missing) {
      throw Error(SourceLoc{dir.dir}, "client '" + id_ + "' already exists; not overwriting it", "edit its plan with 'hwk edit " + id_ + "'");
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
    if (!parse_plan(text, dir.plan(), diags) || has_errors(diags)) throw Error(diags);
    create_client_folder(practice, dir, text);
    *ctx.out << "added client " << terminal_safe(id_);
    if (!name_.empty()) *ctx.out << " (" << terminal_safe(name_) << ")";
    *ctx.out << " in " << terminal_safe(zone) << "\n";
    return exit_ok;
  }

  // A git submodule at clients/ID that follows a branch and is merged into, never detached, with
  // the owner-only hooks in it and in the practice. Undone when what was cloned is not a client's.
  int link(Context& ctx, const Practice& practice) {
    if (practice.single_client) throw Error("clients are linked into a practice, not into a client's own repository");
    const ClientDir dir = practice.new_client_dir(id_);
    const ClientFolder folder = client_folder_state(dir);
    const bool existing = folder != ClientFolder::missing;
    if (folder == ClientFolder::repository) {
      throw Error(SourceLoc{dir.dir}, "client '" + id_ + "' is a git repository already; not linking another over it",
                  "run 'hwk hooks' to set up a client that is linked already");
    }
    if (folder == ClientFolder::without_plan) {
      throw Error(SourceLoc{dir.dir}, "'" + dir.dir.string() + "' is there and holds no plan.toml; not linking over it");
    }
    if (url_.empty() || url_[0] == '-') throw usage_error("invalid URL '" + url_ + "'", "give where the client's repository is");
    const auto top = git_line(practice.root, {"rev-parse", "--show-toplevel"});
    if (!top) throw Error("the practice is not a git repository", "run 'git init' in it first");
    make_private_dirs(practice.clients_dir());
    const std::string path = client_path_in(*top, dir);
    if (existing) publish(*top, dir, path);
    std::vector<std::string> add = {"submodule", "add", "--quiet"};
    if (!branch_.empty()) add.insert(add.end(), {"-b", branch_});
    add.insert(add.end(), {"--", url_, path});
    git_or_throw(*top, add, existing ? "linking '" + path + "'" : "cloning '" + url_ + "'");
    if (existing) git_or_throw(*top, {"submodule", "absorbgitdirs", "--", path}, "moving the client's .git into the practice's");
    if (!has_plan_file(dir)) {
      // Not a client's repository: as if it had never been added.
      run_git(*top, {"rm", "-q", "-f", "--", path}, true, true);
      if (auto modules = git_line(*top, {"rev-parse", "--git-path", "modules/" + path})) {
        remove_tree_quietly(std::filesystem::path(*modules).is_absolute() ? std::filesystem::path(*modules) : std::filesystem::path(*top) / *modules);
      }
      throw Error(SourceLoc{dir.plan()}, "'" + url_ + "' holds no plan.toml, so it is not a client's repository; nothing was linked",
                  "a client's repository is a client's folder (hwk client add) made a repository of its own");
    }
    Submodule s{path, path, branch_};
    if (s.branch.empty()) {
      s.branch = git_line(dir.dir, {"symbolic-ref", "--short", "HEAD"}).value_or("");
      if (s.branch.empty()) throw Error(SourceLoc{dir.dir}, "the cloned repository is on no branch", "name one with --branch");
    }
    git_or_throw(*top, {"config", "--file", ".gitmodules", "submodule." + path + ".branch", s.branch}, "writing .gitmodules");
    git_or_throw(*top, {"config", "--file", ".gitmodules", "submodule." + path + ".update", "merge"}, "writing .gitmodules");
    git_or_throw(*top, {"add", "--", ".gitmodules"}, "staging .gitmodules");
    set_up_repository(ctx, practice.root, "");
    set_up_linked_client(ctx, *top, s);
    *ctx.out << "linked client " << terminal_safe(id_) << " from " << terminal_safe(url_) << ", following branch " << terminal_safe(s.branch) << "\n";
    *ctx.out << "commit it with: git commit -m " << terminal_safe("'Link " + id_ + "'") << "\n";
    return exit_ok;
  }

  // A client folder of the practice made a repository of its own and pushed to the empty one at
  // the URL, on the branch asked for (main by default), so that it can be linked like any other.
  void publish(const std::filesystem::path& top, const ClientDir& dir, const std::string& path) {
    if (branch_.empty()) branch_ = "main";
    try {
      git_or_throw(dir.dir, {"init", "--quiet", "--initial-branch=" + branch_}, "making '" + path + "' a repository");
      git_or_throw(dir.dir, {"add", "--all"}, "adding the client's files");
      git_or_throw(dir.dir, {"commit", "--quiet", "-m", "Start " + id_ + "'s own repository"}, "committing the client's files");
      git_or_throw(dir.dir, {"remote", "add", "origin", url_}, "naming the remote");
      git_or_throw(dir.dir, {"push", "--quiet", "--set-upstream", "origin", branch_}, "pushing to '" + url_ + "'");
    } catch (const Error&) {
      remove_tree_quietly(dir.dir / ".git");  // the folder as it was
      throw;
    }
    // The practice kept the folder's files itself until now; from here on the submodule does.
    run_git(top, {"rm", "-r", "-q", "--cached", "--ignore-unmatch", "--", path}, true, true);
  }

  int list(Context& ctx, const Practice& practice) {
    std::vector<ClientListRow> rows;
    for (const auto& id : practice.client_ids()) {
      std::vector<Diagnostic> diags;
      const auto dir = practice.client(id);
      auto plan = parse_plan(read_file(dir.plan()), dir.plan(), diags);
      ClientListRow row{id, "", "", 0, plan && !has_errors(diags)};
      if (plan) {
        row.name = plan->name;
        row.timezone = plan->timezone;
        row.assignments = plan->assignments.size();
      }
      rows.push_back(row);
    }
    *ctx.out << (format_ == "json" ? render_client_list_json(rows) : render_client_list_text(rows, ctx.color_out, ctx.width));
    return exit_ok;
  }

  CLI::App* add_ = nullptr;
  CLI::App* link_ = nullptr;
  CLI::App* list_ = nullptr;
  std::string id_, name_, timezone_;
  std::string url_, branch_;
  std::string format_ = "text";
};

}  // namespace

std::unique_ptr<Command> make_client_command() { return std::make_unique<ClientCommand>(); }

}  // namespace hwk
