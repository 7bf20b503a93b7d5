// hwk client list: one line per client, for people and for scripts.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace hwk {

/// A client of the list, as its plan says.
struct ClientListRow {
  std::string id, name, timezone;
  std::size_t assignments = 0;
  bool valid = true;  ///< false: the plan has errors (hwk check tells them)
};

/// The table (util/table.hpp's layout); nothing when there are no clients.
std::string render_client_list_text(const std::vector<ClientListRow>& rows, bool color, std::size_t width);
/// The object documented in hwk-client(1).
std::string render_client_list_json(const std::vector<ClientListRow>& rows);

}  // namespace hwk
