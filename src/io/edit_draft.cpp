// Drafts of what a person edits: where they are kept, writing, reading and deleting them.
#include "io/edit_draft.hpp"

#include "io/files.hpp"

namespace hwk {
namespace {

std::filesystem::path made_drafts_dir(const Practice& practice) {
  const auto drafts = practice.state_dir() / "drafts";
  make_private_dirs(drafts);
  return drafts;
}

}  // namespace

EditDraft plan_draft(const Practice& practice, const std::string& client) {
  const auto drafts = made_drafts_dir(practice);
  return {drafts / ("plan-" + client + ".toml"), drafts / ("plan-" + client + ".base.toml")};
}

EditDraft log_form_draft(const Practice& practice, const std::string& client, const std::string& assignment) {
  return {made_drafts_dir(practice) / ("record-" + client + "-" + assignment + ".toml"), {}};
}

bool draft_exists(const EditDraft& draft) { return path_exists(draft.file); }

void write_draft(const EditDraft& draft, std::string_view text) {
  if (!draft.base.empty()) write_file_atomic(draft.base, text);
  write_file_atomic(draft.file, text);
}

std::string read_draft(const EditDraft& draft) { return read_file(draft.file); }

std::string draft_base_text(const EditDraft& draft) { return read_file(!draft.base.empty() && path_exists(draft.base) ? draft.base : draft.file); }

void discard_draft(const EditDraft& draft) {
  std::filesystem::remove(draft.file);
  if (!draft.base.empty()) std::filesystem::remove(draft.base);
}

}  // namespace hwk
