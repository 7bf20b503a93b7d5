// A file a person edits in their editor (a plan, the form of a record), kept in the practice's
// git-ignored .hwk/drafts/ between tries and after a refusal, so that nothing they typed is lost.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

#include "io/practice.hpp"

namespace hwk {

struct EditDraft {
  std::filesystem::path file;  ///< what the editor opens
  std::filesystem::path base;  ///< holds the text the draft was made from; empty: none is kept
};

/// .hwk/drafts/plan-<client>.toml, with its base plan-<client>.base.toml: the copy of a plan that
/// `hwk edit` opens, written over the plan only while the plan is still its base. The drafts
/// folder is made (0700) when missing.
EditDraft plan_draft(const Practice& practice, const std::string& client);

/// .hwk/drafts/record-<client>-<assignment>.toml: the form of `hwk log --edit`. The drafts folder
/// is made (0700) when missing.
EditDraft log_form_draft(const Practice& practice, const std::string& client, const std::string& assignment);

/// Whether the draft is there, kept from an earlier edit.
bool draft_exists(const EditDraft& draft);

/// Starts a draft with `text`: its base first, then the draft itself (each written atomically, 0600).
void write_draft(const EditDraft& draft, std::string_view text);

/// What the draft holds now.
std::string read_draft(const EditDraft& draft);

/// The text the kept draft was made from: its base, or the draft itself when it has none (a draft
/// kept by an older hwk).
std::string draft_base_text(const EditDraft& draft);

/// Deletes the draft and its base; a missing one is no error, one that cannot be deleted throws
/// std::filesystem::filesystem_error.
void discard_draft(const EditDraft& draft);

}  // namespace hwk
