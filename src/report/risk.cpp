// Risk flags and the words that name them.
#include "report/risk.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "model/field_value.hpp"
#include "model/practice_rule.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

const FieldValue* value_of(const Record& r, const std::string& field) {
  for (const auto& [id, v] : r.values) {
    if (id == field) return &v;
  }
  return nullptr;
}

// The option or item a word names, as `shown` words it.
std::string answer_label(const Condition& c, const Field& shown) {
  const auto& answers = shown.type == FieldType::checklist ? shown.items : shown.options;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    if (to_lower(answers[i]) == c.word) return shown.type == FieldType::checklist ? shown.item_label(i) : shown.option_label(i);
  }
  return c.word;
}

// The phrases of one language. {L} is the field's label, {V} the value.
struct Phrases {
  std::string rated, answered;                     // lead-ins for a rating, and for another number
  std::string more_equal, more, less_equal, less;  // "{V} or more", …
  std::string equal, not_equal;                    // "{V}", "not {V}"
  std::string yes, no, yesno, chose, ticked, other;
  std::string quoted;  // an answer in the language's quotation marks
};

const Phrases& phrases(std::string_view language) {
  static const std::map<std::string, Phrases, std::less<>> table = {
      {"en",
       {"You rated {L} {C}.", "Your answer to {L} was {C}.", "{V} or more", "more than {V}", "{V} or less", "less than {V}", "{V}", "not {V}", "yes",
        "no", "You answered {V} to {L}.", "You chose “{V}” for {L}.", "You ticked “{V}” in {L}.", "Your answer to {L} was {C}.", "“{V}”"}},
      {"es",
       {"Calificaste {L} con {C}.", "Tu respuesta a {L} fue {C}.", "{V} o más", "más de {V}", "{V} o menos", "menos de {V}", "{V}",
        "otro valor que {V}", "sí", "no", "Respondiste {V} a {L}.", "Elegiste «{V}» en {L}.", "Marcaste «{V}» en {L}.", "Tu respuesta a {L} fue {C}.",
        "«{V}»"}},
      {"fr",
       {"Vous avez noté {L} à {C}.", "Votre réponse à {L} était {C}.", "{V} ou plus", "plus de {V}", "{V} ou moins", "moins de {V}", "{V}",
        "autre que {V}", "oui", "non", "Vous avez répondu {V} à {L}.", "Vous avez choisi « {V} » pour {L}.", "Vous avez coché « {V} » dans {L}.",
        "Votre réponse à {L} était {C}.", "« {V} »"}},
  };
  const std::string primary(language.substr(0, language.find('-')));
  if (auto it = table.find(primary); it != table.end()) return it->second;
  return table.find("en")->second;
}

std::string fill(std::string text, std::string_view key, const std::string& value) {
  for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size())) text.replace(at, key.size(), value);
  return text;
}

std::string comparison_words(const Phrases& p, Comparison op, const std::string& v) {
  switch (op) {
    case Comparison::greater_equal:
      return fill(p.more_equal, "{V}", v);
    case Comparison::greater:
      return fill(p.more, "{V}", v);
    case Comparison::less_equal:
      return fill(p.less_equal, "{V}", v);
    case Comparison::less:
      return fill(p.less, "{V}", v);
    case Comparison::equal:
      return fill(p.equal, "{V}", v);
    case Comparison::not_equal:
      return fill(p.not_equal, "{V}", v);
  }
  return v;
}

std::string value_words(const Condition& c) { return c.word.empty() ? format_number(c.value) : c.word; }

}  // namespace

std::string condition_words(const Condition& c, const Field& f) {
  const Phrases& p = phrases("en");
  switch (f.type) {
    case FieldType::yesno:
      return (c.word == "yes") == (c.op == Comparison::equal) ? p.yes : p.no;
    case FieldType::choice:
    case FieldType::checklist:
      return c.op == Comparison::equal ? "“" + answer_label(c, f) + "”" : "not “" + answer_label(c, f) + "”";
    default:
      return comparison_words(p, c.op, value_words(c));
  }
}

std::string client_risk_line(const Condition& c, const Field& shown, std::string_view language) {
  const Phrases& p = phrases(language);
  const std::string label = shown.label.empty() ? shown.id : shown.label;
  std::string line;
  switch (shown.type) {
    case FieldType::yesno:
      line = fill(p.yesno, "{V}", (c.word == "yes") == (c.op == Comparison::equal) ? p.yes : p.no);
      break;
    case FieldType::choice:
    case FieldType::checklist:
      if (c.op == Comparison::equal) {
        line = fill(shown.type == FieldType::choice ? p.chose : p.ticked, "{V}", answer_label(c, shown));
        break;
      }
      line = fill(p.other, "{C}", comparison_words(p, c.op, fill(p.quoted, "{V}", answer_label(c, shown))));
      break;
    case FieldType::scale:
    case FieldType::likert:
      line = fill(p.rated, "{C}", comparison_words(p, c.op, value_words(c)));
      break;
    default:
      line = fill(p.answered, "{C}", comparison_words(p, c.op, value_words(c)));
      break;
  }
  return fill(line, "{L}", label);
}

std::vector<RiskReason> risk_reasons(const Record& r, const Template& tmpl, const Template& shown) {
  std::vector<RiskReason> out;
  if (r.kind != RecordKind::practice) return out;
  std::vector<const Condition*> met;
  for (const auto& rule : tmpl.risk) {
    if (!meets(r, tmpl, rule.when)) continue;
    for (const auto& c : rule.when) met.push_back(&c);
  }
  // In the template's field order, one reason per field.
  for (const auto& f : tmpl.fields) {
    const auto it = std::find_if(met.begin(), met.end(), [&](const Condition* c) { return c->field == f.id; });
    if (it == met.end()) continue;
    const Field* label_field = shown.find_field(f.id);
    const Field& sf = label_field ? *label_field : f;
    const FieldValue* v = value_of(r, f.id);
    // A yes/no or chosen answer says itself; a rating is shown with the line it crossed.
    const bool rated = is_numeric(f.type) || f.type == FieldType::time;
    out.push_back({f.id, sf.label.empty() ? f.id : sf.label, v ? display_field_value(sf, *v) : "", rated ? condition_words(**it, sf) : ""});
  }
  return out;
}

std::vector<RiskFlag> risk_flags(const std::vector<Record>& records, const std::function<const Template*(const std::string&)>& template_for) {
  std::vector<RiskFlag> out;
  std::map<std::string, const Record*> acks;  // record id → its earliest acknowledgement
  for (const auto& r : records) {
    if (r.kind != RecordKind::ack) continue;
    auto& slot = acks[r.answers];
    if (!slot || std::tie(r.at, r.id) < std::tie(slot->at, slot->id)) slot = &r;
  }
  for (const auto& r : records) {
    if (r.kind != RecordKind::practice) continue;
    const Template* t = template_for(r.assignment);
    if (!t || t->risk.empty()) continue;
    auto reasons = risk_reasons(r, *t, *t);
    if (reasons.empty()) continue;
    RiskFlag flag{r.id, r.assignment, r.at, std::move(reasons), r.reflection, std::nullopt, r.recorded};
    if (auto it = acks.find(r.id); it != acks.end()) flag.ack = RiskAck{it->second->id, it->second->at, it->second->note};
    out.push_back(std::move(flag));
  }
  std::sort(out.begin(), out.end(), [](const RiskFlag& a, const RiskFlag& b) { return std::tie(a.at, a.record) < std::tie(b.at, b.record); });
  return out;
}

std::optional<SafetyPlan> current_safety_plan(const std::vector<Record>& records,
                                              const std::function<const Template*(const std::string&)>& template_for, std::optional<Instant> until) {
  std::set<std::string> corrected;
  for (const auto& r : records) {
    if (!r.amends.empty() && (!until || r.at <= *until)) corrected.insert(r.amends);
  }
  std::optional<SafetyPlan> out;
  for (const auto& r : records) {
    if (r.kind != RecordKind::practice || r.status == Status::skipped || corrected.count(r.id)) continue;
    if (until && r.at > *until) continue;
    const Template* t = template_for(r.assignment);
    if (!t || t->kind != "safety-plan") continue;
    if (out && std::tie(r.at, r.id) < std::tie(out->record->at, out->record->id)) continue;
    out = SafetyPlan{&r, t, {}};
  }
  if (!out) return out;
  for (const auto& f : out->tmpl->fields) {
    const FieldValue* v = value_of(*out->record, f.id);
    if (!v) continue;
    std::string text = display_field_value(f, *v);
    if (!trim(text).empty()) out->sections.emplace_back(f.label.empty() ? f.id : f.label, std::move(text));
  }
  return out;
}

std::string safety_plan_heading(std::string_view language) {
  const std::string primary(language.substr(0, language.find('-')));
  if (primary == "es") return "Tu plan de seguridad";
  if (primary == "fr") return "Votre plan de sécurité";
  return "Your safety plan";
}

bool open_at(const RiskFlag& f, Instant t) { return f.at <= t && (!f.ack || f.ack->at > t); }

int open_flags(const std::vector<RiskFlag>& flags) {
  return static_cast<int>(std::count_if(flags.begin(), flags.end(), [](const RiskFlag& f) { return f.open(); }));
}

std::string attention_text(int open) { return open == 1 ? "1 record needs your attention" : std::to_string(open) + " records need your attention"; }

}  // namespace hwk
