// Names of field types and kinds, and the lint rules for templates.
#include "model/template.hpp"

#include <cstdio>

#include "model/readability.hpp"

namespace hwk {

const std::vector<std::string>& field_type_names() {
  static const std::vector<std::string> names = {"text", "scale", "likert", "choice", "number", "duration", "time", "checklist", "yesno"};
  return names;
}

const char* field_type_name(FieldType t) { return field_type_names()[static_cast<std::size_t>(t)].c_str(); }

std::optional<FieldType> field_type_from_name(std::string_view name) {
  const auto& names = field_type_names();
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<FieldType>(i);
  }
  return std::nullopt;
}

const char* occasion_name(Occasion o) {
  switch (o) {
    case Occasion::scheduled:
      return "scheduled";
    case Occasion::daily_log:
      return "daily-log";
    case Occasion::event:
      return "event";
  }
  return "scheduled";
}

std::optional<Occasion> occasion_from_name(std::string_view name) {
  for (const Occasion o : {Occasion::scheduled, Occasion::daily_log, Occasion::event}) {
    if (name == occasion_name(o)) return o;
  }
  return std::nullopt;
}

const std::vector<std::string>& template_kinds() {
  static const std::vector<std::string> kinds = {"psychoeducation",        "self-monitoring",     "skills-practice", "exposure",
                                                 "behavioural-experiment", "activity-scheduling", "safety-plan",     "measure"};
  return kinds;
}

bool same_meaning(const Template& a, const Template& b) {
  auto core = [](Template t) {
    t.translations.clear();
    t.path.clear();
    t.occasion = Occasion::scheduled;  // how it is reviewed and asked, not what a record holds
    t.weekly_reflection = false;
    for (auto& f : t.fields) f.loc = {};
    for (auto& r : t.risk) r.loc = {};
    return t;
  };
  return core(a) == core(b);
}

const Field* Template::find_field(std::string_view field_id) const {
  for (const auto& f : fields) {
    if (f.id == field_id) return &f;
  }
  return nullptr;
}

std::vector<Diagnostic> template_warnings(const Template& t, double max_grade) {
  std::vector<Diagnostic> out;
  const SourceLoc file{t.path, 1, 1};
  auto warn = [&](SourceLoc loc, std::string message, std::string hint = {}) {
    out.push_back({std::move(loc), Severity::warning, std::move(message), std::move(hint)});
  };
  // A measure is answered, not practised: no success criterion or reflection to ask for, and its
  // items' prompts are the publisher's words, neither ours to simplify nor missing by mistake.
  const bool measure = t.measure.has_value();
  if (t.rationale.empty()) warn(file, "template '" + t.id + "' has no rationale", "say in a few plain sentences why this helps");
  if (t.success.empty() && !measure)
    warn(file, "template '" + t.id + "' has no success criterion", "say what counts as done, e.g. \"4 records this week\"");
  if (t.instructions.empty()) warn(file, "template '" + t.id + "' has no instructions");
  if (t.reflection.empty() && !measure) warn(file, "template '" + t.id + "' has no reflection prompts");
  std::string instructions, prompts;
  for (const auto& i : t.instructions) instructions += i + "\n";
  for (const auto& f : t.fields) prompts += measure ? "" : f.prompt + "\n";
  for (const auto& r : t.reflection) prompts += r + "\n";
  const std::pair<const char*, const std::string*> texts[] = {{"rationale", &t.rationale}, {"instructions", &instructions}, {"prompts", &prompts}};
  for (const auto& [what, text] : texts) {
    const double grade = reading_grade(*text);
    if (grade > max_grade) {
      char buf[128];
      std::snprintf(buf, sizeof buf, "the %s of '%s' read at about grade %.1f, above %.0f", what, t.id.c_str(), grade, max_grade);
      warn(file, buf, "use shorter sentences and everyday words");
    }
  }
  for (const auto& f : t.fields) {
    if (f.prompt.empty() && !measure) warn(f.loc, "field '" + f.id + "' has no prompt", "write the question the client is asked");
    if (f.type == FieldType::scale && f.min && f.max &&
        (!f.anchors.count(static_cast<long long>(*f.min)) || !f.anchors.count(static_cast<long long>(*f.max)))) {
      warn(f.loc, "scale '" + f.id + "' has no anchor labels at both ends", "add anchors, e.g. {0: none at all, 10: the most I can imagine}");
    }
  }
  return out;
}

}  // namespace hwk

namespace hwk {

bool is_language_code(std::string_view code) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (code.size() != 2 && code.size() != 3 && code.size() != 5) return false;
  if (!lower(code[0]) || !lower(code[1])) return false;
  if (code.size() == 3) return lower(code[2]);
  return code.size() == 2 || (code[2] == '-' && upper(code[3]) && upper(code[4]));
}

std::string language_code(std::string_view locale) {
  locale = locale.substr(0, locale.find_first_of(".@"));
  if (locale.empty() || locale == "C" || locale == "POSIX") return {};
  std::string code(locale);
  for (char& c : code) {
    if (c == '_') c = '-';
  }
  return is_language_code(code) ? code : std::string(code.substr(0, 2));
}

const std::string& localized_title(const Template& t, std::string_view language) {
  const std::string code = language_code(language);
  if (code.empty()) return t.title;
  auto it = t.translations.find(code);
  if (it == t.translations.end()) it = t.translations.find(code.substr(0, 2));
  return it == t.translations.end() || it->second.title.empty() ? t.title : it->second.title;
}

Template localized(const Template& t, std::string_view language) {
  const std::string code = language_code(language);
  if (code.empty()) return t;
  auto it = t.translations.find(code);
  if (it == t.translations.end()) it = t.translations.find(code.substr(0, 2));
  if (it == t.translations.end()) return t;
  const Translation& tr = it->second;
  Template out = t;
  auto take = [](std::string& target, const std::string& text) {
    if (!text.empty()) target = text;
  };
  auto take_list = [](std::vector<std::string>& target, const std::vector<std::string>& list) {
    if (!list.empty()) target = list;
  };
  take(out.title, tr.title);
  take(out.summary, tr.summary);
  take(out.rationale, tr.rationale);
  take(out.success, tr.success);
  take_list(out.instructions, tr.instructions);
  take_list(out.reflection, tr.reflection);
  take_list(out.alternatives, tr.alternatives);
  for (auto& f : out.fields) {
    const auto ft = tr.fields.find(f.id);
    if (ft == tr.fields.end()) continue;
    take(f.label, ft->second.label);
    take(f.prompt, ft->second.prompt);
    take(f.help, ft->second.help);
    for (const auto& [value, label] : ft->second.anchors) f.anchors[value] = label;
    if (ft->second.points.size() == f.points.size()) f.points = ft->second.points;
    if (ft->second.options.size() == f.options.size()) f.option_labels = ft->second.options;
    if (ft->second.items.size() == f.items.size()) f.item_labels = ft->second.items;
  }
  return out;
}

}  // namespace hwk
