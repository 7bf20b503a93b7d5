// The CSV data export (RFC 4180).
#include <algorithm>
#include <set>

#include "report/export.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Text that people wrote, as a cell a spreadsheet shows and never runs: one that begins with
// = + - @, a tab or a carriage return would be read as a formula (=HYPERLINK(...) sends data
// away when clicked), so it gets a leading ' as OWASP's advice on CSV injection says. Numbers
// are left as they are: -3 is a number, not a formula.
std::string text_cell(std::string_view text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) return "'" + std::string(text);
  return std::string(text);
}

std::string value_text(const FieldValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return text_cell(*s);
  if (const auto* i = std::get_if<long long>(&v)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&v)) return format_number(*d);
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  return text_cell(join(std::get<std::vector<std::string>>(v), "; "));
}

// Every cell without a control character: one in a record (an arrow key's Esc saved by an older
// hwk, say) is written in the visible form a terminal shows it in, \x1b, so that no spreadsheet or
// terminal acts on it. Line feeds and tabs stay.
void add_row(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t k = 0; k < cells.size(); ++k) out += (k ? "," : "") + csv_field(terminal_safe(cells[k], Newlines::keep));
  out += "\r\n";
}

}  // namespace

std::string render_export_csv(const std::vector<Record>& records, Zone zone) {
  const auto unique = unique_records(records);
  std::set<std::string> field_names;
  for (const auto& r : unique) {
    for (const auto& [name, value] : r.values) field_names.insert(name);
  }
  std::vector<std::string> header = {"id",     "kind",       "at",     "recorded", "assignment", "template", "template_version", "status",
                                     "reason", "reflection", "amends", "answers",  "week",       "quality",  "record_note",      "at_assumed"};
  for (const auto& name : field_names) header.push_back(text_cell(name));
  std::string out;
  add_row(out, header);
  for (const auto& r : unique) {
    const bool practice = r.kind == RecordKind::practice;
    std::vector<std::string> row = {r.id,
                                    record_kind_name(r.kind),
                                    format_rfc3339(r.at, zone),
                                    format_rfc3339(r.recorded, zone),
                                    r.assignment,
                                    r.template_id,
                                    practice ? std::to_string(r.template_version) : "",
                                    practice ? status_name(r.status) : "",
                                    text_cell(r.reason),
                                    text_cell(r.reflection),
                                    r.amends,
                                    r.answers,
                                    r.week ? format_date(*r.week) : "",
                                    r.quality ? std::to_string(*r.quality) : "",
                                    text_cell(r.note),
                                    r.at_assumed ? "true" : "false"};
    for (const auto& name : field_names) {
      const auto it = std::find_if(r.values.begin(), r.values.end(), [&](const auto& kv) { return kv.first == name; });
      row.push_back(it == r.values.end() ? "" : value_text(it->second));
    }
    add_row(out, row);
  }
  return out;
}

}  // namespace hwk
