// What a client reads right after a record that meets a risk condition of its template: what it
// met, named by the fields' labels in the client's language; where to get help now (the plan's,
// else the practice's crisis text); and the client's own safety plan. Shown after saving, after
// a save that failed (the help does not wait for the disk), and after a draft is recorded.
#pragma once
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "io/client_data.hpp"
#include "model/record.hpp"

namespace hwk {

/// Prints nothing when `r` meets no risk condition. `history` is the client's log when the caller
/// has read it; when empty it is read here, for the safety plan.
void tell_risk(const Context& ctx, const ClientData& data, const std::string& assignment, const Record& r, std::vector<Record>& history);

}  // namespace hwk
