// hwk client list's table and JSON.
#include "report/client_list.hpp"

#include "util/json.hpp"
#include "util/table.hpp"
#include "util/term_safe.hpp"

namespace hwk {

std::string render_client_list_text(const std::vector<ClientListRow>& rows, bool color, std::size_t width) {
  if (rows.empty()) return {};
  Table table;
  table.header = {"CLIENT", "NAME", "TIMEZONE", "ASSIGNMENTS"};
  for (const auto& r : rows) {
    table.rows.push_back({terminal_safe(r.id), terminal_safe(r.name), terminal_safe(r.timezone),
                          r.valid ? std::to_string(r.assignments) : "plan invalid: run hwk check"});
  }
  return render_table(table, {width, color});
}

std::string render_client_list_json(const std::vector<ClientListRow>& rows) {
  JsonWriter w;
  w.begin_object().member("version", 1).key("clients").begin_array();
  for (const auto& r : rows) {
    w.begin_object().member("id", r.id).member("name", r.name).member("timezone", r.timezone).member("assignments", r.assignments);
    w.member("valid", r.valid).end_object();
  }
  return w.end_array().end_object().take() + "\n";
}

}  // namespace hwk
