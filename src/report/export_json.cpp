// The JSON data export.
#include <cstdio>
#include <set>

#include "report/export.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

std::string text_or_null(const std::string& s) { return s.empty() ? std::string("null") : json_string(s); }

std::string value_json(const FieldValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return json_string(*s);
  if (const auto* i = std::get_if<long long>(&v)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&v)) return format_number(*d);
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  std::string out = "[";
  for (const auto& item : std::get<std::vector<std::string>>(v)) out += (out.size() > 1 ? "," : "") + json_string(item);
  return out + "]";
}

std::string assignment_json(const Assignment& a, const std::map<std::string, int>& versions) {
  std::string out = "{\"id\":" + json_string(a.id) + ",\"template\":" + json_string(a.template_id) + ",\"template_version\":";
  const auto it = versions.find(a.id);
  out += a.template_version ? std::to_string(*a.template_version) : it != versions.end() ? std::to_string(it->second) : "null";
  out += ",\"schedule\":" + json_string(a.schedule_text) + ",\"times\":[";
  for (std::size_t k = 0; k < a.times.size(); ++k) out += (k ? "," : "") + json_string(format_clock_time(a.times[k]));
  out += "],\"start\":" + (a.start ? json_string(format_date(*a.start)) : std::string("null"));
  out += ",\"end\":" + (a.end ? json_string(format_date(*a.end)) : std::string("null")) + "}";
  return out;
}

std::string record_json(const Record& r, Zone zone) {
  const bool practice = r.kind == RecordKind::practice;
  std::string out = "{\"id\":" + json_string(r.id) + ",\"kind\":" + json_string(record_kind_name(r.kind));
  out += ",\"at\":" + json_string(format_rfc3339(r.at, zone)) + ",\"recorded\":" + json_string(format_rfc3339(r.recorded, zone));
  out += std::string(",\"at_assumed\":") + (r.at_assumed ? "true" : "false");
  out += ",\"assignment\":" + text_or_null(r.assignment) + ",\"template\":" + text_or_null(r.template_id);
  out += ",\"template_version\":" + (practice ? std::to_string(r.template_version) : std::string("null"));
  out += ",\"status\":" + (practice ? json_string(status_name(r.status)) : std::string("null"));
  out += ",\"reason\":" + text_or_null(r.reason) + ",\"reflection\":" + text_or_null(r.reflection);
  out += ",\"amends\":" + text_or_null(r.amends) + ",\"step\":" + text_or_null(r.step) + ",\"note\":" + text_or_null(r.note);
  out += ",\"answers\":" + text_or_null(r.answers) + ",\"week\":" + (r.week ? json_string(format_date(*r.week)) : std::string("null"));
  out += ",\"quality\":" + (r.quality ? std::to_string(*r.quality) : std::string("null"));
  out += ",\"values\":{";
  for (std::size_t k = 0; k < r.values.size(); ++k) {
    out += (k ? "," : "") + json_string(r.values[k].first) + ":" + value_json(r.values[k].second);
  }
  return out + "}}";
}

}  // namespace

std::vector<Record> unique_records(const std::vector<Record>& records) {
  std::set<std::string> seen;
  std::vector<Record> out;
  for (const auto& r : records) {
    if (seen.insert(r.id).second) out.push_back(r);
  }
  return out;
}

std::string render_export_json(const Plan& plan, const std::map<std::string, int>& template_versions,
                               const std::vector<Record>& records) {
  std::string out = "{\"version\":1,\"client\":{\"id\":" + json_string(plan.client) + ",\"name\":" + text_or_null(plan.name) +
                    ",\"timezone\":" + json_string(plan.timezone) + "},\"assignments\":[";
  for (std::size_t k = 0; k < plan.assignments.size(); ++k) {
    out += (k ? "," : "") + assignment_json(plan.assignments[k], template_versions);
  }
  out += "],\"records\":[";
  bool first = true;
  for (const auto& r : unique_records(records)) {
    out += (first ? "" : ",") + record_json(r, plan.zone);
    first = false;
  }
  return out + "]}\n";
}

}  // namespace hwk
