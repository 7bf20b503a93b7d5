// Finding templates on disk.
#include "io/template_catalog.hpp"

#include <algorithm>

#include "model/ids.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

bool is_dir(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::is_directory(p, ec);
}

void collect(const std::filesystem::path& dir, bool builtin, std::vector<TemplateEntry>& out) {
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const auto& p = it->path();
    if (p.extension() != ".yaml") continue;
    const std::string id = p.stem().string();
    if (!is_valid_id(id)) continue;
    const bool known = std::any_of(out.begin(), out.end(), [&](const TemplateEntry& e) { return e.id == id; });
    if (!known) out.push_back({id, p, builtin});
  }
}

}  // namespace

std::filesystem::path find_builtin_templates_dir(const std::filesystem::path& executable) {
  if (!executable.empty()) {
    const auto beside = executable.parent_path().parent_path() / "share" / "hwk" / "templates";
    if (is_dir(beside)) return beside;
  }
  if (is_dir(HWK_INSTALL_TEMPLATES_DIR)) return HWK_INSTALL_TEMPLATES_DIR;
  return HWK_SOURCE_TEMPLATES_DIR;
}

std::vector<TemplateEntry> available_templates(const Practice* practice, const std::filesystem::path& builtin_dir) {
  std::vector<TemplateEntry> out;
  if (practice && !practice->single_client) collect(practice->templates_dir(), false, out);
  collect(builtin_dir, true, out);
  std::sort(out.begin(), out.end(), [](const TemplateEntry& a, const TemplateEntry& b) { return a.id < b.id; });
  return out;
}

std::optional<TemplateEntry> find_available_template(const Practice* practice, const std::filesystem::path& builtin_dir, std::string_view id) {
  if (!is_valid_id(id)) return std::nullopt;
  for (auto& e : available_templates(practice, builtin_dir)) {
    if (e.id == id) return e;
  }
  return std::nullopt;
}

std::filesystem::path client_template_path(const ClientDir& client, std::string_view template_id, int version) {
  return client.templates() / (std::string(template_id) + ".v" + std::to_string(version) + ".yaml");
}

std::optional<std::pair<std::string, int>> parse_client_template_name(std::string_view name) {
  if (!name.ends_with(".yaml")) return std::nullopt;
  name.remove_suffix(5);
  const auto dot = name.rfind(".v");
  if (dot == std::string_view::npos) return std::nullopt;
  const auto id = name.substr(0, dot);
  const auto version = parse_integer(name.substr(dot + 2));
  if (!is_valid_id(id) || !version || *version < 1 || *version > 100000 || name.substr(dot + 2).front() == '+') {
    return std::nullopt;
  }
  return std::pair<std::string, int>{std::string(id), static_cast<int>(*version)};
}

std::optional<std::filesystem::path> find_client_template(const ClientDir& client, std::string_view template_id, std::optional<int> version) {
  if (version) {
    auto p = client_template_path(client, template_id, *version);
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec)) return p;
    return std::nullopt;
  }
  std::optional<std::filesystem::path> best;
  int best_version = 0;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(client.templates(), ec), end; !ec && it != end; it.increment(ec)) {
    const auto parsed = parse_client_template_name(it->path().filename().string());
    if (parsed && parsed->first == template_id && parsed->second > best_version) {
      best_version = parsed->second;
      best = it->path();
    }
  }
  return best;
}

}  // namespace hwk
