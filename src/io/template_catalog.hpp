// Where templates live: the built-in library, the practice's templates/ (which overrides it), and
// the exact versions copied into each client's templates/.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "io/practice.hpp"

namespace hwk {

struct TemplateEntry {
  std::string id;
  std::filesystem::path path;
  bool builtin = false;
};

/// The built-in library: beside an installed binary (../share/hwk/templates), else the install
/// prefix it was built for, else the source tree it was built from.
std::filesystem::path find_builtin_templates_dir(const std::filesystem::path& executable);

/// Every template id available to a practice, the practice's own first, sorted by id. Files whose
/// names are not valid ids are left out (check reports them).
std::vector<TemplateEntry> available_templates(const Practice* practice, const std::filesystem::path& builtin_dir);
std::optional<TemplateEntry> find_available_template(const Practice* practice, const std::filesystem::path& builtin_dir, std::string_view id);

/// clients/<id>/templates/<template>.v<version>.yaml
std::filesystem::path client_template_path(const ClientDir& client, std::string_view template_id, int version);
/// The copy a plan uses: the exact version, or the newest copy when no version is given.
std::optional<std::filesystem::path> find_client_template(const ClientDir& client, std::string_view template_id, std::optional<int> version);
/// Parses "<id>.v<version>.yaml"; nothing for any other name.
std::optional<std::pair<std::string, int>> parse_client_template_name(std::string_view file_name);

}  // namespace hwk
