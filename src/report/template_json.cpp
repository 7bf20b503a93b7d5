// hwk template show and list for scripts: the objects documented in hwk-template(1).
#include "model/field_value.hpp"
#include "model/practice_rule.hpp"
#include "report/risk.hpp"
#include "report/template_view.hpp"
#include "util/duration.hpp"
#include "util/json.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

void field_json(JsonWriter& w, const Field& f) {
  w.begin_object().member("id", f.id).member("type", field_type_name(f.type)).member("label", f.label).member("prompt", f.prompt);
  w.member("required", f.required);
  if (!f.help.empty()) w.member("help", f.help);
  if (f.min_length) w.member("min_length", *f.min_length);
  if (f.max_length) w.member("max_length", *f.max_length);
  if (f.type == FieldType::scale || f.type == FieldType::number) {
    if (f.min) w.key("min").raw(format_number(*f.min));
    if (f.max) w.key("max").raw(format_number(*f.max));
  }
  if (f.type == FieldType::number && f.step > 0) w.key("step").raw(format_number(f.step));
  if (f.type == FieldType::scale) {
    w.key("step").raw(format_number(f.step > 0 ? f.step : 1)).key("anchors").begin_object();
    for (const auto& [value, label] : f.anchors) w.member(std::to_string(value), label);
    w.end_object();
  }
  if (f.type == FieldType::duration) {
    if (f.min_duration) w.member("min", format_duration(*f.min_duration));
    if (f.max_duration) w.member("max", format_duration(*f.max_duration));
  }
  if (!f.unit.empty()) w.member("unit", f.unit);
  if (f.type == FieldType::likert) w.key("points").strings(f.points);
  if (f.type == FieldType::choice) w.key("options").strings(f.options).member("multiple", f.multiple);
  if (f.type == FieldType::checklist) w.key("items").strings(f.items);
  if (!f.status_of.empty()) {
    w.key("status").begin_object();
    for (const auto& [answer, status] : f.status_of) w.member(answer, status);
    w.end_object();
  }
  w.end_object();
}

}  // namespace

std::string render_template_json(const Template& t, bool builtin) {
  JsonWriter w;
  w.begin_object().member("version", 1).member("id", t.id).member("template_version", t.version).member("title", t.title);
  w.member("kind", t.kind).key("modalities").strings(t.modalities).member("minutes", t.minutes).member("builtin", builtin);
  w.member("summary", t.summary).member("rationale", t.rationale).key("instructions").strings(t.instructions).key("fields").begin_array();
  for (const auto& f : t.fields) field_json(w, f);
  std::vector<std::string> risk;
  for (const auto& rule : t.risk) risk.push_back(describe_conditions(rule.when));
  w.end_array().key("risk").strings(risk).key("reflection").strings(t.reflection);
  w.member("reflection_every", t.weekly_reflection ? "week" : "record").member("occasion", occasion_name(t.occasion));
  w.member("success", t.success).key("resources").begin_array();
  for (const auto& r : t.resources) {
    w.begin_object().member("title", r.title);
    if (r.url.empty()) w.member("file", r.file);
    else w.member("url", r.url);
    w.end_object();
  }
  return w.end_array().key("alternatives").strings(t.alternatives).end_object().take() + "\n";
}

std::string render_template_list_json(const std::vector<ListedTemplate>& shown) {
  JsonWriter w;
  w.begin_object().member("version", 1).key("templates").begin_array();
  for (const auto& [t, builtin] : shown) {
    w.begin_object().member("id", t.id).member("template_version", t.version).member("title", t.title).member("kind", t.kind);
    w.key("modalities").strings(t.modalities).member("minutes", t.minutes).member("builtin", builtin).end_object();
  }
  return w.end_array().end_object().take() + "\n";
}

}  // namespace hwk
