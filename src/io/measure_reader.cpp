// yaml-cpp → MeasureDefinition, strictly, and the fields and risk rules a measure's items make.
#include "io/measure_reader.hpp"

#include <algorithm>
#include <regex>
#include <set>

#include "io/yaml_map.hpp"
#include "model/ids.hpp"
#include "model/limits.hpp"
#include "model/practice_rule.hpp"

namespace hwk {
namespace {

// Whether `node` is a map of keys; an error at it when it is not.
bool is_map_of_keys(MapReader& r, const YAML::Node& node, const std::string& what) {
  if (node.IsMap()) return true;
  r.error(node, what + " must be a map of keys");
  return false;
}

std::string text_of(MapReader& r, const std::string& key, bool required = false) { return std::string(trim(r.string(key, required).value_or(""))); }

// `wording`, `wording_from`, `wording_source` and `instructions`.
void read_wording(MapReader& r, const YAML::Node& node, MeasureDefinition& def) {
  if (auto wording = r.string("wording", true)) {
    if (*wording == "included") def.wording_included = true;
    else if (*wording != "publisher")
      r.error(node["wording"], "unknown wording '" + *wording + "'", "use publisher (texts still to add) or included");
  }
  def.wording_from = text_of(r, "wording_from");
  def.wording_source = text_of(r, "wording_source");
  def.instructions = text_of(r, "instructions");
  if (def.wording_included && def.wording_source.empty()) {
    r.error(node, "a measure with wording: included has no 'wording_source'", "say where the wording comes from and under what licence");
  }
  if (!def.wording_included && !def.instructions.empty()) {
    r.error(node["instructions"], "'instructions' are the publisher's wording, which a measure with wording: publisher does not hold",
            "set wording: included, or add the wording with 'hwk template new ID --wording FILE'");
  }
}

// The publisher's text of an item or an answer: required with wording: included, refused without.
std::string read_text(MapReader& r, const YAML::Node& node, const MeasureDefinition& def, const std::string& what) {
  std::string text = text_of(r, "text");
  if (def.wording_included && text.empty()) {
    r.error(node, what + " has no 'text'", "a measure with wording: included needs the publisher's text of every item and answer");
  } else if (!def.wording_included && !text.empty()) {
    r.error(node["text"], "'text' is the publisher's wording, which a measure with wording: publisher does not hold",
            "set wording: included, or add the wording with 'hwk template new ID --wording FILE'");
  }
  return text;
}

void read_responses(MapReader& r, MeasureDefinition& def) {
  const YAML::Node list = r.get("responses", true);
  if (!list.IsDefined()) return;
  if (!list.IsSequence() || list.size() < 2) {
    r.error(list, "'responses' must be a list of at least 2 answers, e.g. - {value: 0, label: not at all}");
    return;
  }
  for (const auto& n : list) {
    if (!is_map_of_keys(r, n, "an answer")) continue;
    MapReader ar(n, r.path(), r.diagnostics(), "the answer");
    ResponseOption o;
    const auto value = ar.integer("value", true, -1000, 1000);
    o.label = text_of(ar, "label", true);
    o.text = read_text(ar, n, def, "answer " + std::to_string(value.value_or(0)));
    ar.finish();
    if (!value) continue;
    o.value = static_cast<int>(*value);
    if (!def.responses.empty() && o.value <= def.responses.back().value) {
      ar.error(n["value"], "answer values must ascend; " + std::to_string(o.value) + " comes after " + std::to_string(def.responses.back().value));
      continue;
    }
    if (def.responses.size() >= 2 && o.value - def.responses.back().value != def.responses[1].value - def.responses[0].value) {
      ar.error(n["value"], "answer values must be evenly spaced, like the points of a scale");
      continue;
    }
    def.responses.push_back(std::move(o));
  }
}

void read_items(MapReader& r, MeasureDefinition& def) {
  const YAML::Node list = r.get("items", true);
  if (!list.IsDefined()) return;
  if (!list.IsSequence() || list.size() == 0) {
    r.error(list, "'items' must be a list of items, e.g. - {id: item1, label: interest}");
    return;
  }
  if (list.size() > limits::max_fields) {
    r.error(list, std::to_string(list.size()) + " items; hwk reads at most " + std::to_string(limits::max_fields) + " in one measure");
    return;
  }
  std::set<std::string> ids;
  for (const auto& n : list) {
    if (!is_map_of_keys(r, n, "an item")) continue;
    MapReader ir(n, r.path(), r.diagnostics(), "the item");
    MeasureItem item;
    item.id = ir.string("id", true).value_or("");
    if (auto problem = id_problem(item.id); !item.id.empty() && !problem.empty()) {
      ir.error(n["id"], "invalid item id '" + item.id + "': it " + problem);
    } else if (!item.id.empty() && !ids.insert(item.id).second) {
      ir.error(n["id"], "item '" + item.id + "' is defined twice");
    }
    item.label = text_of(ir, "label", true);
    item.reverse = ir.boolean("reverse").value_or(false);
    item.subscales = ir.strings("subscales");
    for (const auto& s : item.subscales) {
      if (auto problem = id_problem(s); !problem.empty()) ir.error(n["subscales"], "invalid subscale id '" + s + "': it " + problem);
    }
    item.text = read_text(ir, n, def, "item '" + item.id + "'");
    ir.finish();
    def.items.push_back(std::move(item));
  }
}

void read_missing(MapReader& r, MeasureDefinition& def) {
  const YAML::Node node = r.get("missing", true);
  if (!node.IsDefined() || !is_map_of_keys(r, node, "'missing'")) return;
  MapReader mr(node, r.path(), r.diagnostics(), "'missing'");
  if (auto rule = mr.string("rule", true)) {
    if (*rule == "prorate") def.missing.kind = MissingItems::prorate;
    else if (*rule != "no-total") mr.error(node["rule"], "unknown missing rule '" + *rule + "'", "use no-total or prorate");
  }
  if (def.missing.kind == MissingItems::prorate) {
    const long long most = std::max<long long>(1, static_cast<long long>(def.items.size()) - 1);
    def.missing.max_missing = static_cast<int>(mr.integer("max_missing", true, 1, most).value_or(0));
  } else if (const YAML::Node extra = mr.get("max_missing"); extra.IsDefined()) {
    mr.error(extra, "'max_missing' is for the prorate rule");
  }
  def.missing.source = text_of(mr, "source", true);
  mr.finish();
}

void read_bands(MapReader& r, MeasureDefinition& def) {
  const YAML::Node list = r.get("bands", true);
  if (!list.IsDefined()) return;
  if (!list.IsSequence() || list.size() == 0) {
    r.error(list, "'bands' must be a list of bands, e.g. - {from: 0, label: minimal}");
    return;
  }
  for (const auto& n : list) {
    if (!is_map_of_keys(r, n, "a band")) continue;
    MapReader br(n, r.path(), r.diagnostics(), "the band");
    const auto from = br.integer("from", true, -1000000, 1000000);
    SeverityBand band{static_cast<int>(from.value_or(0)), text_of(br, "label", true)};
    br.finish();
    if (!from) continue;
    if (!def.bands.empty() && band.lower <= def.bands.back().lower) {
      br.error(n["from"], "bands must ascend; " + std::to_string(band.lower) + " comes after " + std::to_string(def.bands.back().lower));
      continue;
    }
    def.bands.push_back(std::move(band));
  }
}

// `reliable_change: {points, source}` and `cut_off: {score, source}`: a number and its citation.
void read_cited(MapReader& r, const std::string& key, const std::string& number_key, long long lo, int& number, std::string& source) {
  const YAML::Node node = r.get(key, true);
  if (!node.IsDefined() || !is_map_of_keys(r, node, "'" + key + "'")) return;
  MapReader cr(node, r.path(), r.diagnostics(), "'" + key + "'");
  number = static_cast<int>(cr.integer(number_key, true, lo, 1000000).value_or(0));
  source = text_of(cr, "source", true);
  cr.finish();
}

void read_critical(MapReader& r, MeasureDefinition& def) {
  const YAML::Node list = r.get("critical");
  if (!list.IsDefined()) return;
  if (!list.IsSequence()) {
    r.error(list, "'critical' must be a list, e.g. - {item: item9, above: 0}");
    return;
  }
  for (const auto& n : list) {
    if (!is_map_of_keys(r, n, "a critical item")) continue;
    MapReader cr(n, r.path(), r.diagnostics(), "the critical item");
    CriticalItem c;
    c.item_id = cr.string("item", true).value_or("");
    const auto above = cr.integer("above", true, -1000000, 1000000);
    cr.finish();
    const bool known = std::any_of(def.items.begin(), def.items.end(), [&](const MeasureItem& i) { return i.id == c.item_id; });
    if (!c.item_id.empty() && !known) {
      std::vector<std::string> ids;
      for (const auto& i : def.items) ids.push_back(i.id);
      std::string hint;
      if (auto m = closest_match(c.item_id, ids)) hint = "did you mean '" + *m + "'?";
      cr.error(n["item"], "the measure has no item '" + c.item_id + "'", hint);
      continue;
    }
    if (!above || c.item_id.empty()) continue;
    c.above = static_cast<int>(*above);
    if (!def.responses.empty() && (c.above < def.responses.front().value || c.above >= def.responses.back().value)) {
      const std::string lo = std::to_string(def.responses.front().value), hi = std::to_string(def.responses.back().value - 1);
      cr.error(n["above"], "'above' must be from " + lo + " to " + hi + ", so that some answers are above it and some are not");
      continue;
    }
    def.critical_items.push_back(std::move(c));
  }
}

void read_loinc(MapReader& r, MeasureDefinition& def) {
  const YAML::Node node = r.get("loinc");
  if (!node.IsDefined() || !is_map_of_keys(r, node, "'loinc'")) return;
  MapReader lr(node, r.path(), r.diagnostics(), "'loinc'");
  static const std::regex code(R"(\d{1,7}-\d)");
  for (const auto& [key, target] : {std::pair{"panel", &def.loinc_panel}, std::pair{"total", &def.loinc_total}}) {
    *target = lr.string(key).value_or("");
    if (!target->empty() && !std::regex_match(*target, code)) lr.error(node[key], "'" + *target + "' is not a LOINC code", "write it like 44249-1");
  }
  lr.finish();
}

}  // namespace

Field measure_item_field(const MeasureDefinition& def, const MeasureItem& item) {
  Field f;
  f.id = item.id;
  f.type = FieldType::scale;
  f.label = item.label;
  f.prompt = item.text;
  f.required = def.missing.kind == MissingItems::no_total;
  if (!def.responses.empty()) {
    f.min = def.responses.front().value;
    f.max = def.responses.back().value;
    f.step = def.responses.size() > 1 ? def.responses[1].value - def.responses[0].value : 1;
  }
  for (const auto& r : def.responses) f.anchors[r.value] = r.text.empty() ? r.label : r.text;
  return f;
}

void read_measure(const YAML::Node& node, const std::filesystem::path& path, Template& t, std::vector<Diagnostic>& diags) {
  const std::size_t errors_before = diags.size();
  MapReader r(node, path, diags, "the measure");
  if (!is_map_of_keys(r, node, "'measure'")) return;
  MeasureDefinition def;
  def.id = t.id;
  def.title = t.title;
  read_wording(r, node, def);
  read_responses(r, def);
  read_items(r, def);
  read_missing(r, def);
  read_bands(r, def);
  read_cited(r, "reliable_change", "points", 1, def.reliable_change, def.reliable_change_source);
  read_cited(r, "cut_off", "score", -1000000, def.clinical_cut_off, def.clinical_cut_off_source);
  def.lower_is_better = !r.boolean("higher_is_better").value_or(false);
  read_critical(r, def);
  read_loinc(r, def);
  r.finish();
  if (diags.size() > errors_before) return;

  const YAML::Node items = node["items"];
  for (std::size_t i = 0; i < def.items.size(); ++i) {
    Field f = measure_item_field(def, def.items[i]);
    f.loc = r.loc(items[i]);
    t.fields.push_back(std::move(f));
  }
  const YAML::Node critical = node["critical"];
  for (std::size_t i = 0; i < def.critical_items.size(); ++i) {
    RiskRule rule;
    rule.text = def.critical_items[i].item_id + " > " + std::to_string(def.critical_items[i].above);
    rule.when = std::get<std::vector<Condition>>(parse_conditions(rule.text));
    rule.loc = r.loc(critical[i]);
    t.risk.push_back(std::move(rule));
  }
  if (!def.instructions.empty()) t.instructions.insert(t.instructions.begin(), def.instructions);
  t.measure = std::move(def);
}

}  // namespace hwk
