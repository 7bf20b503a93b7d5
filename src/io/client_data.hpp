// A client's plan together with the exact template each assignment uses.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "io/practice.hpp"
#include "model/plan.hpp"
#include "model/template.hpp"

namespace hwk {

struct ClientData {
  ClientDir dir;
  Plan plan;
  std::map<std::string, Template> templates;  ///< by assignment id

  const Template* template_for(std::string_view assignment) const {
    const auto it = templates.find(std::string(assignment));
    return it == templates.end() ? nullptr : &it->second;
  }
};

/// Reads the plan and each assignment's template copy; problems go to `diags` at their places.
ClientData read_client_data(const ClientDir& dir, std::vector<Diagnostic>& diags);

/// The same, but throws Error when the plan or a template copy is not valid.
ClientData load_client_data(const ClientDir& dir);

/// Reads the template copy `<id>.v<version>.yaml` a record names, checking it is what it says.
std::optional<Template> read_client_template(const ClientDir& dir, const std::string& id, int version,
                                             std::vector<Diagnostic>& diags);

}  // namespace hwk

namespace hwk {

/// A template about to be copied into a client's templates/ (the exact version a plan uses).
struct TemplateCopy {
  Template tmpl;
  std::filesystem::path target;
  std::string text;
  bool needed = false;  ///< false when a copy of this version is already there
  std::optional<Diagnostic> warning;  ///< set when that copy differs from the source (it is kept)
};

/// Reads the source template and compares it with the client's copy of that version, if any. A
/// copy that differs only in translations or layout is refreshed; one that differs in what it
/// asks is kept (records were made with it) and a warning says so. Throws when the source is invalid.
TemplateCopy prepare_template_copy(const ClientDir& client, const std::filesystem::path& source);
/// Writes the copy when it is needed.
void commit_template_copy(const TemplateCopy& copy);

}  // namespace hwk
