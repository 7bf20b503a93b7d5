// An activity template: what the client is asked to do and what one record of it holds.
#pragma once
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diag.hpp"
#include "model/condition.hpp"
#include "model/measure.hpp"

namespace hwk {

enum class FieldType { text, scale, likert, choice, number, duration, time, checklist, yesno };

/// "text", "scale", …; and back. Nothing for an unknown name.
const char* field_type_name(FieldType t);
std::optional<FieldType> field_type_from_name(std::string_view name);
/// Every field type name, in the order they are documented.
const std::vector<std::string>& field_type_names();

/// Kinds of homework a template can be; `template_kinds()` lists them.
const std::vector<std::string>& template_kinds();

struct Field {
  std::string id;
  FieldType type = FieldType::text;
  std::string label;
  std::string prompt;
  std::string help;
  bool required = false;
  // text
  std::optional<std::size_t> min_length, max_length;
  // scale (integers) and number
  std::optional<double> min, max;
  double step = 0;                           ///< scale: its step (0 means 1); number: 0 for any number, else the step (1: whole numbers)
  std::map<long long, std::string> anchors;  // scale: value → label
  std::string unit;                          // number
  // likert points, choice options, checklist items
  std::vector<std::string> points;
  std::vector<std::string> options;
  bool multiple = false;
  std::vector<std::string> items;
  // duration bounds
  std::optional<std::chrono::seconds> min_duration, max_duration;
  // In a translated template, what options and items are called in that language (same order);
  // records still store the original words.
  std::vector<std::string> option_labels, item_labels;
  /// choice, yesno, likert: answers that say the practice was not (fully) done, each with the
  /// status it implies ("partial" or "skipped"). A record holding such an answer is no more than
  /// that status (hwk-template(5), "STATUS FROM ANSWERS").
  std::vector<std::pair<std::string, std::string>> status_of;
  SourceLoc loc;

  /// The label shown for option or item `i`.
  const std::string& option_label(std::size_t i) const { return i < option_labels.size() ? option_labels[i] : options[i]; }
  const std::string& item_label(std::size_t i) const { return i < item_labels.size() ? item_labels[i] : items[i]; }
  bool operator==(const Field&) const = default;
};

/// A field's text in another language.
struct FieldTranslation {
  std::string label, prompt, help;
  std::map<long long, std::string> anchors;
  std::vector<std::string> points, options, items;
  bool operator==(const FieldTranslation&) const = default;
};

/// A template's text in another language; anything left out stays in the original language.
struct Translation {
  std::string title, summary, rationale, success;
  std::vector<std::string> instructions, reflection, alternatives;
  std::map<std::string, FieldTranslation> fields;
  bool operator==(const Translation&) const = default;
};

struct Resource {
  std::string title;
  std::string url;
  std::string file;
  bool operator==(const Resource&) const = default;
};

/// A risk condition: a record whose answers meet all of `when` raises a risk flag for the
/// clinician and shows the client the crisis text (hwk-template(5), RISK).
struct RiskRule {
  std::string text;  ///< as written
  std::vector<Condition> when;
  SourceLoc loc;  ///< where the text starts
  bool operator==(const RiskRule&) const = default;
};

/// When a template's practice happens: on a schedule the plan sets, as one entry per day (a diary
/// filled in every day), or when something happens (a thought record after a mood shift). The
/// review's suggestions follow it.
enum class Occasion { scheduled, daily_log, event };
const char* occasion_name(Occasion o);
std::optional<Occasion> occasion_from_name(std::string_view name);

struct Template {
  std::string id;
  int version = 0;
  std::string title;
  std::string kind;
  std::vector<std::string> modalities;
  std::optional<int> minutes;
  std::string summary;
  std::string rationale;
  std::vector<std::string> instructions;
  std::vector<Field> fields;
  std::vector<RiskRule> risk;  ///< answers that raise a risk flag
  std::vector<std::string> reflection;
  bool weekly_reflection = false;  ///< the reflection is asked once a week, not on every record
  Occasion occasion = Occasion::scheduled;
  std::string success;
  std::vector<Resource> resources;
  std::vector<std::string> alternatives;
  std::map<std::string, Translation> translations;  ///< by language code ("es", "pt-BR")
  /// Kind measure: how the questionnaire is scored. Its items are also `fields` (one scale each)
  /// and its critical items are also `risk` rules, so recording and flags work as for any template.
  std::optional<MeasureDefinition> measure;
  std::filesystem::path path;  ///< the file it was read from

  const Field* find_field(std::string_view field_id) const;
  bool operator==(const Template&) const = default;
};

/// True when two templates ask the same of the client and record the same fields, whatever
/// their translations and layout: records made with one read the same with the other.
bool same_meaning(const Template& a, const Template& b);

/// "es_ES.UTF-8" → "es-ES", "fr" → "fr", "C" or "POSIX" → "" (no language).
std::string language_code(std::string_view locale);

/// The template as shown in `language`: translated text where the template has it (an exact
/// match such as "pt-BR" first, then the primary language "pt"), the original elsewhere.
Template localized(const Template& t, std::string_view language);
/// localized(t, language).title, without the copy.
const std::string& localized_title(const Template& t, std::string_view language);

/// True for codes like "es", "fr", "pt-BR".
bool is_language_code(std::string_view code);

/// Reading grade above which lint warns, unless the practice sets another.
constexpr double default_max_reading_grade = 8.0;

/// Lint warnings for a template that is valid but weaker than it should be (a scale without
/// anchor labels, no rationale, no success criterion, a field without a prompt, text that reads
/// above `max_grade`).
std::vector<Diagnostic> template_warnings(const Template& t, double max_grade = default_max_reading_grade);

}  // namespace hwk
