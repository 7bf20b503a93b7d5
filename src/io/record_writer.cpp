// Appending records.
#include "io/record_writer.hpp"

#include <algorithm>

#include "io/files.hpp"
#include "io/log_format.hpp"
#include "model/record_id.hpp"

namespace hwk {

std::filesystem::path append_record(const Practice& practice, const ClientDir& client, const Plan& plan, Record& r,
                                    Instant now) {
  if (r.id.empty()) {
    RecordIdRandom random{};
    const auto bytes = random_bytes(random.size());
    std::copy(bytes.begin(), bytes.end(), random.begin());
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    r.id = make_record_id(static_cast<std::uint64_t>(std::max<long long>(ms, 0)), random);
  }
  const std::string writer = writer_id(practice);
  const auto day = local_date(r.at, plan.zone);
  const date::year_month month = day.year() / day.month();
  make_private_dirs(client.log());
  const auto file = client.log() / log_file_name(month, writer);
  append_file_atomic(file, log_file_header(client.id, month, writer), format_record(r, plan.zone), limits::max_log_file_bytes);
  return file;
}

}  // namespace hwk
