// Naming a client on the command line: given, or implied in a client's own repository.
#pragma once
#include <string>

#include "cli/context.hpp"
#include "io/client_data.hpp"
#include "io/client_reader.hpp"
#include "io/files.hpp"
#include "io/template_catalog.hpp"
#include "model/plan.hpp"
#include "model/record.hpp"
#include "util/read_ahead.hpp"

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace hwk {

/// The client named by `id`, or the implied one when `id` is empty.
ClientDir resolve_client(const Context& ctx, const std::string& id);

/// The clients a report covers: those named (each checked at once, so that an unknown one stops
/// the report before it prints anything), or every client of the practice when none is named.
/// Then the folders of clients/ are listed without looking into each; whether one holds a plan is
/// asked by at(), on the reading threads, where it overlaps the reading of other clients.
class ClientList {
 public:
  ClientList(const Context& ctx, const std::vector<std::string>& ids);
  std::size_t size() const { return checked_.empty() ? folders_.size() : checked_.size(); }
  /// Client `i`, or nothing when that folder is not a client. Safe on any thread.
  std::optional<ClientDir> at(std::size_t i, OpenDirs& dirs) const;

 private:
  std::vector<ClientDir> checked_;
  std::vector<std::string> folders_;
  fs::path clients_dir_;
};

/// What discreet reminders and calendars show instead of an activity's title.
constexpr const char* discreet_title = "practice time";

/// Assignment id → the title shown: the template's title in the client's language (the plan's,
/// else the user's; its id when its template copy is missing), or `discreet_title` when `discreet`.
std::map<std::string, std::string> client_titles(const Context& ctx, const ClientData& data, bool discreet);

/// What a report reads of each client: how much of its templates, and which log files.
struct ReportReading {
  TemplateDetail templates = TemplateDetail::full;
  LogWindow window;  ///< every log file unless it says otherwise
};

/// Reads a client for a report on that client alone (every log file, through the practice's
/// cache); throws Error (every error found) when its data is not valid.
ClientData load_client_for_report(const Context& ctx, const ClientDir& dir);

/// Reads a client for a report, through the practice's cache. When its data is invalid, prints
/// the errors and returns nothing, so the report can go on with the other clients.
std::optional<ClientData> read_client_for_report(const Context& ctx, const ClientDir& dir, const ReportReading& reading = {});

namespace detail {
/// What a reading thread hands over for one folder of clients/: `compute`'s result for the client,
/// or the errors that made it invalid.
template <typename T>
struct Computed {
  std::optional<ClientDir> dir;  ///< nothing when the folder turned out not to be a client
  std::optional<T> result;
  std::vector<Diagnostic> errors;
};
}  // namespace detail

/// The reading of one client for for_each_client_computed (runs on a reading thread).
std::optional<ClientData> read_client_quietly(const Context& ctx, const ClientDir& dir, const ReportReading& reading, std::vector<Diagnostic>& errors,
                                              OpenDirs* dirs = nullptr);
/// Prints the errors of a client that was skipped.
void report_errors(const Context& ctx, const std::vector<Diagnostic>& errors);

/// Reads each client named (every client when none is) on the reading threads and applies
/// `compute` (a pure function of the client) there; `report` gets each result on the caller's
/// thread, in order. A client whose data is invalid has its errors printed and is skipped.
/// Returns whether any was skipped.
template <typename T>
bool for_each_client_computed(const Context& ctx, const std::vector<std::string>& ids, const ReportReading& reading,
                              const std::function<T(const ClientDir&, ClientData&)>& compute,
                              const std::function<void(const ClientDir&, T&)>& report) {
  const ClientList clients(ctx, ids);
  OpenDirs open_dirs;
  ReadAhead<detail::Computed<T>> ahead(clients.size(), [&](std::size_t i) {
    detail::Computed<T> out;
    out.dir = clients.at(i, open_dirs);
    if (!out.dir) return out;
    if (auto client = read_client_quietly(ctx, *out.dir, reading, out.errors, &open_dirs)) out.result.emplace(compute(*out.dir, *client));
    return out;
  });
  bool skipped = false;
  for (std::size_t i = 0; i < clients.size(); ++i) {
    auto c = ahead.take(i);
    if (!c.dir) continue;
    report_errors(ctx, c.errors);
    if (c.result) report(*c.dir, *c.result);
    else skipped = true;
  }
  return skipped;
}

/// The practice's settings (defaults in a client's own repository), without the timezone (see
/// read_practice_settings); problems are ignored here, as `hwk check` reports them.
PracticeSettings practice_settings(const Practice& practice);

/// The template `id` available to the practice (its own, else built in); throws naming the
/// closest id when there is none.
TemplateEntry require_available_template(const Context& ctx, const std::string& id);

/// The title of the available template `id` in `language`, or nothing when there is no such
/// template or it is not valid.
std::optional<std::string> available_template_title(const Context& ctx, const std::string& id, const std::string& language);

/// The assignment `id` of the plan; throws naming the plan's assignments when there is none.
const Assignment& resolve_assignment(const ClientData& data, const std::string& id);

/// Reads the time something happened (--at) in the client's zone; throws a usage error naming
/// `option` when it is not a time or lies in the future (more than five minutes ahead of now).
Instant parse_time_option(const Context& ctx, const std::string& option, const std::string& text, Zone zone);

}  // namespace hwk
