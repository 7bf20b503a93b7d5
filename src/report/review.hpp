// The session review: what happened since the last session, per assignment — adherence, rating
// trends, the reflections, what got in the way, the clinician's feedback beside what it answers,
// and suggestions. Computed as a plain struct (pure: plan, records, period and clock come in),
// then rendered as text, Markdown or HTML, one renderer per file.
#pragma once
#include <chrono>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "report/adherence.hpp"
#include "report/progress.hpp"
#include "report/risk.hpp"

namespace hwk {

/// The thresholds behind the suggestions (hwk-review(1) states them).
struct ReviewRules {
  double low_adherence = 0.5;                               ///< below this rate, suggest an easier task, fewer times, another time
  int min_expected = 2;                                     ///< … when at least this many practices were expected
  int streak = 3;                                           ///< a current streak this long is acknowledged
  int trend_weeks = 8;                                      ///< the charts cover at least this many weeks up to the period's end
  std::chrono::minutes other_time = std::chrono::hours{2};  ///< practice this far from the planned time is "another time"
  double stall_threshold = 0.5;                             ///< adherence over the last `stall_days` below this: practice has stalled
  int stall_days = 14;
};

/// The period and the clock.
struct ReviewQuery {
  Instant from{}, to{};
  Instant now{};
  std::optional<Instant> session;  ///< the session the period starts at, when it does
  unsigned week_start = 1;
  ReviewRules rules;
};

struct ReviewFeedback {
  std::string id;
  Instant at{};
  std::string text;
  std::optional<int> quality;  ///< 0–4
};

struct ReviewValue {
  std::string label;
  std::string text;  ///< as a person reads it ("7", "anxious, sad")
  bool numeric = false;
};

/// One practice record of the period, with the feedback that answers it.
struct ReviewEntry {
  std::string id;
  Instant at{};
  Status status = Status::done;
  bool recalled = false;            ///< first written down later than the in-the-moment limit after `at`
  bool at_assumed = false;          ///< nobody said when it happened: `at` is when it was written down
  bool corrected = false;           ///< it amends an earlier record
  std::vector<ReviewValue> values;  ///< in the template's order
  std::string reason;
  std::string reflection;
  std::vector<ReviewFeedback> feedback;  ///< in time order
};

/// One reason given for skipped or partial practice, with every time it was given (reasons that
/// differ only in case, spacing or a final full stop are one).
struct ReasonGroup {
  std::string reason;  ///< as first written
  std::vector<std::pair<Instant, Status>> given;
};

/// Feedback on one week of the assignment's practice.
struct WeekFeedback {
  LocalDay week{};
  std::vector<ReviewFeedback> feedback;
};

/// A plain-language suggestion for the session. `kind` names the rule that made it (streak,
/// smaller-task, fewer-times, time-of-day, barriers, …), so a new rule is a new kind.
struct Suggestion {
  std::string kind;
  std::string text;
};

/// Where a graded assignment stands at the end of the period.
struct StepReview {
  std::size_t number = 0, count = 0;  ///< the current step, 1-based, of how many
  std::string id, title;
  std::optional<Instant> since;            ///< when the current step began
  std::string rule;                        ///< its advance rule, or empty
  int counted = 0, needed = 0;             ///< progress toward the rule
  bool ready = false;                      ///< the rule is met and there is a next step
  std::string next_title, previous_title;  ///< empty at either end
  int began = 0;                           ///< step changes within the period
};

/// How often one trigger fired in the period.
struct TriggerReview {
  std::string when;  ///< its conditions
  std::string then;  ///< the follow-up: the template suggested and/or the message
  int fired = 0;
};

struct AssignmentReview {
  Adherence adherence;   ///< over the review's period
  Adherence trend;       ///< over the trend weeks (the charts): weekly rate and ratings
  std::string schedule;  ///< as the plan words it
  std::vector<std::chrono::minutes> times;
  int minutes = 0;                            ///< the template's typical minutes (0: unknown)
  Occasion occasion = Occasion::scheduled;    ///< when its practice happens, as the template says
  std::map<std::string, std::string> labels;  ///< field id → the template's label
  std::string goal, why, backup;
  std::vector<ReviewEntry> entries;     ///< the period's practice records, in time order
  std::vector<ReasonGroup> reasons;     ///< in the order first given
  std::vector<WeekFeedback> weeks;      ///< weeks overlapping the period that have feedback, in order
  std::optional<StepReview> step;       ///< graded assignments only
  std::vector<TriggerReview> triggers;  ///< the plan's triggers, each with its count
  std::optional<Stall> stall;           ///< practice stalled over the stall window before the period's end
  std::string client;
  std::vector<Suggestion> suggestions;
};

/// A risk flag as the review shows it: open (whenever it was raised), or raised or acknowledged
/// within the period.
struct ReviewRisk {
  RiskFlag flag;
  std::string title;  ///< its assignment's template title
};

struct ReviewReport {
  std::string client, name;
  std::vector<ReviewRisk> risk;           ///< oldest first; shown before everything else
  int open_risk = 0;                      ///< how many of them are open
  std::optional<SafetyPlan> safety_plan;  ///< the client's current one (its record points into the records given)
  Zone zone = nullptr;
  Instant from{}, to{};
  std::optional<Instant> session;
  std::vector<std::string> goals;
  std::vector<AssignmentReview> assignments;  ///< in the plan's order
};

/// The review of `plan`'s assignments over [q.from, q.to). `templates` and `titles` are by
/// assignment id (a missing template leaves out values, quality and ratings); `records` are all
/// of the client's records.
ReviewReport review(const Plan& plan, const std::map<std::string, Template>& templates, const std::map<std::string, std::string>& titles,
                    const std::vector<Record>& records, const ReviewQuery& q);

/// The suggestions for one assignment, each from one rule of a fixed table (review_suggestions.cpp).
std::vector<Suggestion> review_suggestions(const AssignmentReview& a, Zone zone, const ReviewRules& rules);

/// For a terminal: headings, aligned figures, sparklines; text from files made terminal-safe.
void render_review_text(std::ostream& out, const ReviewReport& r);
/// Markdown, with text from files escaped.
void render_review_md(std::ostream& out, const ReviewReport& r);
/// One self-contained HTML page: inline CSS and SVG, no scripts, a Content-Security-Policy that
/// forbids every request, print styles for A4 and Letter; text from files escaped.
void render_review_html(std::ostream& out, const ReviewReport& r);

/// Helpers the review renderers share.
namespace review_format {
/// "Mon 23 Nov 20:15" in `zone`.
std::string day_time(Instant t, Zone zone);
/// "Mon 23 Nov".
std::string day(LocalDay d);
/// "done", "partial (corrected, recorded later)" and the like.
std::string entry_status(const ReviewEntry& e);
/// "3/4".
std::string quality(int q);
/// The period as words: "since the session of Thu 19 Nov 10:00 to Mon 23 Nov 21:00".
std::string period(const ReviewReport& r);
/// "1 of 3 expected practices done (33%): 1 done, 0 partial, 0 skipped, 2 missed" and the like.
std::string adherence_line(const Adherence& a);
/// "clinician's rating 3/4 (2 ratings)", or empty when there is no rating.
std::string quality_line(const Adherence& a);
/// "50% complete; 1 of 2 recorded in the moment", or empty.
std::string records_line(const Adherence& a);
/// "the whole week from Mon 2026-11-16, which began before the session (1 practice from before it
/// count)" when a counted window began before the period; else empty.
std::string counted_line(const Adherence& a, Zone zone, bool from_session);
/// The figures of an assignment as (label, text) lines: Adherence, Counted, Still open, Quality,
/// Records; each renderer lays them out its own way.
std::vector<std::pair<std::string, std::string>> figure_lines(const Adherence& a, Zone zone, bool from_session);
/// "2 of 6, “Stand in a lift…”, since Mon 9 Nov; next when 3 done with suds_peak <= 40: 3 of 3, met".
std::string step_line(const StepReview& s, Zone zone);
/// "Risk: 1 record needs your attention", or "Risk: nothing open; 1 acknowledged in this period".
std::string risk_heading(const ReviewReport& r);
/// "Thoughts of suicide: 5 (4 or more)".
std::string risk_reason(const RiskReason& reason);
/// "Not acknowledged yet: hwk ack c-0042 01M8…", or "Acknowledged Tue 24 Nov 09:00: called; safe".
std::string risk_status(const ReviewRisk& risk, const std::string& client, Zone zone);
/// "Safety plan (recorded Mon 16 Nov)".
std::string safety_plan_title(const SafetyPlan& plan, Zone zone);
/// "suds_after >= 70 (try paced-breathing): fired 2 times".
std::string trigger_line(const TriggerReview& t);
/// "skipped Wed 11 Nov, partial Fri 13 Nov".
std::string reason_times(const ReasonGroup& g, Zone zone);
/// One weekly series of the trend: the adherence rate, or a numeric field's mean.
struct TrendRow {
  std::string name;                           ///< "adherence" or the field's label
  std::string figure;                         ///< over the review's period: "50%", "mean 6.5, change +3.5"
  std::vector<std::optional<double>> weekly;  ///< one per week of the trend
  double lo = 0, hi = 1;
  bool percent = false;
};
/// The adherence (unless as needed) and each numeric field with a value in the period.
std::vector<TrendRow> trend_rows(const AssignmentReview& a);
}  // namespace review_format

/// An SVG chart (inline, no external references) of values in [lo, hi], one bar or point per
/// week; nothing drawn for a week without a value. `labels` name the weeks.
std::string svg_bar_chart(const std::vector<std::optional<double>>& values, const std::vector<std::string>& labels, double lo, double hi,
                          const std::string& title, bool percent);
std::string svg_line_chart(const std::vector<std::optional<double>>& values, const std::vector<std::string>& labels, double lo, double hi,
                           const std::string& title);

}  // namespace hwk
