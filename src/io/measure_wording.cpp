// Reading a wording file against a measure's definition, and filling a measure template with it.
#include "io/measure_wording.hpp"

#include <set>

#include "io/yaml_map.hpp"

namespace hwk {
namespace {

// Reads `key: {id: text, …}` into `out`, one entry per id `known` lists: every one exactly once,
// nothing else, no empty text. `parse` turns a key's text into an id, or nothing.
template <typename Id, typename Parse, typename Name>
void read_texts(MapReader& r, const std::string& key, const std::vector<Id>& known, const std::string& what, Parse parse, Name name,
                std::map<Id, std::string>& out) {
  const YAML::Node map = r.get(key, true);
  if (!map.IsDefined()) return;
  if (!map.IsMap()) {
    r.error(map, "'" + key + "' must map each " + what + " to its text");
    return;
  }
  std::vector<std::string> names;
  for (const auto& id : known) names.push_back(name(id));
  for (const auto& kv : map) {
    const std::string raw = kv.first.IsScalar() ? kv.first.Scalar() : "";
    const auto id = parse(raw);
    if (!id || std::find(known.begin(), known.end(), *id) == known.end()) {
      std::string hint = "the " + what + "s are: " + join(names, ", ");
      if (auto m = closest_match(raw, names)) hint = "did you mean '" + *m + "'?";
      r.error(kv.first, "the measure has no " + what + " '" + raw + "'", hint);
    } else if (out.count(*id)) {
      r.error(kv.first, what + " '" + raw + "' is given twice");
    } else if (!kv.second.IsScalar() || trim(kv.second.Scalar()).empty()) {
      r.error(kv.second, "the text of " + what + " '" + raw + "' is empty");
      out[*id];
    } else {
      out[*id] = std::string(trim(kv.second.Scalar()));
    }
  }
  for (const auto& id : known) {
    if (!out.count(id)) r.error(map, what + " '" + name(id) + "' has no text", "give the publisher's text of every " + what);
  }
}

}  // namespace

MeasureWording parse_measure_wording(std::string_view text, const std::filesystem::path& file, const MeasureDefinition& def) {
  std::vector<Diagnostic> diags;
  const auto root = load_yaml(text, file, diags);
  if (root && !root->IsMap()) diags.push_back({{file, 1, 1}, Severity::error, "a wording file must be a map of keys (source, responses, items)", {}});
  if (!diags.empty()) throw Error(diags);
  MapReader r(*root, file, diags, "the wording file");
  MeasureWording w;
  w.source = std::string(trim(r.string("source", true).value_or("")));
  if (r.get("source").IsDefined() && w.source.empty()) r.error(r.get("source"), "'source' is empty", "say where the wording comes from");
  w.instructions = std::string(trim(r.string("instructions").value_or("")));
  std::vector<int> values;
  for (const auto& o : def.responses) values.push_back(o.value);
  std::vector<std::string> ids;
  for (const auto& i : def.items) ids.push_back(i.id);
  read_texts(
      r, "responses", values, "answer",
      [](const std::string& s) -> std::optional<int> {
        const auto v = parse_integer(s);
        return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
      },
      [](int v) { return std::to_string(v); }, w.responses);
  read_texts(
      r, "items", ids, "item", [](const std::string& s) { return std::optional<std::string>(s); }, [](const std::string& s) { return s; }, w.items);
  r.finish();
  if (has_errors(diags)) throw Error(diags);
  return w;
}

std::string template_with_wording(std::string_view template_yaml, const MeasureWording& wording, std::string_view made_by) {
  YAML::Node root = YAML::Load(std::string(template_yaml));
  YAML::Node old_measure = root["measure"];
  YAML::Node measure(YAML::NodeType::Map);
  bool placed = false;
  for (const auto& kv : old_measure) {
    const std::string key = kv.first.Scalar();
    if (key == "wording_source" || key == "instructions") continue;
    measure[key] = key == "wording" ? YAML::Node("included") : kv.second;
    if (key == "wording_from") {
      placed = true;
      measure["wording_source"] = wording.source;
      if (!wording.instructions.empty()) measure["instructions"] = wording.instructions;
    }
  }
  if (!placed) {
    measure["wording_source"] = wording.source;
    if (!wording.instructions.empty()) measure["instructions"] = wording.instructions;
  }
  for (YAML::Node response : measure["responses"]) {
    response["text"] = wording.responses.at(response["value"].as<int>());
    response.SetStyle(YAML::EmitterStyle::Block);
  }
  for (YAML::Node item : measure["items"]) {
    item["text"] = wording.items.at(item["id"].Scalar());
    item.SetStyle(YAML::EmitterStyle::Block);
  }
  root["measure"] = measure;
  YAML::Emitter out;
  out << root;
  return "# " + std::string(made_by) + "\n" + out.c_str() + "\n";
}

}  // namespace hwk
