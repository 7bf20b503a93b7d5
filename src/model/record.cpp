// Record status names.
#include "model/record.hpp"

#include <algorithm>

#include "model/text_value.hpp"

namespace hwk {

const char* record_kind_name(RecordKind k) {
  switch (k) {
    case RecordKind::practice:
      return "practice";
    case RecordKind::session:
      return "session";
    case RecordKind::step:
      return "step";
    case RecordKind::feedback:
      return "feedback";
    case RecordKind::ack:
      return "ack";
  }
  return "practice";
}

std::optional<RecordKind> record_kind_from_name(std::string_view name) {
  for (auto k : {RecordKind::practice, RecordKind::session, RecordKind::step, RecordKind::feedback, RecordKind::ack}) {
    if (name == record_kind_name(k)) return k;
  }
  return std::nullopt;
}

Instant record_time_min() { return Instant{date::sys_days{date::year{1970} / 1 / 1}}; }
Instant record_time_max() { return Instant{date::sys_days{date::year{10000} / 1 / 1}} - std::chrono::seconds{1}; }

const char* status_name(Status s) {
  switch (s) {
    case Status::done:
      return "done";
    case Status::partial:
      return "partial";
    case Status::skipped:
      return "skipped";
  }
  return "done";
}

std::optional<Status> status_from_name(std::string_view name) {
  if (name == "done") return Status::done;
  if (name == "partial") return Status::partial;
  if (name == "skipped") return Status::skipped;
  return std::nullopt;
}

}  // namespace hwk

namespace hwk {

std::vector<RecordProblem> record_text_problems(const Record& r) {
  std::vector<RecordProblem> out;
  auto check = [&](std::string_view field, std::string_view text) {
    if (auto problem = text_value_problem(text); !problem.empty()) out.push_back({std::string(field), std::string(field) + ": " + problem});
  };
  for (const auto& [key, text] : {std::pair{"id", &r.id},
                                  {"assignment", &r.assignment},
                                  {"template", &r.template_id},
                                  {"step", &r.step},
                                  {"reason", &r.reason},
                                  {"reflection", &r.reflection},
                                  {"note", &r.note},
                                  {"amends", &r.amends},
                                  {"answers", &r.answers}}) {
    check(key, *text);
  }
  for (const auto& [key, value] : r.values) {
    check(key, key);
    if (const auto* s = std::get_if<std::string>(&value)) check(key, *s);
    if (const auto* items = std::get_if<std::vector<std::string>>(&value)) {
      for (const auto& item : *items) check(key, item);
    }
  }
  return out;
}

std::vector<RecordProblem> record_problems(const Record& r, const Template& t) {
  std::vector<RecordProblem> out;
  for (const auto& [key, value] : r.values) {
    const Field* f = t.find_field(key);
    if (!f) {
      out.push_back({key, "template '" + t.id + "' version " + std::to_string(t.version) + " has no field '" + key + "'"});
      continue;
    }
    if (auto problem = field_value_problem(*f, value); !problem.empty()) out.push_back({key, key + ": " + problem});
  }
  if (r.status == Status::done) {
    for (const auto& f : t.fields) {
      if (!f.required) continue;
      const bool present = std::any_of(r.values.begin(), r.values.end(), [&](const auto& kv) { return kv.first == f.id; });
      if (!present) out.push_back({f.id, "required field '" + f.id + "' is missing"});
    }
  }
  if (r.status == Status::skipped && r.reason.empty()) out.push_back({"", "a skipped record needs a reason"});
  return out;
}

const char* quality_anchor(int q) {
  static const char* const anchors[] = {"not attempted", "begun, but little of what was agreed", "about half of what was agreed", "done as agreed",
                                        "done as agreed, with skill or something new learned"};
  return anchors[q < 0 ? 0 : q > max_feedback_quality ? max_feedback_quality : q];
}

std::string quality_scale_text() {
  std::string out;
  for (int q = 0; q <= max_feedback_quality; ++q) out += (q ? "; " : "") + std::to_string(q) + " " + quality_anchor(q);
  return out;
}

int status_rank(Status s) {
  switch (s) {
    case Status::done:
      return 2;
    case Status::partial:
      return 1;
    case Status::skipped:
      return 0;
  }
  return 2;
}

std::optional<ImpliedStatus> implied_status(const Record& r, const Template& t) {
  std::optional<ImpliedStatus> lowest;
  for (const auto& f : t.fields) {
    if (f.status_of.empty()) continue;
    for (const auto& [key, value] : r.values) {
      if (key != f.id) continue;
      std::string answer;
      if (const auto* s = std::get_if<std::string>(&value)) answer = *s;
      else if (const auto* b = std::get_if<bool>(&value)) answer = *b ? "yes" : "no";
      else continue;
      for (const auto& [when, status_text] : f.status_of) {
        const auto status = status_from_name(status_text);
        if (when != answer || !status) continue;
        if (!lowest || status_rank(*status) < status_rank(lowest->status)) lowest = ImpliedStatus{&f, when, *status};
      }
    }
  }
  return lowest;
}

std::optional<ImpliedStatus> status_contradiction(const Record& r, const Template& t) {
  auto implied = implied_status(r, t);
  if (!implied || status_rank(implied->status) >= status_rank(r.status)) return std::nullopt;
  return implied;
}

}  // namespace hwk
