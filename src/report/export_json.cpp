// The JSON data export.
#include <cstdio>
#include <set>

#include "report/export.hpp"
#include "util/json.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

// A text that is empty is written as null.
void text_or_null(JsonWriter& w, std::string_view key, const std::string& s) {
  w.key(key);
  if (s.empty()) w.null();
  else w.value(s);
}

void value_json(JsonWriter& w, const FieldValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) w.value(*s);
  else if (const auto* i = std::get_if<long long>(&v)) w.value(static_cast<std::int64_t>(*i));
  else if (const auto* d = std::get_if<double>(&v)) w.raw(format_number(*d));
  else if (const auto* b = std::get_if<bool>(&v)) w.value(*b);
  else w.strings(std::get<std::vector<std::string>>(v));
}

std::optional<std::string> date_text(const std::optional<date::year_month_day>& d) {
  return d ? std::optional<std::string>(format_date(*d)) : std::nullopt;
}

void assignment_json(JsonWriter& w, const Assignment& a, const std::map<std::string, int>& versions) {
  w.begin_object().member("id", a.id).member("template", a.template_id).key("template_version");
  const auto it = versions.find(a.id);
  if (a.template_version) w.value(*a.template_version);
  else if (it != versions.end()) w.value(it->second);
  else w.null();
  w.member("schedule", a.schedule_text).key("times").begin_array();
  for (const auto& t : a.times) w.value(format_clock_time(t));
  w.end_array().member("start", date_text(a.start)).member("end", date_text(a.end)).end_object();
}

void record_json(JsonWriter& w, const Record& r, Zone zone) {
  const bool practice = r.kind == RecordKind::practice;
  w.begin_object().member("id", r.id).member("kind", record_kind_name(r.kind));
  w.member("at", format_rfc3339(r.at, zone)).member("recorded", format_rfc3339(r.recorded, zone)).member("at_assumed", r.at_assumed);
  text_or_null(w, "assignment", r.assignment);
  text_or_null(w, "template", r.template_id);
  w.key("template_version");
  if (practice) w.value(r.template_version);
  else w.null();
  w.key("status");
  if (practice) w.value(status_name(r.status));
  else w.null();
  for (const auto& [key, text] : {std::pair<const char*, const std::string*>{"reason", &r.reason},
                                  {"reflection", &r.reflection},
                                  {"amends", &r.amends},
                                  {"step", &r.step},
                                  {"note", &r.note},
                                  {"answers", &r.answers}}) {
    text_or_null(w, key, *text);
  }
  w.member("week", date_text(r.week)).member("quality", r.quality).key("values").begin_object();
  for (const auto& [field, value] : r.values) {
    w.key(field);
    value_json(w, value);
  }
  w.end_object().end_object();
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

std::string render_export_json(const Plan& plan, const std::map<std::string, int>& template_versions, const std::vector<Record>& records) {
  JsonWriter w;
  w.begin_object().member("version", 1).key("client").begin_object().member("id", plan.client);
  text_or_null(w, "name", plan.name);
  w.member("timezone", plan.timezone).end_object().key("assignments").begin_array();
  for (const auto& a : plan.assignments) assignment_json(w, a, template_versions);
  w.end_array().key("records").begin_array();
  for (const auto& r : unique_records(records)) record_json(w, r, plan.zone);
  return w.end_array().end_object().take() + "\n";
}

}  // namespace hwk
