// Scoring a measure's answers and classifying a change, and the built-in PHQ-9 and GAD-7
// definitions (item labels in our own words; the publisher's wording is never in hwk).
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

namespace {

// The four frequencies PHQ-9 and GAD-7 share, labelled in our own words.
std::vector<ResponseOption> frequency_responses() {
  return {{0, "not on any day"}, {1, "on some days"}, {2, "on most days"}, {3, "almost every day"}};
}

std::vector<MeasureItem> items_labelled(const std::vector<std::string>& labels) {
  std::vector<MeasureItem> items;
  for (std::size_t i = 0; i < labels.size(); ++i) items.push_back({"item" + std::to_string(i + 1), labels[i], false, {}});
  return items;
}

const char* const talking_therapies_manual =
    "NHS Talking Therapies for anxiety and depression manual (NHS England), after Jacobson & Truax (1991), "
    "J Consult Clin Psychol 59(1):12-19";

}  // namespace

const MeasureDefinition& phq9_definition() {
  static const MeasureDefinition def = [] {
    MeasureDefinition d;
    d.id = "phq-9";
    d.title = "PHQ-9 depression measure";
    d.responses = frequency_responses();
    d.items =
        items_labelled({"interest", "low mood", "sleep", "energy", "appetite", "self-view", "concentration", "moving/speed", "self-harm thoughts"});
    d.missing = {MissingItems::prorate, 2,
                 "American Psychiatric Association (2013), DSM-5 online assessment measures, severity measure for depression "
                 "(PHQ-9 modified for adolescents): prorate when 1 or 2 items are unanswered, round to the nearest whole number, "
                 "do not use the total when 3 or more are; the same rule for the adult PHQ-9 in Arrieta et al. (2017), "
                 "J Clin Psychol 73(9):1076-1090, doi:10.1002/jclp.22390"};
    d.bands = {{0, "minimal"}, {5, "mild"}, {10, "moderate"}, {15, "moderately severe"}, {20, "severe"}};
    d.reliable_change = 6;
    d.reliable_change_source = talking_therapies_manual;
    d.clinical_cut_off = 10;
    d.clinical_cut_off_source = talking_therapies_manual;
    d.critical_items = {{"item9", 0}};
    d.loinc_panel = "44249-1";
    d.loinc_total = "44261-6";
    return d;
  }();
  return def;
}

const MeasureDefinition& gad7_definition() {
  static const MeasureDefinition def = [] {
    MeasureDefinition d;
    d.id = "gad-7";
    d.title = "GAD-7 anxiety measure";
    d.responses = frequency_responses();
    d.items = items_labelled({"on edge", "runaway worry", "worry on many fronts", "hard to relax", "restless", "irritable", "sense of dread"});
    // Spitzer et al. (2006) give no rule for unanswered items and none was found in a manual that
    // hwk could cite, so an incomplete GAD-7 has no total.
    d.missing = {MissingItems::no_total, 0, "Spitzer et al. (2006), Arch Intern Med 166(10):1092-1097, which gives no rule for missing items"};
    d.bands = {{0, "minimal"}, {5, "mild"}, {10, "moderate"}, {15, "severe"}};
    d.reliable_change = 4;
    d.reliable_change_source = talking_therapies_manual;
    d.clinical_cut_off = 8;
    d.clinical_cut_off_source = talking_therapies_manual;
    d.loinc_panel = "69737-5";
    d.loinc_total = "70274-6";
    return d;
  }();
  return def;
}

}  // namespace hwk
