// toml++ → records.
#include "io/log_reader.hpp"

#include <algorithm>

#include "io/files.hpp"
#include "io/input_limits.hpp"
#include "io/log_format.hpp"
#include "io/toml_util.hpp"
#include "model/ids.hpp"
#include "model/limits.hpp"
#include "model/record_id.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

// A date-time with its offset, within the range records may hold; `offset_minutes`, when given,
// gets the offset it was written with.
std::optional<Instant> offset_time(TableReader& r, const char* key, int* offset_minutes = nullptr) {
  const auto* n = r.node(key);
  if (!n) return std::nullopt;
  const auto* dt = n->as_date_time();
  if (!dt || !dt->get().offset) {
    r.error(*n, std::string("'") + key + "' must be a date-time with a UTC offset, e.g. 2026-11-23T20:15:00-05:00");
    return std::nullopt;
  }
  const auto v = dt->get();
  const date::year_month_day d{date::year{v.date.year}, date::month{v.date.month}, date::day{v.date.day}};
  if (!d.ok()) {
    r.error(*n, std::string("'") + key + "' is not a real date");
    return std::nullopt;
  }
  const auto local = date::sys_days{d}.time_since_epoch() + std::chrono::hours(v.time.hour) + std::chrono::minutes(v.time.minute) +
                     std::chrono::seconds(v.time.second);
  const Instant t{local - std::chrono::minutes(v.offset->minutes)};
  if (t < record_time_min() || t > record_time_max()) {
    r.error(*n, std::string("'") + key + "' is " + (t < record_time_min() ? "before 1970-01-01" : "after the year 9999") +
                    "; a record's times lie from 1970 to 9999");
    return std::nullopt;
  }
  if (offset_minutes) *offset_minutes = v.offset->minutes;
  return t;
}

std::optional<FieldValue> toml_field_value(const toml::node& n) {
  if (const auto* s = n.as_string()) return FieldValue{s->get()};
  if (const auto* i = n.as_integer()) return FieldValue{static_cast<long long>(i->get())};
  if (const auto* f = n.as_floating_point()) return FieldValue{f->get()};
  if (const auto* b = n.as_boolean()) return FieldValue{b->get()};
  if (const auto* a = n.as_array()) {
    std::vector<std::string> items;
    for (const auto& item : *a) {
      if (!item.is_string()) return std::nullopt;
      items.push_back(item.as_string()->get());
    }
    return FieldValue{items};
  }
  return std::nullopt;
}

// The keys of a feedback record: what it answers (a record, or a week of the assignment), its
// rating and its text.
void read_feedback(TableReader& r, Record& rec) {
  rec.assignment = r.string("assignment", true).value_or("");
  if (!rec.assignment.empty() && !is_valid_id(rec.assignment))
    r.error(*r.node("assignment"), "invalid assignment id " + quoted_value(rec.assignment));
  rec.answers = r.string("answers").value_or("");
  if (!rec.answers.empty() && !is_record_id(rec.answers)) r.error(*r.node("answers"), "'answers' is not a record id: " + quoted_value(rec.answers));
  rec.week = r.date("week");
  const toml::node* week = r.node("week");
  const toml::node* answers = r.node("answers");
  if (!week == !answers) {
    r.error(week ? *week : *r.node("kind"), "feedback answers either a record ('answers') or a week ('week')", "give one of the two");
  }
  if (const auto q = r.integer("quality")) {
    if (*q < 0 || *q > max_feedback_quality) r.error(*r.node("quality"), "quality must be from 0 to " + std::to_string(max_feedback_quality));
    else rec.quality = static_cast<int>(*q);
  }
  if (rec.note.empty()) r.error(r.node("note") ? *r.node("note") : *r.node("kind"), "feedback needs its text in 'note'");
}

// The keys of an acknowledgement: the practice record whose risk flag it clears, and its assignment.
void read_ack(TableReader& r, Record& rec) {
  rec.assignment = r.string("assignment", true).value_or("");
  if (!rec.assignment.empty() && !is_valid_id(rec.assignment))
    r.error(*r.node("assignment"), "invalid assignment id " + quoted_value(rec.assignment));
  rec.answers = r.string("answers", true).value_or("");
  if (!rec.answers.empty() && !is_record_id(rec.answers)) r.error(*r.node("answers"), "'answers' is not a record id: " + quoted_value(rec.answers));
}

std::optional<Record> read_record(const toml::table& t, const std::filesystem::path& path, std::vector<Diagnostic>& diags) {
  const std::size_t before = diags.size();
  TableReader r(t, path, diags, "the record");
  Record rec;
  rec.loc = r.where();
  rec.id = r.string("id", true).value_or("");
  if (!rec.id.empty() && !is_record_id(rec.id)) r.error(*r.node("id"), "not a record id: " + quoted_value(rec.id));
  const std::string kind = r.string("kind").value_or("practice");
  if (auto k = record_kind_from_name(kind)) rec.kind = *k;
  else r.error(*r.node("kind"), "unknown record kind " + quoted_value(kind), "use practice, session, step, feedback or ack");
  if (auto at = r.node("at") ? offset_time(r, "at", &rec.at_offset_minutes) : std::nullopt) rec.at = *at;
  else if (!r.node("at")) diags.push_back({rec.loc, Severity::error, "the record has no 'at'", {}});
  if (auto rt = r.node("recorded") ? offset_time(r, "recorded") : std::nullopt) rec.recorded = *rt;
  else if (!r.node("recorded")) diags.push_back({rec.loc, Severity::error, "the record has no 'recorded'", {}});
  rec.at_assumed = r.boolean("at_assumed").value_or(false);
  rec.amends = r.string("amends").value_or("");
  if (!rec.amends.empty() && !is_record_id(rec.amends)) r.error(*r.node("amends"), "'amends' is not a record id: " + quoted_value(rec.amends));
  rec.reflection = r.string("reflection").value_or("");
  rec.note = r.string("note").value_or("");
  if (rec.kind == RecordKind::step) {
    rec.assignment = r.string("assignment", true).value_or("");
    if (!rec.assignment.empty() && !is_valid_id(rec.assignment))
      r.error(*r.node("assignment"), "invalid assignment id " + quoted_value(rec.assignment));
    rec.step = r.string("step", true).value_or("");
  }
  if (rec.kind == RecordKind::feedback) read_feedback(r, rec);
  if (rec.kind == RecordKind::ack) read_ack(r, rec);
  if (rec.kind == RecordKind::practice) {
    rec.assignment = r.string("assignment", true).value_or("");
    if (!rec.assignment.empty() && !is_valid_id(rec.assignment))
      r.error(*r.node("assignment"), "invalid assignment id " + quoted_value(rec.assignment));
    rec.template_id = r.string("template", true).value_or("");
    if (!rec.template_id.empty() && !is_valid_id(rec.template_id))
      r.error(*r.node("template"), "invalid template id " + quoted_value(rec.template_id));
    const auto version = r.integer("template_version", true);
    if (version && (*version < 1 || *version > 100000)) r.error(*r.node("template_version"), "template_version must be 1 or more");
    rec.template_version = static_cast<int>(version.value_or(0));
    rec.step = r.string("step").value_or("");
    const std::string status = r.string("status", true).value_or("done");
    if (auto s = status_from_name(status)) rec.status = *s;
    else r.error(*r.node("status"), "unknown status " + quoted_value(status), "use done, partial or skipped");
    rec.reason = r.string("reason").value_or("");
    if (const auto* values = r.table("values")) {
      for (const auto& [key, value] : *values) {
        auto v = toml_field_value(value);
        if (!v) {
          diags.push_back({loc_of(value, path),
                           Severity::error,
                           "value of " + quoted_value(key.str()) + " must be a string, number, boolean or list of strings",
                           {}});
          continue;
        }
        rec.value_locs[std::string(key.str())] = loc_of(key, path);
        rec.values.emplace_back(std::string(key.str()), std::move(*v));
      }
    }
  }
  r.finish();
  if (diags.size() > before) return std::nullopt;
  return rec;
}

}  // namespace

std::vector<Record> parse_log(std::string_view text, const std::filesystem::path& path, std::vector<Diagnostic>& diags) {
  std::vector<Record> out;
  toml::table table;
  try {
    table = parse_toml(text, path);
  } catch (const Error& e) {
    diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
    return out;
  }
  TableReader r(table, path, diags, "a log file");
  if (const auto* records = r.node("records")) {
    const auto* arr = records->as_array();
    if (!arr || !arr->is_array_of_tables()) {
      r.error(*records, "'records' must be an array of tables ([[records]])");
    } else if (arr->size() > limits::max_records_per_file) {
      diags.push_back(limit_diagnostic(loc_of(*records, path), std::to_string(arr->size()) + " records; hwk reads at most " +
                                                                   std::to_string(limits::max_records_per_file) + " in one log file"));
    } else {
      for (const auto& item : *arr) {
        if (auto rec = read_record(*item.as_table(), path, diags)) out.push_back(std::move(*rec));
      }
    }
  }
  r.finish();
  return out;
}

std::vector<std::filesystem::path> client_log_files(const ClientDir& client, std::vector<Diagnostic>* diags) {
  std::vector<std::string> names;
  try {
    names = list_directory(client.log());
  } catch (const Error& e) {
    if (!diags) throw;
    diags->insert(diags->end(), e.diagnostics().begin(), e.diagnostics().end());
  }
  std::vector<std::filesystem::path> files;
  for (const auto& name : names) {
    if (parse_log_file_name(name)) {
      files.push_back(client.log() / name);
    } else if (diags && !is_temporary_name(name) && name != ".gitkeep") {
      diags->push_back({{client.log() / name}, Severity::warning, "not a log file name (YYYY-MM.WRITER.toml); hwk ignores it", {}});
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<Record> read_client_log(const ClientDir& client, std::vector<Diagnostic>& diags) {
  std::vector<Record> out;
  std::vector<std::filesystem::path> files;
  try {
    files = client_log_files(client);
  } catch (const Error& e) {
    diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
    return out;
  }
  for (const auto& file : files) {
    std::string text;
    try {
      text = read_file(file, limits::max_log_file_bytes);
    } catch (const Error& e) {
      diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
      continue;
    }
    auto records = parse_log(text, file, diags);
    out.insert(out.end(), std::make_move_iterator(records.begin()), std::make_move_iterator(records.end()));
  }
  return out;
}

}  // namespace hwk
