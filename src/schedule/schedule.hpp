// Schedule phrases in plain words → Schedule.
#pragma once
#include <string>
#include <string_view>
#include <variant>

#include "model/schedule_rule.hpp"

namespace hwk {

struct ScheduleError {
  std::size_t column = 0;  ///< 0-based offset of the word that is wrong in the phrase
  std::string message;
  std::string hint;
};

/// Parses `daily`, `weekdays`, `weekends`, `mon wed fri`, `weekly on sun`, `every 2 days`,
/// `every other day`, `3 per week`, `2 per day`, `twice a week`, `once 2026-12-01`,
/// `before each session`, `as needed`. Case-insensitive; commas between day names are allowed.
std::variant<Schedule, ScheduleError> parse_schedule(std::string_view phrase);

/// The canonical phrase for a schedule ("mon wed fri", "3 per week").
std::string describe_schedule(const Schedule& s);

}  // namespace hwk
