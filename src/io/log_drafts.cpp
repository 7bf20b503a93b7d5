// Kept records: writing, finding and reading drafts.
#include "io/log_drafts.hpp"

#include <algorithm>
#include <optional>

#include "io/files.hpp"
#include "io/log_format.hpp"
#include "io/log_reader.hpp"
#include "model/ids.hpp"
#include "model/record_id.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

constexpr std::string_view draft_prefix = "log-";
constexpr std::string_view draft_suffix = ".toml";
constexpr std::size_t record_id_length = 26;
constexpr std::string_view unfinished_mark = "# An unfinished";
constexpr std::string_view asked_mark = "# Asked:";

std::filesystem::path drafts_dir(const Practice& practice) { return practice.state_dir() / "drafts"; }

// log-<client>-<id>.toml → (client, id)
std::optional<std::pair<std::string, std::string>> parse_draft_name(std::string_view name) {
  if (!name.starts_with(draft_prefix) || !name.ends_with(draft_suffix)) return std::nullopt;
  name.remove_prefix(draft_prefix.size());
  name.remove_suffix(draft_suffix.size());
  if (name.size() < record_id_length + 2 || name[name.size() - record_id_length - 1] != '-') return std::nullopt;
  const std::string client(name.substr(0, name.size() - record_id_length - 1));
  const std::string id(name.substr(name.size() - record_id_length));
  if (!is_valid_id(client) || !is_record_id(id)) return std::nullopt;
  return std::pair{client, id};
}

// One line of a TOML comment: no newline or other control character may end it early.
std::string comment_line(std::string_view text) {
  std::string out;
  for (char c : text) out += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
  return out;
}

}  // namespace

std::filesystem::path log_draft_path(const Practice& practice, const std::string& client, const std::string& record_id) {
  return drafts_dir(practice) / (std::string(draft_prefix) + client + "-" + record_id + std::string(draft_suffix));
}

std::filesystem::path write_log_draft(const Practice& practice, const std::string& client, const Record& r, Zone zone, const std::string& why,
                                      bool unfinished, const std::vector<std::string>& asked) {
  const auto path = log_draft_path(practice, client, r.id);
  const auto shown = path.lexically_relative(practice.root);
  std::string text;
  if (unfinished) {
    text = std::string(unfinished_mark) + " record of " + client + ": the answers given before the prompt was stopped.\n";
    text += "# Why: " + comment_line(why) + "\n";
    text += "# Go on with it:  hwk log " + client + " " + comment_line(r.assignment) + "   (on a terminal),\n";
    text += "# or delete this file to discard it. See hwk-log(1).\n";
    text += std::string(asked_mark);
    for (const auto& a : asked) text += " " + comment_line(a);
    text += "\n";
  } else {
    text = "# A record of " + client + " that hwk could not save, kept here so that nothing is lost.\n";
    text += "# Why: " + comment_line(why) + "\n";
    text += "# Record it once the problem is fixed:  hwk log --draft " + comment_line(shown.string()) + "\n";
    text += "# ('hwk log' on a terminal offers it too), or delete this file to discard it. See hwk-log(1).\n";
  }
  text += format_record(r, zone);
  make_private_dirs(drafts_dir(practice));
  DirLock lock(drafts_dir(practice));
  write_file_atomic(path, text);
  return path;
}

std::vector<std::filesystem::path> log_drafts(const Practice& practice, const std::string& client) {
  std::vector<std::pair<std::string, std::filesystem::path>> found;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(drafts_dir(practice), ec), end; !ec && it != end; it.increment(ec)) {
    const auto parsed = parse_draft_name(it->path().filename().string());
    if (parsed && parsed->first == client) found.emplace_back(parsed->second, it->path());
  }
  std::sort(found.begin(), found.end());
  std::vector<std::filesystem::path> out;
  for (auto& [id, path] : found) out.push_back(std::move(path));
  return out;
}

LogDraft read_log_draft(const std::filesystem::path& path) {
  const auto parsed = parse_draft_name(path.filename().string());
  if (!parsed) {
    throw Error(SourceLoc{path}, "not a draft of hwk log", "drafts are named log-CLIENT-ID.toml, in .hwk/drafts/");
  }
  std::vector<Diagnostic> diags;
  const std::string text = read_file(path);
  auto records = parse_log(text, path, diags);
  if (has_errors(diags)) throw Error(diags);
  if (records.size() != 1) {
    throw Error(SourceLoc{path}, "a draft holds one record, this file " + std::to_string(records.size()));
  }
  LogDraft draft{path, parsed->first, std::move(records.front()), text.starts_with(unfinished_mark), {}};
  if (draft.unfinished) {
    // "# Asked: tension_before place reason reflection:2"
    if (const auto at = text.find("\n" + std::string(asked_mark)); at != std::string::npos) {
      const auto start = at + 1 + asked_mark.size();
      draft.asked = split_words(std::string_view(text).substr(start, text.find('\n', start) - start));
    }
  }
  return draft;
}

}  // namespace hwk
