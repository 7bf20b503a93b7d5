// Scoring a measure's answers and classifying a change. The definitions themselves are
// templates of kind measure (templates/phq-9.yaml, …), read by io/measure_reader.
#include "model/measure.hpp"

#include <algorithm>

namespace hwk {

namespace {

// num / den rounded to the nearest integer, halves upward, for den > 0 and num of either sign.
int divide_rounding_half_up(long long num, long long den) {
  long long twice = 2 * num + den, step = 2 * den;
  long long q = twice / step;
  if (twice % step != 0 && twice < 0) --q;  // floor, not truncation toward zero
  return static_cast<int>(q);
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string response_values_text(const MeasureDefinition& def) {
  std::string out;
  for (const auto& r : def.responses) out += (out.empty() ? "" : ", ") + std::to_string(r.value);
  return out;
}

// The score of the items at `members` (indexes into def.items), given each item's scored value.
ScaleScore score_scale(const MeasureDefinition& def, std::string id, const std::vector<std::size_t>& members,
                       const std::vector<std::optional<int>>& scored) {
  ScaleScore s;
  s.id = std::move(id);
  s.items = static_cast<int>(members.size());
  long long sum = 0;
  for (auto i : members) {
    if (!scored[i]) continue;
    ++s.answered;
    sum += *scored[i];
  }
  int missing = s.items - s.answered;
  if (missing == 0) {
    s.score = static_cast<int>(sum);
  } else if (def.missing.kind == MissingItems::prorate && missing <= def.missing.max_missing && s.answered > 0) {
    s.score = divide_rounding_half_up(sum * s.items, s.answered);
    s.prorated = true;
  }
  return s;
}

}  // namespace

MeasureScore score(const MeasureDefinition& def, const MeasureAnswers& answers) {
  MeasureScore out;
  int lowest = 0, highest = 0;
  if (!def.responses.empty()) {
    auto [lo, hi] = std::minmax_element(def.responses.begin(), def.responses.end(),
                                        [](const ResponseOption& a, const ResponseOption& b) { return a.value < b.value; });
    lowest = lo->value;
    highest = hi->value;
  }

  std::vector<std::optional<int>> answered(def.items.size()), scored(def.items.size());
  for (const auto& answer : answers) {
    const std::string& item_id = answer.first;
    const std::optional<int>& value = answer.second;
    auto item = std::find_if(def.items.begin(), def.items.end(), [&](const MeasureItem& it) { return it.id == item_id; });
    if (item == def.items.end()) {
      out.problems.push_back({item_id, quoted(def.id) + " has no item " + quoted(item_id)});
      continue;
    }
    if (!value) continue;
    bool offered = std::any_of(def.responses.begin(), def.responses.end(), [&](const ResponseOption& r) { return r.value == *value; });
    if (!offered) {
      out.problems.push_back(
          {item_id, "answer " + std::to_string(*value) + " to " + quoted(item_id) + " is not one of " + response_values_text(def)});
      continue;
    }
    auto i = static_cast<std::size_t>(item - def.items.begin());
    answered[i] = *value;
    scored[i] = item->reverse ? highest + lowest - *value : *value;
  }

  std::vector<std::size_t> all(def.items.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  out.total = score_scale(def, "", all, scored);

  std::vector<std::string> subscale_ids;
  for (const auto& item : def.items) {
    for (const auto& sub : item.subscales) {
      if (std::find(subscale_ids.begin(), subscale_ids.end(), sub) == subscale_ids.end()) subscale_ids.push_back(sub);
    }
  }
  for (const auto& sub : subscale_ids) {
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < def.items.size(); ++i) {
      const auto& subs = def.items[i].subscales;
      if (std::find(subs.begin(), subs.end(), sub) != subs.end()) members.push_back(i);
    }
    out.subscales.push_back(score_scale(def, sub, members, scored));
  }

  if (out.total.score) out.band = band_for(def, *out.total.score);

  for (const auto& critical : def.critical_items) {
    for (std::size_t i = 0; i < def.items.size(); ++i) {
      if (def.items[i].id == critical.item_id && answered[i] && *answered[i] > critical.above) {
        out.critical_answers.push_back({critical.item_id, *answered[i]});
      }
    }
  }
  return out;
}

std::optional<SeverityBand> band_for(const MeasureDefinition& def, int score) {
  std::optional<SeverityBand> found;
  for (const auto& band : def.bands) {
    if (band.lower <= score) found = band;
  }
  return found;
}

bool in_clinical_range(const MeasureDefinition& def, int score) {
  return def.lower_is_better ? score >= def.clinical_cut_off : score < def.clinical_cut_off;
}

const char* change_class_text(ChangeClass c) {
  switch (c) {
    case ChangeClass::reliable_improvement:
      return "reliable improvement";
    case ChangeClass::no_reliable_change:
      return "no reliable change";
    case ChangeClass::reliable_deterioration:
      return "reliable deterioration";
    case ChangeClass::recovery:
      return "recovery";
  }
  return "no reliable change";
}

ChangeClass classify_change(const MeasureDefinition& def, int first, int latest) {
  int improvement = def.lower_is_better ? first - latest : latest - first;
  if (improvement >= def.reliable_change && improvement > 0) {
    bool recovered = in_clinical_range(def, first) && !in_clinical_range(def, latest);
    return recovered ? ChangeClass::recovery : ChangeClass::reliable_improvement;
  }
  if (-improvement >= def.reliable_change && improvement < 0) return ChangeClass::reliable_deterioration;
  return ChangeClass::no_reliable_change;
}

std::string wording_steps(const MeasureDefinition& def) {
  std::string where = def.wording_from.empty() ? "from its publisher" : "from " + def.wording_from;
  return "get the publisher's wording " + where + ", write it in a wording file and run 'hwk template new " + def.id + " --wording FILE'";
}

}  // namespace hwk
