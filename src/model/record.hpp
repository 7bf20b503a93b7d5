// One appended entry of a client's log: a practice (done, partial or skipped), a session, or a
// clinician's feedback on a practice or on a week of practice.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "diag/diag.hpp"
#include "model/field_value.hpp"
#include "util/time.hpp"

namespace hwk {

/// practice: the client's homework; session: a session took place; step: the client moved to
/// another graded step of an assignment; feedback: the clinician's words (and rating) on one
/// practice record or on a week of an assignment; ack: the clinician has seen the risk flag that a
/// practice record raised.
enum class RecordKind { practice, session, step, feedback, ack };
enum class Status { done, partial, skipped };

/// The clinician's rating of a practice in a feedback record runs from 0 to this.
inline constexpr int max_feedback_quality = 4;
/// What each point of that rating means (hwk-feedback(1)): 0 "not attempted" … 4 "done as agreed,
/// with skill or something new learned". `q` must be in 0–4.
const char* quality_anchor(int q);
/// "0 not attempted, 1 …, 4 …", for help and hints.
std::string quality_scale_text();

/// The times a record may hold (its `at` and `recorded`): from 1970-01-01T00:00:00Z to the end of
/// the year 9999. Record ids count milliseconds from 1970, and an offset of local mean time (before
/// time zones, with seconds that RFC 3339 cannot write) cannot move a record to another month. The
/// writers and the readers of log files accept the same range.
Instant record_time_min();
Instant record_time_max();

const char* status_name(Status s);
const char* record_kind_name(RecordKind k);
std::optional<RecordKind> record_kind_from_name(std::string_view name);
std::optional<Status> status_from_name(std::string_view name);

struct Record {
  std::string id;
  RecordKind kind = RecordKind::practice;
  Instant at{};        ///< when the practice or session happened
  Instant recorded{};  ///< when it was written down
  std::string assignment;
  std::string template_id;
  int template_version = 0;
  int at_offset_minutes = 0;  ///< the UTC offset `at` was written with (read back; the writer uses the zone's)
  bool at_assumed = false;    ///< nobody said when it happened: `at` is when it was written down
  std::string step;           ///< the graded step it was made on, when the assignment has steps
  Status status = Status::done;
  std::string reason;
  std::string reflection;
  std::string note;
  std::string amends;                                      ///< id of the record this one corrects
  std::string answers;                                     ///< feedback, ack: the id of the practice record it answers
  std::optional<date::year_month_day> week;                ///< feedback: the first day of the week it answers
  std::optional<int> quality;                              ///< feedback: the clinician's rating of the practice, 0–4
  std::vector<std::pair<std::string, FieldValue>> values;  ///< in the template's field order
  SourceLoc loc;                                           ///< where it was read from (empty for a new record)
  std::map<std::string, SourceLoc> value_locs;             ///< where each value was read from
};

}  // namespace hwk

namespace hwk {

struct RecordProblem {
  std::string field;  ///< the field it concerns, or empty for the record as a whole
  std::string message;
};

/// What keeps the texts of a record from being written to a log file: each text it holds (ids,
/// reason, reflection, note, text values and the items of lists) against the rule that every
/// reader applies (model/text_value.hpp). `field` names the text: "reflection", "reason", "note",
/// a field's id, or another key of the record.
std::vector<RecordProblem> record_text_problems(const Record& r);

/// What is wrong with a practice record's values against its template: unknown fields, values
/// of the wrong type or out of range, required fields missing from a record that is done.
std::vector<RecordProblem> record_problems(const Record& r, const Template& t);

/// An answer that says a practice was done less than fully (a field's `status` map in its template).
struct ImpliedStatus {
  const Field* field = nullptr;
  std::string answer;  ///< as the template words it
  Status status = Status::partial;
};

/// done ranks above partial, partial above skipped.
int status_rank(Status s);

/// The lowest status the record's answers imply (of equals, the first field's), or nothing when
/// no answer implies one. A record is never counted above it.
std::optional<ImpliedStatus> implied_status(const Record& r, const Template& t);

/// The record's status claims more than one of its answers allows ("done" with "did not do it").
std::optional<ImpliedStatus> status_contradiction(const Record& r, const Template& t);

/// Lowers each practice record's status to what its answers imply, with the template its
/// assignment uses (`template_for(assignment)`, null when unknown): what reports count.
template <typename TemplateFor>
void settle_statuses(std::vector<Record>& records, const TemplateFor& template_for) {
  for (auto& r : records) {
    if (r.kind != RecordKind::practice || r.status == Status::skipped) continue;
    const Template* t = template_for(r.assignment);
    if (!t) continue;
    if (auto c = status_contradiction(r, *t)) r.status = c->status;
  }
}

}  // namespace hwk
