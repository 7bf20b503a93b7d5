// Naming a client on the command line: given, or implied in a client's own repository.
#pragma once
#include <string>

#include "cli/context.hpp"
#include "io/client_data.hpp"
#include "model/plan.hpp"

namespace hwk {

/// The client named by `id`, or the implied one when `id` is empty.
ClientDir resolve_client(const Context& ctx, const std::string& id);

/// The clients named, or every client of the practice when none is named.
std::vector<ClientDir> resolve_clients(const Context& ctx, const std::vector<std::string>& ids);

/// The assignment `id` of the plan; throws naming the plan's assignments when there is none.
const Assignment& resolve_assignment(const ClientData& data, const std::string& id);

/// Reads the time something happened (--at) in the client's zone; throws a usage error naming
/// `option` when it is not a time or lies in the future (more than five minutes ahead of now).
Instant parse_time_option(const Context& ctx, const std::string& option, const std::string& text, Zone zone);

}  // namespace hwk
