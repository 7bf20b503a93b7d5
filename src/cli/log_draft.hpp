// What `hwk log`, `session`, `feedback` and `advance` do with a record they could not save: keep
// it as a draft, offer it back at the next `hwk log`, and record it on request (hwk log --draft FILE).
#pragma once
#include <filesystem>

#include "cli/context.hpp"
#include "io/practice.hpp"
#include "model/plan.hpp"
#include "model/record.hpp"

namespace hwk {

/// After `failure` to append `r`: reports the failure, keeps `r` (with its id) as a draft under
/// .hwk/drafts/ and says how to record it. When even the draft cannot be written, says so and, on
/// a terminal, shows the record so that it can be copied by hand. Returns exit status 1.
int keep_as_draft(const Context& ctx, const ClientDir& client, const Plan& plan, const Record& r, const Error& failure);

/// Before a new record of `client`: on a terminal (`ask`), asks about each kept draft of that
/// client: record it now, discard it, or keep it for later; otherwise notes each one on stderr
/// with the command that records it.
void offer_log_drafts(const Context& ctx, const ClientDir& client, Zone zone, bool ask);

/// hwk log --draft FILE: records the draft's record as it is, with the id it was given, and
/// deletes the draft once the record is in the log (also when it was there already).
int record_log_draft(const Context& ctx, const std::filesystem::path& file);

}  // namespace hwk
