// What `hwk log`, `session`, `feedback` and `advance` do with a record they could not save: keep
// it as a draft, offer it back at the next `hwk log`, and record it on request (hwk log --draft FILE).
#pragma once
#include <filesystem>
#include <optional>

#include "cli/context.hpp"
#include "io/log_drafts.hpp"
#include "io/practice.hpp"
#include "model/plan.hpp"
#include "model/record.hpp"

namespace hwk {

/// After `failure` to append `r`: reports the failure, keeps `r` (with its id) as a draft under
/// .hwk/drafts/ and says how to record it. When even the draft cannot be written, says so and, on
/// a terminal, shows the record so that it can be copied by hand. Returns exit status 1.
int keep_as_draft(const Context& ctx, const ClientDir& client, const Plan& plan, const Record& r, const Error& failure);

/// After the person stopped the prompt part-way (`stop`): keeps the answers given so far in `r`
/// as an unfinished draft that the next `hwk log` of the assignment goes on with, and says so.
/// `asked`: the questions asked already (LogDraft::asked). With no answer yet, there is nothing to keep and nothing is written. Returns the exit
/// status: 130 after Ctrl-C, 1 when the input ended.
int keep_unfinished(const Context& ctx, const ClientDir& client, const Plan& plan, Record r, bool interrupted, const std::vector<std::string>& asked);

/// Before a new record of `assignment` of `client`: on a terminal (`ask`), asks about each kept
/// draft of that client: record it now, discard it, or keep it for later, and for an unfinished
/// draft of the same assignment, go on with it (returned, to be asked the rest and deleted once
/// the record is saved). Otherwise notes each one on stderr with the command that records it.
std::optional<LogDraft> offer_log_drafts(const Context& ctx, const ClientDir& client, const std::string& assignment, Zone zone, bool ask);

/// Deletes a draft (a missing one is no error).
void remove_draft(const std::filesystem::path& path);

/// hwk log --draft FILE: records the draft's record as it is, with the id it was given, and
/// deletes the draft once the record is in the log (also when it was there already).
int record_log_draft(const Context& ctx, const std::filesystem::path& file);

}  // namespace hwk
