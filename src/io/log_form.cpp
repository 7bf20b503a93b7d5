// The form of hwk log --edit: made from a record, read back into one.
#include "io/log_form.hpp"

#include "io/log_format.hpp"
#include "io/toml_util.hpp"
#include "model/field_value.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

// Comments may not hold newlines or control characters.
std::string comment_text(std::string_view s) {
  std::string out;
  for (char c : s) out += (static_cast<unsigned char>(c) < 0x20) ? ' ' : c;
  return out;
}

// A value of the form as the person would type it at the prompt: "yes", "3", "a, b".
std::string typed_value(const toml::node& node) {
  std::string text;
  if (const auto* s = node.as_string()) text = s->get();
  else if (const auto* i = node.as_integer()) text = std::to_string(i->get());
  else if (const auto* d = node.as_floating_point()) text = format_number(d->get());
  else if (const auto* b = node.as_boolean()) text = b->get() ? "yes" : "no";
  else if (const auto* a = node.as_array()) {
    std::vector<std::string> items;
    for (const auto& item : *a) items.push_back(item.value<std::string>().value_or(""));
    text = join(items, ", ");
  }
  return text;
}

}  // namespace

std::string log_form_text(const Template& tmpl, const Record& r, const std::string& client) {
  std::string out = "# Record of \"" + comment_text(tmpl.title) + "\" (" + r.assignment + ") for " + client + ".\n";
  out +=
      "# Fill in the values, save and quit. Leave \"\" to skip an optional field. Lines starting\n"
      "# with # are ignored. Quit without saving any change to record nothing.\n\n";
  out += "status = \"" + std::string(status_name(r.status)) + "\"   # done, partial or skipped\n";
  out += "reason = " + toml_quote(r.reason) + "   # what got in the way, when skipped or partial\n";
  for (const auto& q : tmpl.reflection) out += "# " + comment_text(q) + "\n";
  out += "reflection = \"\"\"\n" + r.reflection + (r.reflection.empty() ? "" : "\n") + "\"\"\"\n\n[values]\n";
  for (const auto& f : tmpl.fields) {
    out += "# " + comment_text(f.label) + (f.required ? " (required)" : "") + ": " + comment_text(f.prompt) + "\n";
    out += "#   " + comment_text(describe_field_input(f)) + "\n";
    std::string value = "\"\"";
    for (const auto& kv : r.values) {
      if (kv.first == f.id) value = toml_field_value(kv.second);
    }
    out += toml_key(f.id) + " = " + value + "\n";
  }
  return out;
}

std::vector<Diagnostic> read_log_form(std::string_view text, const std::filesystem::path& path, const Template& tmpl, Record& r) {
  std::vector<Diagnostic> diags;
  toml::table table;
  try {
    table = parse_toml(text, path);
  } catch (const Error& e) {
    diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
    return diags;
  }
  TableReader reader(table, path, diags, "the form");
  const std::string status = reader.string("status").value_or("done");
  if (auto s = status_from_name(status)) r.status = *s;
  else reader.error(*reader.node("status"), "unknown status '" + status + "'", "use done, partial or skipped");
  r.reason = std::string(trim(reader.string("reason").value_or("")));
  r.reflection = std::string(trim(reader.string("reflection").value_or("")));
  r.values.clear();
  if (const auto* values = reader.table("values")) {
    for (const auto& [key, node] : *values) {
      const Field* f = tmpl.find_field(key.str());
      if (!f) {
        diags.push_back({loc_of(key, path), Severity::error, "template '" + tmpl.id + "' has no field '" + std::string(key.str()) + "'", {}});
        continue;
      }
      const std::string typed = typed_value(node);
      if (trim(typed).empty()) continue;
      std::string error;
      if (auto v = parse_field_input(*f, typed, error)) r.values.emplace_back(f->id, std::move(*v));
      else diags.push_back({loc_of(node, path), Severity::error, "field '" + f->id + "': " + error, {}});
    }
  }
  reader.finish();
  if (diags.empty()) {
    sort_values(r, tmpl);
    for (const auto& p : record_problems(r, tmpl)) diags.push_back({{path}, Severity::error, p.message, {}});
  }
  return diags;
}

void sort_values(Record& r, const Template& tmpl) {
  std::vector<std::pair<std::string, FieldValue>> sorted;
  for (const auto& f : tmpl.fields) {
    for (auto& kv : r.values) {
      if (kv.first == f.id) sorted.push_back(std::move(kv));
    }
  }
  r.values = std::move(sorted);
}

}  // namespace hwk
