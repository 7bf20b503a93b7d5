// Loading a YAML document of ours: text and size limits first, then yaml-cpp, its errors placed.
#include "io/yaml_map.hpp"

#include "io/input_limits.hpp"

namespace hwk {
namespace {

// Advice for a YAML syntax error on line `line` (from 0): a tab in the indentation is the usual cause
// that yaml-cpp's message does not name.
std::string yaml_error_hint(std::string_view yaml, int line) {
  std::size_t start = 0;
  for (int i = 0; i < line && start != std::string_view::npos; ++i) {
    start = yaml.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos) return {};
  const std::string_view text = yaml.substr(start, yaml.find('\n', start) - start);
  const std::string_view indent = text.substr(0, text.find_first_not_of(" \t"));
  if (indent.find('\t') != std::string_view::npos) return "YAML does not allow tabs in indentation; indent with spaces";
  return {};
}

}  // namespace

std::optional<YAML::Node> load_yaml(std::string_view yaml, const std::filesystem::path& path, std::vector<Diagnostic>& diags) {
  if (auto problem = text_problem(yaml, path)) {
    diags.push_back(std::move(*problem));
    return std::nullopt;
  }
  try {
    if (auto problem = yaml_limit_problem(yaml, path)) {
      diags.push_back(std::move(*problem));
      return std::nullopt;
    }
    return YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    std::string msg = e.msg;
    diags.push_back({{path, e.mark.line + 1, e.mark.column + 1}, Severity::error, "invalid YAML: " + msg, yaml_error_hint(yaml, e.mark.line)});
    return std::nullopt;
  }
}

}  // namespace hwk
