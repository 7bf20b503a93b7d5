// Scored measures (issue 18): what a questionnaire's definition says about scoring it, and the
// pure rules that turn one set of answers into a score and two scores into a change. No wording:
// items carry short labels of our own; a practice adds a publisher's wording separately.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hwk {

/// One answer every item of a measure offers: its value and a label in our own words.
struct ResponseOption {
  int value = 0;
  std::string label;
  std::string text;  ///< the publisher's wording of this answer, once the practice has added it
  bool operator==(const ResponseOption&) const = default;
};

/// One item: an id (a valid hwk id), a short label of our own, and how it is scored.
struct MeasureItem {
  std::string id;
  std::string label;
  bool reverse = false;                ///< scored as max + min − value of the response values
  std::vector<std::string> subscales;  ///< ids of the subscales the item counts toward
  std::string text;                    ///< the publisher's wording of the item, once the practice has added it
  bool operator==(const MeasureItem&) const = default;
};

enum class MissingItems {
  no_total,  ///< any missing item leaves the total (or subscale) unscored
  prorate,   ///< up to `max_missing` missing items: sum of answered × items / answered
};

/// What a measure's manual allows when items are left unanswered. A prorated score is rounded to
/// the nearest integer, halves upward (13.5 → 14), so that it sits on the same integer scale as
/// the bands, the cut-off and the reliable-change threshold. The American Psychiatric
/// Association's DSM-5 severity measure built on the PHQ-9 (PHQ-A) says to round a prorated score
/// to the nearest whole number and does not say which way a half goes; hwk rounds it up.
/// Each subscale follows the same rule, counting its own missing items against `max_missing`.
struct MissingRule {
  MissingItems kind = MissingItems::no_total;
  int max_missing = 0;  ///< for prorate: the most items that may be missing
  std::string source;   ///< where the rule comes from
  bool operator==(const MissingRule&) const = default;
};

/// A severity band: scores from `lower` (inclusive) up to the next band's lower bound.
struct SeverityBand {
  int lower = 0;
  std::string label;
  bool operator==(const SeverityBand&) const = default;
};

/// An item whose answer raises a risk flag when it is above `above` (the answered value, before
/// any reverse scoring).
struct CriticalItem {
  std::string item_id;
  int above = 0;
  bool operator==(const CriticalItem&) const = default;
};

/// Everything hwk needs to score a measure and judge a change in it.
struct MeasureDefinition {
  std::string id;  ///< "phq-9"
  std::string title;
  std::vector<ResponseOption> responses;  ///< shared by every item
  std::vector<MeasureItem> items;
  MissingRule missing;
  std::vector<SeverityBand> bands;  ///< ascending by lower bound
  int reliable_change = 0;          ///< the smallest change in points that counts as reliable
  std::string reliable_change_source;
  int clinical_cut_off = 0;  ///< with lower_is_better, a score at or above it is in the clinical range
  std::string clinical_cut_off_source;
  std::vector<CriticalItem> critical_items;
  std::string loinc_panel;      ///< LOINC code of the measure, or empty
  std::string loinc_total;      ///< … and of its total score, or empty
  bool lower_is_better = true;  ///< false: higher scores are better, and below the cut-off is clinical
  /// Whether the item and response texts are here ("included"), or are the publisher's and still
  /// to be added by the practice ("publisher"); such a measure cannot be assigned.
  bool wording_included = false;
  std::string wording_from;    ///< where a practice gets the official wording
  std::string wording_source;  ///< where the included wording came from
  std::string instructions;    ///< the publisher's instructions, when included
  bool operator==(const MeasureDefinition&) const = default;
};

/// What a practice does to add a publisher's wording to `def`: where to get it, and the command.
std::string wording_steps(const MeasureDefinition& def);

/// One item's answer: a response value, or nothing when it was left unanswered. An item the map
/// does not name is unanswered too.
using MeasureAnswers = std::map<std::string, std::optional<int>>;

/// An answer that cannot be scored: the item it names and what is wrong, in hwk's message style.
struct AnswerProblem {
  std::string item_id;
  std::string message;
  bool operator==(const AnswerProblem&) const = default;
};

/// A total or a subscale's score under the definition's missing rule.
struct ScaleScore {
  std::string id;            ///< the subscale's id, or empty for the total
  std::optional<int> score;  ///< nothing when too many items are missing
  int answered = 0;          ///< items of this scale answered with a valid value
  int items = 0;             ///< items in this scale
  bool prorated = false;     ///< the score fills in missing items
  bool operator==(const ScaleScore&) const = default;
};

/// A critical item whose answer is above its limit, with that answer: a risk flag for the risk
/// conditions of report/risk.hpp to raise.
struct CriticalAnswer {
  std::string item_id;
  int value = 0;
  bool operator==(const CriticalAnswer&) const = default;
};

/// One set of answers, scored.
struct MeasureScore {
  ScaleScore total;
  std::vector<ScaleScore> subscales;             ///< in the order each subscale is first named by an item
  std::optional<SeverityBand> band;              ///< of the total, when there is one
  std::vector<CriticalAnswer> critical_answers;  ///< in the order of the definition's critical items
  std::vector<AnswerProblem> problems;           ///< answers left out of the score; a caller should refuse them
};

/// Scores `answers`: reverse items as max + min − value, the total and each subscale under the
/// missing rule, the total's band and the critical items that fire. An answer that is not one of
/// the response values, or that names no item, is not scored (its item counts as missing) and is
/// reported in `problems`; nothing throws.
MeasureScore score(const MeasureDefinition& def, const MeasureAnswers& answers);

/// The band a score falls in: the last band whose lower bound is at most `score`, or nothing
/// when it lies below the first.
std::optional<SeverityBand> band_for(const MeasureDefinition& def, int score);

/// Whether a score is in the clinical range: at or above the cut-off, or below it when higher
/// scores are better.
bool in_clinical_range(const MeasureDefinition& def, int score);

/// Jacobson and Truax's classification as NHS Talking Therapies applies it.
enum class ChangeClass {
  reliable_improvement,
  no_reliable_change,
  reliable_deterioration,
  recovery,  ///< reliably improved, and moved from the clinical range out of it ("reliable recovery")
};
const char* change_class_text(ChangeClass c);  ///< "reliable improvement", …

/// How `latest` compares with `first`: a reliable improvement when it is better by at least the
/// reliable-change threshold, a reliable deterioration when worse by at least it, and recovery
/// when reliably improved and `first` was in the clinical range while `latest` is not.
ChangeClass classify_change(const MeasureDefinition& def, int first, int latest);

/// The change from an earlier score to a later one (later − earlier, so a fall is negative); the
/// change from the previous score is no more than this.
constexpr int score_change(int earlier, int later) { return later - earlier; }

}  // namespace hwk
