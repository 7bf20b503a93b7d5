// Record → TOML text.
#include "io/log_format.hpp"

#include <cstdio>

#include "io/toml_util.hpp"
#include "model/record_id.hpp"
#include "util/strings.hpp"

namespace hwk {
std::string toml_field_value(const FieldValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return toml_quote(*s);
  if (const auto* i = std::get_if<long long>(&v)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&v)) return format_number(*d);
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  return toml_string_array(std::get<std::vector<std::string>>(v));
}

namespace {

std::string month_text(date::year_month m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u", static_cast<int>(m.year()), static_cast<unsigned>(m.month()));
  return buf;
}

}  // namespace

std::string log_file_name(date::year_month month, const std::string& writer) { return month_text(month) + "." + writer + ".toml"; }

std::optional<std::pair<date::year_month, std::string>> parse_log_file_name(std::string_view name) {
  if (name.size() != 7 + 1 + 8 + 5 || !name.ends_with(".toml") || name[4] != '-' || name[7] != '.') return std::nullopt;
  const auto y = parse_integer(name.substr(0, 4));
  const auto m = parse_integer(name.substr(5, 2));
  const std::string writer(name.substr(8, 8));
  if (!y || !m || *m < 1 || *m > 12 || name[0] == '+' || name[5] == '+' || !is_writer_id(writer)) return std::nullopt;
  return std::pair{date::year{static_cast<int>(*y)} / date::month{static_cast<unsigned>(*m)}, writer};
}

std::string log_file_header(const std::string& client, date::year_month month, const std::string& writer) {
  return "# hwk log of " + client + " for " + month_text(month) + ", written by " + writer +
         ". Append-only: correct a record\n# with a new one whose 'amends' names its id. See hwk-log(5).\n";
}

std::string format_record(const Record& r, Zone zone) {
  std::string out = "\n[[records]]\n";
  out += "id = " + toml_quote(r.id) + "\n";
  out += std::string("kind = \"") + record_kind_name(r.kind) + "\"\n";
  out += "at = " + format_rfc3339(r.at, zone) + "\n";
  out += "recorded = " + format_rfc3339(r.recorded, zone) + "\n";
  if (r.at_assumed) out += "at_assumed = true\n";
  if (r.kind == RecordKind::practice) {
    out += "assignment = " + toml_quote(r.assignment) + "\n";
    out += "template = " + toml_quote(r.template_id) + "\n";
    out += "template_version = " + std::to_string(r.template_version) + "\n";
    if (!r.step.empty()) out += "step = " + toml_quote(r.step) + "\n";
    out += std::string("status = \"") + status_name(r.status) + "\"\n";
    if (!r.reason.empty()) out += "reason = " + toml_quote(r.reason) + "\n";
  }
  if (r.kind == RecordKind::step) {
    out += "assignment = " + toml_quote(r.assignment) + "\n";
    out += "step = " + toml_quote(r.step) + "\n";
  }
  if (!r.amends.empty()) out += "amends = " + toml_quote(r.amends) + "\n";
  if (r.kind == RecordKind::feedback) {
    out += "assignment = " + toml_quote(r.assignment) + "\n";
    if (!r.answers.empty()) out += "answers = " + toml_quote(r.answers) + "\n";
    if (r.week) out += "week = " + format_date(*r.week) + "\n";
    if (r.quality) out += "quality = " + std::to_string(*r.quality) + "\n";
  }
  if (r.kind == RecordKind::ack) {
    out += "assignment = " + toml_quote(r.assignment) + "\n";
    out += "answers = " + toml_quote(r.answers) + "\n";
  }
  if (!r.reflection.empty()) out += "reflection = " + toml_quote(r.reflection) + "\n";
  if (!r.note.empty()) out += "note = " + toml_quote(r.note) + "\n";
  if (!r.values.empty()) {
    out += "\n[records.values]\n";
    for (const auto& [key, value] : r.values) out += toml_key(key) + " = " + toml_field_value(value) + "\n";
  }
  return out;
}

}  // namespace hwk
