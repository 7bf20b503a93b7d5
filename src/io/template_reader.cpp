// yaml-cpp → Template, strictly: unknown keys, wrong types and bad values are errors with places.
#include "io/template_reader.hpp"

#include <yaml-cpp/yaml.h>

#include <mutex>
#include <set>
#include <unordered_map>

#include "io/files.hpp"
#include "io/input_limits.hpp"
#include "io/measure_reader.hpp"
#include "io/yaml_map.hpp"
#include "model/ids.hpp"
#include "model/limits.hpp"
#include "model/practice_rule.hpp"
#include "util/duration.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

void check_id(MapReader& r, const YAML::Node& node, const std::string& id, const char* what) {
  if (auto problem = id_problem(id); !problem.empty()) r.error(node, std::string("invalid ") + what + " id '" + id + "': it " + problem);
}

void check_unique(MapReader& r, const YAML::Node& list_node, const std::vector<std::string>& items, const char* what) {
  std::set<std::string> seen;
  for (const auto& item : items) {
    if (!seen.insert(item).second) r.error(list_node, std::string(what) + " '" + item + "' is listed twice");
  }
}

// `status`: answers of a choice or yes/no field that say the practice was not (fully) done, each
// mapped to the status it implies.
void read_status_of(MapReader& r, Field& f) {
  const YAML::Node map = r.get("status");
  if (!map.IsDefined()) return;
  const bool single_choice = f.type == FieldType::choice && !f.multiple;
  if (!single_choice && f.type != FieldType::yesno) {
    r.error(map, "'status' is for a choice or yes/no field", "give the status each answer implies, e.g. {did not do it: skipped}");
    return;
  }
  if (!map.IsMap()) {
    r.error(map, "'status' must map answers to the status they imply, e.g. {did not do it: skipped}");
    return;
  }
  const std::vector<std::string> answers = f.type == FieldType::yesno ? std::vector<std::string>{"yes", "no"} : f.options;
  for (const auto& kv : map) {
    const std::string answer = kv.first.IsScalar() ? kv.first.Scalar() : "";
    const std::string status = kv.second.IsScalar() ? kv.second.Scalar() : "";
    if (std::find(answers.begin(), answers.end(), answer) == answers.end()) {
      std::string hint = "the answers are: " + join(answers, ", ");
      if (auto m = closest_match(answer, answers)) hint = "did you mean '" + *m + "'?";
      r.error(kv.first, "field '" + f.id + "' has no answer '" + answer + "'", hint);
    } else if (status != "partial" && status != "skipped") {
      r.error(kv.second, "an answer can imply 'partial' or 'skipped', not '" + status + "'");
    } else if (std::any_of(f.status_of.begin(), f.status_of.end(), [&](const auto& p) { return p.first == answer; })) {
      r.error(kv.first, "answer '" + answer + "' is given twice");
    } else {
      f.status_of.emplace_back(answer, status);
    }
  }
}

std::optional<Field> read_field(const YAML::Node& node, const std::filesystem::path& path, std::vector<Diagnostic>& diags) {
  if (!node.IsMap()) {
    diags.push_back({{path, node.Mark().line + 1, node.Mark().column + 1}, Severity::error, "a field must be a map of keys", {}});
    return std::nullopt;
  }
  const std::size_t errors_before = diags.size();
  MapReader r(node, path, diags, "the field");
  Field f;
  f.loc = r.loc();
  f.id = r.string("id", true).value_or("");
  if (!f.id.empty()) check_id(r, node["id"], f.id, "field");
  const auto type_name = r.string("type", true);
  if (type_name) {
    if (auto t = field_type_from_name(*type_name)) {
      f.type = *t;
    } else {
      std::string hint = "use one of " + join(field_type_names(), ", ");
      if (auto m = closest_match(*type_name, field_type_names())) hint = "did you mean '" + *m + "'?";
      r.error(node["type"], "unknown field type '" + *type_name + "'", hint);
      return std::nullopt;
    }
  }
  f.label = r.string("label").value_or(f.id);
  f.prompt = r.string("prompt").value_or("");
  f.help = r.string("help").value_or("");
  f.required = r.boolean("required").value_or(false);
  switch (f.type) {
    case FieldType::text: {
      if (auto v = r.integer("min_length", false, 0, 100000)) f.min_length = static_cast<std::size_t>(*v);
      if (auto v = r.integer("max_length", false, 1, 100000)) f.max_length = static_cast<std::size_t>(*v);
      if (f.min_length && f.max_length && *f.min_length > *f.max_length) r.error(node["min_length"], "min_length is greater than max_length");
      break;
    }
    case FieldType::scale: {
      const auto lo = r.integer("min", true, -1000000, 1000000);
      const auto hi = r.integer("max", true, -1000000, 1000000);
      if (lo) f.min = static_cast<double>(*lo);
      if (hi) f.max = static_cast<double>(*hi);
      f.step = static_cast<double>(r.integer("step", false, 1, 1000000).value_or(1));
      if (lo && hi && *lo >= *hi) r.error(node["max"], "the scale's max must be greater than its min");
      const YAML::Node anchors = r.get("anchors");
      if (anchors.IsDefined()) {
        if (!anchors.IsMap()) {
          r.error(anchors, "'anchors' must map scale values to labels, e.g. {0: none, 10: extreme}");
        } else {
          for (const auto& kv : anchors) {
            const auto value = kv.first.IsScalar() ? parse_integer(kv.first.Scalar()) : std::nullopt;
            if (!value) {
              r.error(kv.first, "an anchor must be a whole number on the scale");
            } else if (lo && hi && (*value < *lo || *value > *hi)) {
              r.error(kv.first, "anchor " + std::to_string(*value) + " is outside the scale " + std::to_string(*lo) + " to " + std::to_string(*hi));
            } else if (!kv.second.IsScalar()) {
              r.error(kv.second, "an anchor label must be text");
            } else {
              f.anchors[*value] = kv.second.Scalar();
            }
          }
        }
      }
      break;
    }
    case FieldType::likert: {
      f.points = r.strings("points", true);
      if (r.get("points").IsDefined() && f.points.size() < 2) r.error(node["points"], "a likert field needs at least 2 points");
      check_unique(r, node["points"], f.points, "point");
      break;
    }
    case FieldType::choice:
    case FieldType::checklist: {
      const bool choice = f.type == FieldType::choice;
      const char* key = choice ? "options" : "items";
      auto& list = choice ? f.options : f.items;
      list = r.strings(key, true);
      if (r.get(key).IsDefined() && list.empty()) r.error(node[key], std::string("'") + key + "' is empty");
      check_unique(r, node[key], list, choice ? "option" : "item");
      if (choice) f.multiple = r.boolean("multiple").value_or(false);
      if (!choice || f.multiple) {
        for (const auto& item : list) {
          if (item.find(',') != std::string::npos) {
            r.error(node[key], "'" + item + "' contains a comma, which separates several answers", "reword it without a comma");
          }
        }
      }
      break;
    }
    case FieldType::number: {
      f.min = r.number("min");
      f.max = r.number("max");
      if (auto step = r.number("step")) {
        if (*step <= 0) r.error(node["step"], "'step' must be greater than 0");
        else f.step = *step;
      }
      f.unit = r.string("unit").value_or("");
      if (f.min && f.max && *f.min > *f.max) r.error(node["max"], "max is less than min");
      break;
    }
    case FieldType::duration: {
      for (const char* key : {"min", "max"}) {
        if (auto text = r.string(key)) {
          const auto d = parse_duration(*text);
          if (!d) r.error(node[key], "'" + std::string(key) + "' must be a duration like 10m or 1h30m");
          (std::string(key) == "min" ? f.min_duration : f.max_duration) = d;
        }
      }
      if (f.min_duration && f.max_duration && *f.min_duration > *f.max_duration) r.error(node["max"], "max is shorter than min");
      break;
    }
    case FieldType::time:
    case FieldType::yesno:
      break;
  }
  read_status_of(r, f);
  r.finish();
  if (diags.size() > errors_before) return std::nullopt;
  return f;
}

void read_translations(const YAML::Node& node, Template& t, const std::filesystem::path& path, std::vector<Diagnostic>& diags) {
  auto error = [&](const YAML::Node& at, std::string message, std::string hint = {}) {
    diags.push_back({{path, at.Mark().line + 1, at.Mark().column + 1}, Severity::error, std::move(message), std::move(hint)});
  };
  if (!node.IsMap()) {
    error(node, "'translations' must map language codes to translated text, e.g. es: {title: …}");
    return;
  }
  for (const auto& kv : node) {
    const std::string code = kv.first.IsScalar() ? kv.first.Scalar() : "";
    if (!is_language_code(code)) {
      error(kv.first, "'" + code + "' is not a language code", "use e.g. es, fr or pt-BR");
      continue;
    }
    if (!kv.second.IsMap()) {
      error(kv.second, "the translation '" + code + "' must be a map of keys");
      continue;
    }
    MapReader r(kv.second, path, diags, "the translation '" + code + "'");
    Translation tr;
    tr.title = r.string("title").value_or("");
    tr.summary = r.string("summary").value_or("");
    tr.rationale = std::string(trim(r.string("rationale").value_or("")));
    tr.success = std::string(trim(r.string("success").value_or("")));
    tr.instructions = r.strings("instructions");
    tr.reflection = r.strings("reflection");
    tr.alternatives = r.strings("alternatives");
    const YAML::Node fields = r.get("fields");
    if (fields.IsDefined() && !fields.IsMap()) r.error(fields, "'fields' of a translation must map field ids to their text");
    if (fields.IsDefined() && fields.IsMap()) {
      for (const auto& fkv : fields) {
        const std::string id = fkv.first.IsScalar() ? fkv.first.Scalar() : "";
        const Field* f = t.find_field(id);
        if (!f) {
          r.error(fkv.first, "the template has no field '" + id + "' to translate");
          continue;
        }
        if (!fkv.second.IsMap()) {
          r.error(fkv.second, "the translation of field '" + id + "' must be a map of keys");
          continue;
        }
        MapReader fr(fkv.second, path, diags, "the translation of field '" + id + "'");
        FieldTranslation ft;
        ft.label = fr.string("label").value_or("");
        ft.prompt = fr.string("prompt").value_or("");
        ft.help = fr.string("help").value_or("");
        const YAML::Node anchors = fr.get("anchors");
        if (anchors.IsDefined()) {
          if (!anchors.IsMap()) fr.error(anchors, "'anchors' must map scale values to labels");
          else {
            for (const auto& akv : anchors) {
              const auto value = akv.first.IsScalar() ? parse_integer(akv.first.Scalar()) : std::nullopt;
              if (!value || !f->anchors.count(*value)) {
                fr.error(akv.first, "field '" + id + "' has no anchor at '" + (akv.first.IsScalar() ? akv.first.Scalar() : "?") + "'");
              } else if (akv.second.IsScalar()) {
                ft.anchors[*value] = akv.second.Scalar();
              }
            }
          }
        }
        const std::pair<const char*, std::pair<std::vector<std::string>*, const std::vector<std::string>*>> lists[] = {
            {"points", {&ft.points, &f->points}}, {"options", {&ft.options, &f->options}}, {"items", {&ft.items, &f->items}}};
        for (const auto& [key, target] : lists) {
          *target.first = fr.strings(key);
          if (fkv.second[key].IsDefined() && target.first->size() != target.second->size()) {
            fr.error(fkv.second[key], std::string("'") + key + "' must translate all " + std::to_string(target.second->size()) + " of the field's " +
                                          key + ", in order");
          }
        }
        fr.finish();
        tr.fields.emplace(id, std::move(ft));
      }
    }
    r.finish();
    t.translations.emplace(code, std::move(tr));
  }
}

// `risk:` a list of conditions on the template's own fields, each reported at its word.
void read_risk(const YAML::Node& list, std::string_view yaml, Template& t, MapReader& r, std::vector<Diagnostic>& diags) {
  if (!list.IsDefined()) return;
  if (!list.IsSequence()) {
    r.error(list, "'risk' must be a list of conditions, e.g. - urge_suicide >= 3");
    return;
  }
  for (const auto& node : list) {
    if (!node.IsScalar()) {
      r.error(node, "a risk condition is one line of text, e.g. self_harm = yes");
      continue;
    }
    RiskRule rule;
    rule.text = node.Scalar();
    rule.loc = r.loc(node);
    // A quoted scalar's text starts one column after its mark.
    const auto mark = node.Mark();
    if (mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < yaml.size() && (yaml[mark.pos] == '"' || yaml[mark.pos] == '\'')) {
      rule.loc.col += 1;
    }
    auto parsed = parse_conditions(rule.text);
    if (const auto* e = std::get_if<RuleError>(&parsed)) {
      SourceLoc at = rule.loc;
      at.col += static_cast<int>(e->column);
      diags.push_back({at, Severity::error, e->message, e->hint});
      continue;
    }
    rule.when = std::get<std::vector<Condition>>(parsed);
    bool ok = true;
    for (const auto& c : rule.when) {
      if (auto problem = condition_field_problem(c, t); !problem.empty()) {
        SourceLoc at = rule.loc;
        at.col += static_cast<int>(condition_problem_column(c, t));
        diags.push_back({at, Severity::error, problem, {}});
        ok = false;
      }
    }
    if (ok) t.risk.push_back(std::move(rule));
  }
}

}  // namespace

std::optional<Template> parse_template(std::string_view yaml, const std::filesystem::path& path, std::vector<Diagnostic>& diags) {
  const auto loaded = load_yaml(yaml, path, diags);
  if (!loaded) return std::nullopt;
  const YAML::Node& root = *loaded;
  if (!root.IsMap()) {
    diags.push_back({{path, 1, 1}, Severity::error, "a template must be a map of keys (id, version, title, …)", {}});
    return std::nullopt;
  }
  const std::size_t errors_before = diags.size();
  MapReader r(root, path, diags, "the template");
  Template t;
  t.path = path;
  t.id = r.string("id", true).value_or("");
  if (!t.id.empty()) check_id(r, root["id"], t.id, "template");
  t.version = static_cast<int>(r.integer("version", true, 1, 100000).value_or(0));
  t.title = r.string("title", true).value_or("");
  if (auto kind = r.string("kind", true)) {
    t.kind = *kind;
    const auto& kinds = template_kinds();
    if (std::find(kinds.begin(), kinds.end(), *kind) == kinds.end()) {
      std::string hint = "use one of " + join(kinds, ", ");
      if (auto m = closest_match(*kind, kinds)) hint = "did you mean '" + *m + "'?";
      r.error(root["kind"], "unknown kind '" + *kind + "'", hint);
    }
  }
  t.modalities = r.strings("modalities");
  if (auto m = r.integer("minutes", false, 1, 600)) t.minutes = static_cast<int>(*m);
  t.summary = r.string("summary").value_or("");
  t.rationale = std::string(trim(r.string("rationale").value_or("")));
  t.instructions = r.strings("instructions");
  t.reflection = r.strings("reflection");
  if (auto every = r.string("reflection_every")) {
    if (*every == "week") t.weekly_reflection = true;
    else if (*every != "record") r.error(root["reflection_every"], "unknown value '" + *every + "'", "use record (the default) or week");
  }
  if (auto occasion = r.string("occasion")) {
    if (auto o = occasion_from_name(*occasion)) t.occasion = *o;
    else r.error(root["occasion"], "unknown occasion '" + *occasion + "'", "use scheduled (the default), daily-log or event");
  }
  t.success = std::string(trim(r.string("success").value_or("")));
  t.alternatives = r.strings("alternatives");
  const YAML::Node fields = r.get("fields");
  const YAML::Node measure = r.get("measure");
  if (t.kind == "measure") {
    if (fields.IsDefined()) r.error(fields, "a measure's fields are its items; remove 'fields'");
    if (!measure.IsDefined()) r.error(root, "a template of kind measure has no 'measure'", "see MEASURES in hwk-template(5)");
    else read_measure(measure, path, t, diags);
  } else if (measure.IsDefined()) {
    r.error(measure, "'measure' is for a template of kind measure");
  } else if (fields.IsDefined()) {
    if (!fields.IsSequence()) {
      r.error(fields, "'fields' must be a list of fields");
    } else if (fields.size() > limits::max_fields) {
      diags.push_back(limit_diagnostic(
          r.loc(fields), std::to_string(fields.size()) + " fields; hwk reads at most " + std::to_string(limits::max_fields) + " in one template"));
    } else {
      std::set<std::string> ids;
      for (const auto& fn : fields) {
        if (auto f = read_field(fn, path, diags)) {
          if (!ids.insert(f->id).second) r.error(fn["id"], "field '" + f->id + "' is defined twice");
          t.fields.push_back(std::move(*f));
        }
      }
    }
  }
  read_risk(r.get("risk"), yaml, t, r, diags);
  const YAML::Node resources = r.get("resources");
  if (resources.IsDefined()) {
    if (!resources.IsSequence()) r.error(resources, "'resources' must be a list");
    else {
      for (const auto& rn : resources) {
        if (!rn.IsMap()) {
          r.error(rn, "a resource must have a title and a url or file");
          continue;
        }
        MapReader rr(rn, path, diags, "the resource");
        Resource res{rr.string("title", true).value_or(""), rr.string("url").value_or(""), rr.string("file").value_or("")};
        if (res.url.empty() == res.file.empty()) rr.error(rn, "a resource needs exactly one of 'url' or 'file'");
        if (!res.url.empty() && !res.url.starts_with("https://") && !res.url.starts_with("http://")) {
          rr.error(rn["url"], "a resource url must start with https:// or http://");
        }
        if (!res.file.empty() && (res.file.find("..") != std::string::npos || res.file.front() == '/')) {
          rr.error(rn["file"], "a resource file must be a relative name inside the practice");
        }
        rr.finish();
        t.resources.push_back(std::move(res));
      }
    }
  }
  const YAML::Node translations = r.get("translations");
  if (translations.IsDefined()) read_translations(translations, t, path, diags);
  r.finish();
  if (diags.size() > errors_before) return std::nullopt;
  return t;
}

std::optional<Template> parse_template_cached(const std::string& yaml, const std::filesystem::path& path, std::vector<Diagnostic>& diags) {
  static std::unordered_map<std::string, Template> cache;
  static std::mutex mutex;  // clients are read on two threads
  {
    std::lock_guard lock(mutex);
    if (const auto it = cache.find(yaml); it != cache.end()) {
      Template t = it->second;
      t.path = path;
      for (auto& f : t.fields) f.loc.path = path;
      return t;
    }
  }
  std::vector<Diagnostic> found;
  auto t = parse_template(yaml, path, found);
  if (t && found.empty()) {
    std::lock_guard lock(mutex);
    cache.emplace(yaml, *t);
  }
  diags.insert(diags.end(), found.begin(), found.end());
  return t;
}

Template load_template(const std::filesystem::path& path) {
  std::vector<Diagnostic> diags;
  auto t = parse_template(read_file(path), path, diags);
  if (!t || has_errors(diags)) throw Error(diags);
  return *t;
}

}  // namespace hwk
