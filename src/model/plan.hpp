// A client's plan: who they are, their goals, and the homework assigned to them.
#pragma once
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diag/diag.hpp"
#include "model/schedule_rule.hpp"
#include "util/time.hpp"

namespace hwk {

struct Assignment {
  std::string id;
  std::string template_id;
  std::optional<int> template_version;  ///< nothing: the newest copy in the client's templates/
  std::string schedule_text;
  Schedule schedule;
  std::vector<std::chrono::minutes> times;  ///< local times of day
  std::optional<date::year_month_day> start, end;
  std::string goal;
  std::string why;
  std::string backup;
  SourceLoc loc;
};

struct Plan {
  std::string client;
  std::string name;
  std::string timezone;
  Zone zone = nullptr;
  std::string language;
  bool discreet = false;  ///< reminders say "practice time" instead of the activity's title
  std::vector<std::string> goals;
  std::vector<LocalTime> sessions;  ///< planned sessions, local wall-clock time
  std::vector<Assignment> assignments;
  std::filesystem::path path;

  const Assignment* find_assignment(std::string_view id) const {
    for (const auto& a : assignments) {
      if (a.id == id) return &a;
    }
    return nullptr;
  }
};

}  // namespace hwk
