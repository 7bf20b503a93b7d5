// $VISUAL / $EDITOR, and the edit-and-validate loop of hwk edit and hwk log --edit.
#include "cli/editor.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <iostream>

#include "cli/line_reader.hpp"
#include "cli/prompt.hpp"
#include "diag/diag.hpp"

namespace hwk {

void run_editor(const std::string& editor, const std::filesystem::path& file) {
  const std::string command = editor + " \"$1\"";
  release_terminal();  // the editor gets the terminal as the person left it
  const pid_t pid = ::fork();
  if (pid < 0) throw Error(std::string("cannot start the editor: ") + std::strerror(errno));
  if (pid == 0) {
    std::signal(SIGPIPE, SIG_DFL);
    ::execl("/bin/sh", "sh", "-c", command.c_str(), "sh", file.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw Error(std::string("cannot wait for the editor: ") + std::strerror(errno));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw Error(
        "the editor '" + editor + "' failed" + (WIFEXITED(status) ? " with exit status " + std::to_string(WEXITSTATUS(status)) : std::string()),
        "set VISUAL or EDITOR to an editor that works here");
  }
}

EditOutcome edit_until_valid(Context& ctx, const EditDraft& draft, const std::string& unchanged, const EditWords& words, const AcceptDraft& accept) {
  for (;;) {
    run_editor(ctx.editor, draft.file);
    const std::string text = read_draft(draft);
    if (text == unchanged) {
      discard_draft(draft);
      return EditOutcome::unchanged;
    }
    const auto problems = accept(text);
    if (problems.empty()) {
      discard_draft(draft);
      return EditOutcome::accepted;
    }
    for (const auto& d : problems) ctx.report(d);
    if (!ctx.interactive) throw Error(words.invalid, words.kept + draft.file.string());
    Prompter p(std::cin, *ctx.out, ctx.color_out);
    if (p.ask_choice(words.choice, "ed") == 'd') {
      discard_draft(draft);
      throw Error(words.discarded);
    }
  }
}

}  // namespace hwk
