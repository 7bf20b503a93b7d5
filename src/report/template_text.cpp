// hwk template show and list for a person: the template's sections, and the table of templates.
#include "report/template_view.hpp"

#include "model/field_value.hpp"
#include "model/practice_rule.hpp"
#include "report/risk.hpp"
#include "util/duration.hpp"
#include "util/strings.hpp"
#include "util/table.hpp"
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

// On a terminal `width` columns wide: `text` wrapped at its words into lines that start with `rest`,
// the first with `first` (as wide). Elsewhere (`width` 0): `unwrapped`, as it has always been.
std::string para(std::string_view text, const std::string& first, const std::string& rest, std::size_t width, std::string unwrapped) {
  if (width == 0 || width < rest.size() + 20) return unwrapped;
  std::string out = wrap_words(text, width, rest);
  out.replace(0, rest.size(), first);
  return out + "\n";
}

// A name in bold and what identifies it, dim, on one line after `indent`; on a terminal too narrow
// for both, what identifies it goes on the next line, under the name.
std::string name_line(const std::string& indent, const std::string& name, const std::string& ids, bool color, std::size_t width) {
  const bool fits = width == 0 || display_width(indent + name + "  " + ids) <= width;
  return indent + paint(name, Style::bold, color) + (fits ? "  " : "\n" + indent) + paint(ids, Style::dim, color) + "\n";
}

// A measure's scoring in a few lines, and whether its publisher wording is there yet.
std::vector<std::string> measure_lines(const MeasureDefinition& m) {
  int lowest = m.responses.empty() ? 0 : m.responses.front().value, highest = m.responses.empty() ? 0 : m.responses.back().value;
  const int items = static_cast<int>(m.items.size()), low = lowest * items, high = highest * items;
  std::vector<std::string> bands;
  for (const auto& b : m.bands) bands.push_back(std::to_string(b.lower) + " " + b.label);
  std::vector<std::string> lines = {
      "total " + std::to_string(low) + " to " + std::to_string(high) + (bands.empty() ? "" : ": " + join(bands, ", ")),
      "a change of " + std::to_string(m.reliable_change) + " points or more is reliable; " + std::to_string(m.clinical_cut_off) +
          (m.lower_is_better ? " or more" : " or less") + " is in the clinical range",
      m.missing.kind == MissingItems::prorate ? "up to " + std::to_string(m.missing.max_missing) + " unanswered items: the total is prorated"
                                              : "any unanswered item: no total"};
  if (!m.loinc_panel.empty()) lines.push_back("LOINC " + m.loinc_panel + (m.loinc_total.empty() ? "" : ", total " + m.loinc_total));
  return lines;
}

}  // namespace

std::string render_template_text(const Template& t, bool builtin, bool color, std::size_t width) {
  std::string out =
      name_line("", safe(t.title), "(" + safe(t.id) + ", version " + std::to_string(t.version) + (builtin ? ", built-in" : "") + ")", color, width);
  std::vector<std::string> facts = {safe(t.kind)};
  if (!t.modalities.empty()) facts.push_back(safe(join(t.modalities, ", ")));
  if (t.minutes) facts.push_back("about " + std::to_string(*t.minutes) + " minutes");
  out += para(join(facts, " · "), "", "", width, join(facts, " · ") + "\n");
  if (!t.summary.empty()) out += "\n" + para(safe(t.summary), "", "", width, safe(t.summary) + "\n");
  auto section = [&](const char* title) { out += "\n" + paint(title, Style::bold, color) + "\n"; };
  if (!t.rationale.empty()) {
    section("Why it helps");
    out += para(safe(t.rationale), "  ", "  ", width, indent(safe(t.rationale), "  ") + "\n");
  }
  if (!t.instructions.empty()) {
    section("Steps");
    for (std::size_t i = 0; i < t.instructions.size(); ++i) {
      const std::string number = "  " + std::to_string(i + 1) + ". ";
      out += para(safe(t.instructions[i]), number, std::string(number.size(), ' '), width, number + safe(t.instructions[i]) + "\n");
    }
  }
  if (!t.fields.empty()) {
    section("What you record");
    for (const auto& f : t.fields) {
      out += name_line("  ", safe(f.label), "(" + safe(f.id) + ", " + field_type_name(f.type) + (f.required ? ", required" : "") + ")", color, width);
      const auto line = [&](const std::string& text) { out += para(text, "    ", "    ", width, "    " + text + "\n"); };
      if (!f.prompt.empty()) line(safe(f.prompt));
      if (!f.help.empty()) line(safe(f.help));
      if (f.type != FieldType::text && f.type != FieldType::yesno) line(safe(describe_field_input(f)));
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
      const std::string text = safe(join(parts, ", and "));
      out += para(text, "  - ", "    ", width, "  - " + text + "\n");
    }
  }
  if (t.measure) {
    section("Scoring");
    for (const auto& line : measure_lines(*t.measure)) out += para(safe(line), "  ", "    ", width, "  " + safe(line) + "\n");
    section("Wording");
    const std::string wording = t.measure->wording_included ? "the publisher's, from " + t.measure->wording_source
                                                            : "missing, so it cannot be assigned yet: " + wording_steps(*t.measure);
    out += para(safe(wording), "  ", "  ", width, "  " + safe(wording) + "\n");
  }
  if (!t.reflection.empty()) {
    section("Reflection");
    for (const auto& r : t.reflection) out += para(safe(r), "  - ", "    ", width, "  - " + safe(r) + "\n");
  }
  if (!t.success.empty()) {
    section("Success");
    out += para(safe(t.success), "  ", "  ", width, indent(safe(t.success), "  ") + "\n");
  }
  if (!t.alternatives.empty()) {
    section("Other ways to do it");
    for (const auto& a : t.alternatives) out += para(safe(a), "  - ", "    ", width, "  - " + safe(a) + "\n");
  }
  if (!t.resources.empty()) {
    section("Resources");
    for (const auto& r : t.resources) out += "  - " + safe(r.title) + ": " + safe(r.url.empty() ? r.file : r.url) + "\n";
  }
  return out;
}

std::string render_template_list_text(const std::vector<ListedTemplate>& shown, bool color, std::size_t width) {
  if (shown.empty()) return {};
  Table table;
  table.header = {"ID", "VERSION", "KIND", "MINUTES", "TITLE", "SOURCE"};
  for (const auto& [t, builtin] : shown) {
    table.rows.push_back({terminal_safe(t.id), std::to_string(t.version), terminal_safe(t.kind), t.minutes ? std::to_string(*t.minutes) : "",
                          terminal_safe(t.title), builtin ? "built-in" : "practice"});
  }
  return render_table(table, {width, color});
}

}  // namespace hwk
