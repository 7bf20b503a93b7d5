// hwk due's list for one client: its due items, the open risk flags to look at, and the graded
// steps that are ready; rendered as text lines for people and as JSON members for scripts.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "report/due.hpp"

namespace hwk {

/// One client's part of hwk due.
struct ClientDue {
  struct Step {
    std::string id, title;
    std::size_t number = 0, count = 0;
    std::string label() const { return "step " + std::to_string(number) + " of " + std::to_string(count); }
  };
  struct Ready {
    std::string assignment, title, rule, step, next, next_title;
  };
  struct OpenFlag {
    std::string record, assignment, title;
    Instant at;
  };
  std::string id, name;
  Zone zone;
  std::vector<DueItem> items;
  std::map<std::string, Step> steps;  ///< graded assignment id → its current step
  std::vector<Ready> ready;
  std::vector<OpenFlag> risk;  ///< open risk flags, oldest first

  /// Whether anything needs doing: an item due or overdue, or an open risk flag.
  bool anything_due() const;
};

/// The client's due list at `q.now`. `titles` maps assignment ids to the titles shown; risk flags
/// are those still open that were raised from `flags_since` on (the last session, or the start of
/// the overdue window when that is earlier).
ClientDue client_due(const std::string& id, const Plan& plan, const std::vector<Record>& records, const std::map<std::string, std::string>& titles,
                     const std::function<const Template*(const std::string&)>& template_of, const DueQuery& q);

/// The client's lines for a terminal: its id and name, then one aligned row per risk flag, item and
/// ready step (text from files made terminal-safe); nothing when the list is empty. `width` as
/// util/table.hpp's TableLayout.
std::string render_due_text(const ClientDue& c, Instant now, bool color, std::size_t width);

/// The client's members of the JSON "items" array (hwk-due(1)), comma-separated; risk flags first.
std::string render_due_items_json(const ClientDue& c);
/// The client's members of the JSON "ready" array, comma-separated.
std::string render_due_ready_json(const ClientDue& c);

}  // namespace hwk
