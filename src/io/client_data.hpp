// One client: its plan, the exact template each assignment uses, and its records as far as read.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "io/practice.hpp"
#include "model/plan.hpp"
#include "model/record.hpp"
#include "model/template.hpp"

namespace hwk {

/// How much of each template copy was read.
enum class TemplateDetail {
  titles,  ///< only id, version, title and translated titles: no template is parsed
  risk,    ///< the titles, and the fields of templates with risk conditions (due, remind judge flags)
  fields,  ///< the titles and every field (summary: what adherence and trends need)
  full,    ///< the whole template (review)
};

/// How much of a client's log was read.
enum class LogExtent {
  none,    ///< nothing: `records` is empty (the plan and templates alone)
  window,  ///< the log files of the months a report needs (io/client_reader.hpp's LogWindow)
  whole,   ///< every log file
};

/// One client as hwk holds it: the plan, the exact template each assignment uses, and its records,
/// each as far as it was read. A reader that reads less says so in `templates_read` and `log_read`.
struct ClientData {
  ClientDir dir;
  Plan plan;
  std::map<std::string, Template> templates;  ///< by assignment id
  std::vector<Record> records;                ///< in file order; empty when log_read is none
  TemplateDetail templates_read = TemplateDetail::full;
  LogExtent log_read = LogExtent::none;

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
std::optional<Template> read_client_template(const ClientDir& dir, const std::string& id, int version, std::vector<Diagnostic>& diags);

}  // namespace hwk

namespace hwk {

/// A template about to be copied into a client's templates/ (the exact version a plan uses).
struct TemplateCopy {
  Template tmpl;
  std::filesystem::path target;
  std::string text;
  bool needed = false;                ///< false when a copy of this version is already there
  std::optional<Diagnostic> warning;  ///< set when that copy differs from the source (it is kept)
};

/// Reads the source template and compares it with the client's copy of that version, if any. A
/// copy that differs only in translations or layout is refreshed; one that differs in what it
/// asks is kept (records were made with it) and a warning says so. Throws when the source is invalid.
TemplateCopy prepare_template_copy(const ClientDir& client, const std::filesystem::path& source);
/// Writes the copy when it is needed.
void commit_template_copy(const TemplateCopy& copy);

}  // namespace hwk
