// Appending records.
#include "io/record_writer.hpp"

#include <algorithm>

#include "io/files.hpp"
#include "io/log_format.hpp"
#include "io/log_reader.hpp"
#include "model/record_id.hpp"
#include "model/text_value.hpp"

namespace hwk {

void check_record_writable(const Record& r, Zone zone) {
  std::vector<Diagnostic> diags;
  for (const auto& p : record_text_problems(r)) {
    diags.push_back({{}, Severity::error, p.message, text_value_hint});
  }
  if (!diags.empty()) throw Error(diags);
  // The record as the log file would hold it, read back by the log reader.
  Record probe = r;
  if (probe.id.empty()) probe.id = std::string(26, '0');
  std::vector<Diagnostic> read;
  parse_log(format_record(probe, zone), "record", read);
  for (const auto& d : read) {
    if (d.severity == Severity::error) diags.push_back({{}, Severity::error, "the record would not read back: " + d.message, d.hint});
  }
  if (!diags.empty()) throw Error(diags);
}

std::string new_record_id(Instant now) {
  RecordIdRandom random{};
  const auto bytes = random_bytes(random.size());
  std::copy(bytes.begin(), bytes.end(), random.begin());
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  return make_record_id(static_cast<std::uint64_t>(std::max<long long>(ms, 0)), random);
}

std::filesystem::path append_record(const Practice& practice, const ClientDir& client, const Plan& plan, Record& r, Instant now) {
  check_record_writable(r, plan.zone);
  if (r.id.empty()) r.id = new_record_id(now);
  const std::string writer = writer_id(practice);
  const auto day = local_date(r.at, plan.zone);
  const date::year_month month = day.year() / day.month();
  make_private_dirs(client.log());
  const auto file = client.log() / log_file_name(month, writer);
  append_file_atomic(file, log_file_header(client.id, month, writer), format_record(r, plan.zone), limits::max_log_file_bytes);
  return file;
}

}  // namespace hwk
