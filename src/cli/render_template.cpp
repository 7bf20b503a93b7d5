// Template renderers.
#include "cli/render_template.hpp"

#include "cli/terminal.hpp"
#include "model/field_value.hpp"
#include "model/practice_rule.hpp"
#include "report/risk.hpp"
#include "util/duration.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

std::string safe(std::string_view s) { return terminal_safe(s, Newlines::keep); }

std::string indent(std::string_view text, const std::string& pad) {
  std::string out = pad;
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

std::string json_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + json_string(items[i]);
  return out + "]";
}

std::string field_json(const Field& f) {
  std::string out = "{\"id\":" + json_string(f.id) + ",\"type\":" + json_string(field_type_name(f.type)) +
                    ",\"label\":" + json_string(f.label) + ",\"prompt\":" + json_string(f.prompt) +
                    ",\"required\":" + (f.required ? "true" : "false");
  if (!f.help.empty()) out += ",\"help\":" + json_string(f.help);
  if (f.min_length) out += ",\"min_length\":" + std::to_string(*f.min_length);
  if (f.max_length) out += ",\"max_length\":" + std::to_string(*f.max_length);
  if (f.type == FieldType::scale || f.type == FieldType::number) {
    if (f.min) out += ",\"min\":" + format_number(*f.min);
    if (f.max) out += ",\"max\":" + format_number(*f.max);
  }
  if (f.type == FieldType::number && f.step > 0) out += ",\"step\":" + format_number(f.step);
  if (f.type == FieldType::scale) {
    out += ",\"step\":" + format_number(f.step > 0 ? f.step : 1) + ",\"anchors\":{";
    bool first = true;
    for (const auto& [value, label] : f.anchors) {
      out += (first ? "" : ",") + json_string(std::to_string(value)) + ":" + json_string(label);
      first = false;
    }
    out += "}";
  }
  if (f.type == FieldType::duration) {
    if (f.min_duration) out += ",\"min\":" + json_string(format_duration(*f.min_duration));
    if (f.max_duration) out += ",\"max\":" + json_string(format_duration(*f.max_duration));
  }
  if (!f.unit.empty()) out += ",\"unit\":" + json_string(f.unit);
  if (f.type == FieldType::likert) out += ",\"points\":" + json_list(f.points);
  if (f.type == FieldType::choice) out += ",\"options\":" + json_list(f.options) + ",\"multiple\":" + (f.multiple ? "true" : "false");
  if (f.type == FieldType::checklist) out += ",\"items\":" + json_list(f.items);
  if (!f.status_of.empty()) {
    out += ",\"status\":{";
    for (std::size_t k = 0; k < f.status_of.size(); ++k) {
      out += (k ? "," : "") + json_string(f.status_of[k].first) + ":" + json_string(f.status_of[k].second);
    }
    out += "}";
  }
  return out + "}";
}

}  // namespace

std::string render_template_text(const Template& t, bool builtin, bool color) {
  std::string out = paint(safe(t.title), Style::bold, color) + "  " +
                    paint("(" + safe(t.id) + ", version " + std::to_string(t.version) + (builtin ? ", built-in" : "") + ")", Style::dim, color) + "\n";
  std::vector<std::string> facts = {safe(t.kind)};
  if (!t.modalities.empty()) facts.push_back(safe(join(t.modalities, ", ")));
  if (t.minutes) facts.push_back("about " + std::to_string(*t.minutes) + " minutes");
  out += join(facts, " · ") + "\n";
  if (!t.summary.empty()) out += "\n" + safe(t.summary) + "\n";
  auto section = [&](const char* title) { out += "\n" + paint(title, Style::bold, color) + "\n"; };
  if (!t.rationale.empty()) {
    section("Why it helps");
    out += indent(safe(t.rationale), "  ") + "\n";
  }
  if (!t.instructions.empty()) {
    section("Steps");
    for (std::size_t i = 0; i < t.instructions.size(); ++i) {
      out += "  " + std::to_string(i + 1) + ". " + safe(t.instructions[i]) + "\n";
    }
  }
  if (!t.fields.empty()) {
    section("What you record");
    for (const auto& f : t.fields) {
      out += "  " + paint(safe(f.label), Style::bold, color) + "  " +
             paint("(" + safe(f.id) + ", " + field_type_name(f.type) + (f.required ? ", required" : "") + ")", Style::dim, color) + "\n";
      if (!f.prompt.empty()) out += "    " + safe(f.prompt) + "\n";
      if (!f.help.empty()) out += "    " + safe(f.help) + "\n";
      if (f.type != FieldType::text && f.type != FieldType::yesno) out += "    " + safe(describe_field_input(f)) + "\n";
    }
  }
  if (!t.risk.empty()) {
    // What raises a risk flag, and shows the client the crisis text (hwk-template(5), RISK).
    section("Needs attention when");
    for (const auto& rule : t.risk) {
      std::vector<std::string> parts;
      for (const auto& c : rule.when) {
        const Field* f = t.find_field(c.field);
        parts.push_back(f ? (f->label.empty() ? f->id : f->label) + ": " + condition_words(c, *f) : c.field);
      }
      out += "  - " + safe(join(parts, ", and ")) + "\n";
    }
  }
  if (!t.reflection.empty()) {
    section("Reflection");
    for (const auto& r : t.reflection) out += "  - " + safe(r) + "\n";
  }
  if (!t.success.empty()) {
    section("Success");
    out += indent(safe(t.success), "  ") + "\n";
  }
  if (!t.alternatives.empty()) {
    section("Other ways to do it");
    for (const auto& a : t.alternatives) out += "  - " + safe(a) + "\n";
  }
  if (!t.resources.empty()) {
    section("Resources");
    for (const auto& r : t.resources) out += "  - " + safe(r.title) + ": " + safe(r.url.empty() ? r.file : r.url) + "\n";
  }
  return out;
}

std::string render_template_json(const Template& t, bool builtin) {
  std::string out = "{\"version\":1,\"id\":" + json_string(t.id) + ",\"template_version\":" + std::to_string(t.version) +
                    ",\"title\":" + json_string(t.title) + ",\"kind\":" + json_string(t.kind) +
                    ",\"modalities\":" + json_list(t.modalities) +
                    ",\"minutes\":" + (t.minutes ? std::to_string(*t.minutes) : "null") +
                    ",\"builtin\":" + (builtin ? "true" : "false") + ",\"summary\":" + json_string(t.summary) +
                    ",\"rationale\":" + json_string(t.rationale) + ",\"instructions\":" + json_list(t.instructions) +
                    ",\"fields\":[";
  for (std::size_t i = 0; i < t.fields.size(); ++i) out += (i ? "," : "") + field_json(t.fields[i]);
  std::vector<std::string> risk;
  for (const auto& rule : t.risk) risk.push_back(describe_conditions(rule.when));
  out += "],\"risk\":" + json_list(risk) + ",\"reflection\":" + json_list(t.reflection) + ",\"reflection_every\":" + (t.weekly_reflection ? "\"week\"" : "\"record\"") +
         ",\"occasion\":" + json_string(occasion_name(t.occasion)) + ",\"success\":" + json_string(t.success) + ",\"resources\":[";
  for (std::size_t i = 0; i < t.resources.size(); ++i) {
    const auto& r = t.resources[i];
    out += (i ? "," : "") + std::string("{\"title\":") + json_string(r.title) +
           (r.url.empty() ? ",\"file\":" + json_string(r.file) : ",\"url\":" + json_string(r.url)) + "}";
  }
  out += "],\"alternatives\":" + json_list(t.alternatives) + "}\n";
  return out;
}

}  // namespace hwk
