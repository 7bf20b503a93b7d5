// Plans are written by people: hwk adds to them as text, keeping every byte already there.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hwk {

struct NewAssignment {
  std::string id;
  std::string template_id;
  int template_version = 1;
  std::string schedule;
  std::vector<std::string> times;  ///< "HH:MM"
  std::string start, end;          ///< "YYYY-MM-DD" or empty
  std::string goal, why, backup;
};

/// The `[[assignments]]` block for a new assignment, ending in a newline.
std::string assignment_block(const NewAssignment& a);

/// `existing` followed by the block, separated by one blank line; the existing text is unchanged.
std::string append_assignment(std::string_view existing, const NewAssignment& a);

/// The text of a new client's plan.
std::string new_plan_text(const std::string& client, const std::string& name, const std::string& timezone);

}  // namespace hwk
