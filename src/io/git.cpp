// Running git, and the owner-only hooks.
#include "io/git.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include "diag/diag.hpp"
#include "io/files.hpp"

namespace hwk {

GitRun run_git(const fs::path& dir, const std::vector<std::string>& args, bool capture, bool quiet) {
  std::vector<std::string> words = {"git", "-C", dir.string()};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);

  int pipe_fds[2] = {-1, -1};
  if (capture && ::pipe2(pipe_fds, O_CLOEXEC) != 0) throw Error(std::string("cannot run git: ") + std::strerror(errno));
  const pid_t pid = ::fork();
  if (pid < 0) {
    if (capture) ::close(pipe_fds[0]), ::close(pipe_fds[1]);
    throw Error(std::string("cannot run git: ") + std::strerror(errno));
  }
  if (pid == 0) {
    std::signal(SIGPIPE, SIG_DFL);
    if (capture) ::dup2(pipe_fds[1], STDOUT_FILENO);
    if (quiet) {
      const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
      if (null >= 0) ::dup2(null, STDERR_FILENO);
    }
    ::execvp("git", argv.data());
    ::_exit(127);
  }
  GitRun run;
  if (capture) {
    ::close(pipe_fds[1]);
    char buffer[4096];
    for (;;) {
      const ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
      if (n > 0) run.out.append(buffer, static_cast<std::size_t>(n));
      else if (n == 0 || errno != EINTR) break;
    }
    ::close(pipe_fds[0]);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw Error(std::string("cannot wait for git: ") + std::strerror(errno));
  }
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  if (run.status == 127) throw Error("cannot run git", "install git (the Debian package 'git')");
  return run;
}

std::optional<std::string> git_line(const fs::path& dir, const std::vector<std::string>& args) {
  const GitRun run = run_git(dir, args, true, true);
  if (run.status != 0) return std::nullopt;
  return run.out.substr(0, run.out.find('\n'));
}

void git_or_throw(const fs::path& dir, const std::vector<std::string>& args, const std::string& what) {
  if (run_git(dir, args, false).status != 0) throw Error(what + " failed (git said why above)");
}

std::string owner_only_hook_text() {
  return "#!/bin/sh\n"
         "# hwk owner-only hook, written by 'hwk hooks' (delete this file to stop it).\n"
         "# What git has just written is made its owner's only, as hwk makes every file it writes.\n"
         "# Only files and folders that others may read, write or enter are changed, so the others\n"
         "# keep their change time.\n"
         "for d in \"$(git rev-parse --show-toplevel)\" \"$(git rev-parse --absolute-git-dir)\"; do\n"
         "  [ -d \"$d\" ] && find \"$d\" -perm /077 ! -type l -exec chmod go-rwx {} + 2>/dev/null\n"
         "done\n"
         "exit 0\n";
}

bool is_hwk_hook(const std::string& text) { return text.find("# hwk owner-only hook") != std::string::npos; }

void make_tree_private(const fs::path& dir) {
  std::error_code ec;
  const auto tighten = [](const fs::path& p) {
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0 || S_ISLNK(st.st_mode) || (st.st_mode & 077) == 0) return;
    ::chmod(p.c_str(), st.st_mode & 07700);
  };
  tighten(dir);
  for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end; it.increment(ec)) {
    tighten(it->path());
  }
}

HookReport install_owner_only_hooks(const fs::path& dir) {
  // The working tree's top, the git folder and the hooks folder, one a line, from one run of git.
  const GitRun where = run_git(dir, {"rev-parse", "--show-toplevel", "--absolute-git-dir", "--git-path", "hooks"}, true, true);
  std::vector<std::string> lines;
  for (std::size_t at = 0, end; at < where.out.size(); at = end + 1) {
    end = std::min(where.out.find('\n', at), where.out.size());
    lines.push_back(where.out.substr(at, end - at));
  }
  if (where.status != 0 || lines.size() < 3) {
    throw Error("not in a git repository", "run 'git init' here first, or clone the repository");
  }
  const fs::path git_dir = lines[1], hooks = lines[2];
  // What git itself writes in .git (objects, refs, the index) is made owner-only by git.
  git_or_throw(dir, {"config", "core.sharedRepository", "0600"}, "making the repository owner-only");
  HookReport report;
  report.top = lines[0];
  report.dir = hooks.is_absolute() ? hooks : dir / hooks;
  if (auto path = git_line(dir, {"config", "--get", "core.hooksPath"}); path && !path->empty()) {
    report.hooks_path = *path;
  } else {
    make_private_dirs(report.dir);
    const std::string text = owner_only_hook_text();
    for (const auto& name : owner_only_hook_names()) {
      const fs::path file = report.dir / name;
      std::error_code ec;
      if (fs::exists(file, ec)) {
        const std::string old = read_file(file);
        if (old == text) {
          report.installed.push_back(name);
          continue;
        }
        if (!is_hwk_hook(old)) {
          report.foreign.push_back(name);
          continue;
        }
      }
      DirLock lock(report.dir);
      write_file_atomic(file, text);
      fs::permissions(file, fs::perms::owner_all, fs::perm_options::replace);
      report.installed.push_back(name);
    }
  }
  make_tree_private(report.top);
  // A submodule's git folder lies outside its working tree; a repository's own .git was just walked.
  if (git_dir.lexically_relative(report.top).native().rfind("..", 0) == 0) make_tree_private(git_dir);
  return report;
}

std::vector<Submodule> list_submodules(const fs::path& top) {
  std::vector<Submodule> out;
  std::error_code ec;
  if (!fs::exists(top / ".gitmodules", ec)) return out;
  const GitRun run = run_git(top, {"config", "--file", ".gitmodules", "--get-regexp", R"(^submodule\..*\.path$)"}, true, true);
  std::size_t at = 0;
  while (at < run.out.size()) {
    const std::size_t end = std::min(run.out.find('\n', at), run.out.size());
    const std::string line = run.out.substr(at, end - at);
    at = end + 1;
    const std::size_t space = line.find(' ');
    const std::string key = line.substr(0, space);  // submodule.NAME.path
    if (space == std::string::npos || key.size() <= std::string("submodule..path").size()) continue;
    Submodule s;
    s.name = key.substr(10, key.size() - 10 - 5);
    s.path = line.substr(space + 1);
    s.branch = git_line(top, {"config", "--file", ".gitmodules", "--get", "submodule." + s.name + ".branch"}).value_or("");
    out.push_back(std::move(s));
  }
  return out;
}

BranchState ensure_on_branch(const fs::path& top, const Submodule& s) {
  if (s.branch.empty()) return BranchState::no_branch;
  git_or_throw(top, {"config", "submodule." + s.name + ".update", "merge"}, "setting how '" + s.path + "' is updated");
  const fs::path dir = top / s.path;
  std::error_code ec;
  if (!fs::exists(dir / ".git", ec)) return BranchState::not_checked_out;
  if (run_git(dir, {"symbolic-ref", "-q", "HEAD"}, true, true).status == 0) return BranchState::on_branch;
  const std::string ref = "refs/heads/" + s.branch;
  if (run_git(dir, {"rev-parse", "--verify", "-q", ref}, true, true).status == 0) {
    if (run_git(dir, {"merge-base", "--is-ancestor", ref, "HEAD"}, true, true).status != 0) return BranchState::diverged;
  }
  git_or_throw(dir, {"checkout", "-q", "-B", s.branch}, "putting '" + s.path + "' on its branch");
  if (run_git(dir, {"rev-parse", "--verify", "-q", "refs/remotes/origin/" + s.branch}, true, true).status == 0) {
    git_or_throw(dir, {"branch", "-q", "--set-upstream-to=origin/" + s.branch}, "making '" + s.path + "' follow origin");
  }
  return BranchState::moved;
}

}  // namespace hwk
