// Reading a client for a report, through the cache, limited to the months the report needs.
#include "io/client_reader.hpp"

#include <algorithm>

#include <map>

#include "io/files.hpp"
#include "io/log_format.hpp"
#include "schedule/occurrences.hpp"

namespace hwk {
namespace {

date::year_month month_of(LocalDay day) {
  const date::year_month_day d{day};
  return d.year() / d.month();
}

// The month a log file holds. The names were checked (parse_log_file_name) when the directory
// was listed, so only the "YYYY-MM" they begin with is read here.
date::year_month log_file_month(std::string_view name) {
  if (name.size() < 7) return date::year{0} / date::month{1};  // not a listed name
  const auto digits = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (name[i] - '0');
    return v;
  };
  return date::year{digits(0, 4)} / date::month{static_cast<unsigned>(digits(5, 2))};
}

// The month a week before `t` in `zone`: files of earlier months cannot hold what a report
// starting at `t` needs.
date::year_month first_month(Instant t, Zone zone) { return month_of(local_day(t, zone) - date::days{7}); }

// Every log file, in order: records go straight to the result.
void read_every_file(ClientCache& cache, const std::vector<std::string>& files, ClientData& out, std::vector<Diagnostic>& diags) {
  cache.read_whole();
  out.records.reserve(cache.records_held(files));
  for (const auto& f : files) {
    try {
      cache.append_log_records(f, out.records, diags);
    } catch (const Error& e) {
      diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
  }
  out.log_read = LogExtent::whole;
}

// The log files of the months `window` needs (see LogWindow), their records in file order.
void read_window(ClientCache& cache, const std::vector<std::string>& files, const LogWindow& window, Zone zone, ClientData& out,
                 std::vector<Diagnostic>& diags) {
  std::map<std::size_t, std::vector<Record>> read;  // by the file's place in `files`
  auto read_file_at = [&](std::size_t i) {
    if (read.count(i)) return;
    try {
      read[i] = cache.log_records(files[i], diags);
    } catch (const Error& e) {
      diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
      read[i];
    }
  };
  std::vector<date::year_month> months;
  for (const auto& f : files) months.push_back(log_file_month(f));
  auto read_from = [&](date::year_month m) {
    for (std::size_t i = 0; i < files.size(); ++i) {
      if (months[i] >= m) read_file_at(i);
    }
  };
  const date::year_month from = first_month(*window.from, zone);
  read_from(from);
  if (window.back_to_last_session) {
    auto session = [&] {
      std::optional<Instant> last;
      for (const auto& [i, records] : read) {
        if (auto s = last_session(records, window.now); s && (!last || *s > *last)) last = s;
      }
      return last;
    };
    // Months are read newest first until one holds a session: a file of an earlier month
    // cannot hold a later session.
    std::optional<Instant> last = session();
    for (std::size_t i = files.size(); !last && i > 0; --i) {
      if (months[i - 1] >= from) continue;
      const auto m = months[i - 1];
      read_from(m);
      last = session();
    }
    if (last && *last < *window.from) read_from(first_month(*last, zone));
  }
  // A correction is a record that names the one it amends, filed in the month of its own time:
  // one in a month before the window can amend a record in it. The ids amended in the other
  // files come from the cache's index (their records are not read while they are unchanged), and
  // what they amend is left out here, as every report leaves amended records out.
  // A problem in such a file is left to hwk check, as before: it is not the window's.
  std::vector<std::string> amended;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (read.count(i)) continue;
    try {
      std::vector<Diagnostic> elsewhere;
      auto ids = cache.amended_ids(files[i], elsewhere);
      amended.insert(amended.end(), std::make_move_iterator(ids.begin()), std::make_move_iterator(ids.end()));
    } catch (const Error&) {
    }
  }
  if (!amended.empty()) {
    std::sort(amended.begin(), amended.end());
    for (auto& [i, records] : read) {
      std::erase_if(records,
                    [&](const Record& r) { return r.kind == RecordKind::practice && std::binary_search(amended.begin(), amended.end(), r.id); });
    }
  }
  std::size_t count = 0;
  for (const auto& [i, records] : read) count += records.size();
  out.records.reserve(count);
  for (auto& [i, records] : read) {
    out.records.insert(out.records.end(), std::make_move_iterator(records.begin()), std::make_move_iterator(records.end()));
  }
  out.log_read = LogExtent::window;
}

}  // namespace

ClientData read_client_for_window(const ClientDir& dir, const std::filesystem::path& cache_dir, TemplateDetail detail, const LogWindow& window,
                                  std::vector<Diagnostic>& diags, OpenDirs* dirs) {
  ClientCache cache(cache_dir, dir, dirs);
  std::vector<Diagnostic> found;
  ClientData out = cache.client_data(found, detail);
  // A graded assignment's current step can have begun long ago, and its rule's conditions need the
  // template's fields: such a client is read whole, whatever the report asked for.
  const bool graded = std::any_of(out.plan.assignments.begin(), out.plan.assignments.end(), [](const Assignment& a) { return !a.steps.empty(); });
  if (graded && (detail == TemplateDetail::titles || detail == TemplateDetail::risk)) {
    found.clear();
    out = cache.client_data(found, TemplateDetail::full);
  }
  const auto files = cache.log_file_names();
  const Zone zone = out.plan.zone;
  if (!window.from || !zone || graded) read_every_file(cache, files, out, found);
  else read_window(cache, files, window, zone, out, found);
  cache.save();
  diags.insert(diags.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  return out;
}

}  // namespace hwk
