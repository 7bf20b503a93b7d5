// Making practices, clients' folders and templates on disk.
#include "io/practice_setup.hpp"

#include "diag/diag.hpp"
#include "io/confine.hpp"
#include "io/files.hpp"
#include "io/settings.hpp"

namespace hwk {
namespace {

const char* const gitignore_text =
    "# Per-machine state of hwk: writer id, reminder ledger, drafts. Never shared.\n"
    ".hwk/\n"
    "# Temporary files of an interrupted write.\n"
    ".hwk-tmp-*\n";

const char* const gitattributes_text =
    "# Plans, templates and logs are plain text with Unix line endings on every machine.\n"
    "# Logs need no merge driver (no merge=union): each clone appends only to its own files,\n"
    "# one per month and writer id, so git never has to merge two versions of a log.\n"
    "*.toml text eol=lf\n"
    "*.yaml text eol=lf\n";

// A client folder's own .gitignore.
const char* const client_gitignore_text = ".hwk/\n.hwk-tmp-*\n";

// Creates `path` with `text`, or adds to an existing file only the lines it lacks.
void add_missing_lines(const std::filesystem::path& path, const std::string& text) {
  if (!path_exists(path)) {
    create_file_exclusive(path, text);
    return;
  }
  const std::string existing = read_file(path);
  std::string missing;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty() || line[0] == '#') continue;
    if (("\n" + existing + "\n").find("\n" + line + "\n") == std::string::npos) missing += line + "\n";
  }
  if (!missing.empty()) append_file_atomic(path, "", missing);
}

}  // namespace

void refuse_existing_practice(const std::filesystem::path& root) {
  if (path_exists(root / "hwk.toml")) {
    throw Error(SourceLoc{root / "hwk.toml"}, "a practice already exists here; not overwriting it");
  }
  if (path_exists(root / "plan.toml")) {
    throw Error(SourceLoc{root / "plan.toml"}, "this is a client's repository; not making it a practice");
  }
}

void create_practice(const std::filesystem::path& root, const std::string& timezone) {
  for (const char* name : {"templates", "clients"}) {
    std::error_code ec;
    if (path_exists(root / name) && !std::filesystem::is_directory(root / name, ec)) {
      throw Error(SourceLoc{root / name}, "exists and is not a directory; not overwriting it");
    }
  }
  confine_to_practice(root);
  make_private_dirs(root);
  make_private_dirs(root / "templates");
  make_private_dirs(root / "clients");
  for (const char* keep : {"templates/.gitkeep", "clients/.gitkeep"}) {
    if (!path_exists(root / keep)) create_file_exclusive(root / keep, "");
  }
  add_missing_lines(root / ".gitignore", gitignore_text);
  add_missing_lines(root / ".gitattributes", gitattributes_text);
  create_file_exclusive(root / "hwk.toml", new_practice_settings_text(timezone));
}

ClientFolder client_folder_state(const ClientDir& dir) {
  if (!path_exists(dir.dir)) return ClientFolder::missing;
  if (path_exists(dir.dir / ".git")) return ClientFolder::repository;
  return has_plan_file(dir) ? ClientFolder::with_plan : ClientFolder::without_plan;
}

bool has_plan_file(const ClientDir& dir) {
  std::error_code ec;
  return std::filesystem::is_regular_file(dir.plan(), ec);
}

void create_client_folder(const Practice& practice, const ClientDir& dir, std::string_view plan_text) {
  make_private_dirs(practice.clients_dir());
  const auto staging = practice.clients_dir() / (".hwk-tmp-" + dir.id);
  remove_tree_quietly(staging);
  try {
    make_private_dirs(staging / "templates");
    make_private_dirs(staging / "log");
    create_file_exclusive(staging / "templates" / ".gitkeep", "");
    create_file_exclusive(staging / "log" / ".gitkeep", "");
    create_file_exclusive(staging / ".gitignore", client_gitignore_text);
    create_file_exclusive(staging / "plan.toml", plan_text);
    std::filesystem::rename(staging, dir.dir);
  } catch (...) {
    remove_tree_quietly(staging);
    throw;
  }
}

std::string client_path_in(const std::filesystem::path& top, const ClientDir& dir) {
  return std::filesystem::weakly_canonical(dir.dir).lexically_relative(std::filesystem::weakly_canonical(top)).string();
}

void create_practice_template(const Practice& practice, const std::filesystem::path& file, std::string_view text) {
  make_private_dirs(practice.templates_dir());
  create_file_exclusive(file, text);
}

}  // namespace hwk
