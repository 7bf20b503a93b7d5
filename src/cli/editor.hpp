// Running the user's editor on a file, attached to the terminal, and editing a draft until what
// was written is valid, as visudo does.
#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "diag/diag.hpp"
#include "io/edit_draft.hpp"

namespace hwk {

/// Runs `editor` (a shell command such as "vim" or "code --wait") on `file` and waits for it.
/// Throws Error when it cannot be started or exits with a failure.
void run_editor(const std::string& editor, const std::filesystem::path& file);

/// What edit_until_valid says, in the words of what is edited.
struct EditWords {
  std::string invalid;    ///< without a terminal, after the problems: "the edited plan is not valid; …"
  std::string kept;       ///< its hint, before the draft's path: "your edit is kept in "
  std::string choice;     ///< on a terminal: "What now? (e)dit again or (d)iscard your changes?"
  std::string discarded;  ///< the Error after (d)iscard
};

/// Takes the text of the draft; returns its problems (none: it was taken). An Error it throws
/// leaves the draft kept.
using AcceptDraft = std::function<std::vector<Diagnostic>(const std::string& text)>;

enum class EditOutcome { unchanged, accepted };

/// Opens `draft` in ctx.editor, again and again until `accept` takes what was written:
/// - the draft reads `unchanged`: it is deleted, and the outcome is `unchanged`;
/// - `accept` finds no problem: the draft is deleted, and the outcome is `accepted`;
/// - otherwise the problems are reported; without a terminal, Error(words.invalid, words.kept +
///   the draft's path) with the draft kept; on a terminal the person chooses to edit again, or to
///   discard the draft: Error(words.discarded).
EditOutcome edit_until_valid(Context& ctx, const EditDraft& draft, const std::string& unchanged, const EditWords& words, const AcceptDraft& accept);

}  // namespace hwk
