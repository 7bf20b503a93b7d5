// A client's plan as a person reads it: goals, and each assignment with why, when, its current
// graded step and progress through the steps, and its follow-ups. Pure: struct in, text out.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "report/progress.hpp"
#include "report/risk.hpp"

namespace hwk {

struct AssignmentView {
  const Assignment* assignment = nullptr;
  std::string title;
  std::optional<StepState> steps;                     ///< when the assignment is graded
  std::map<std::string, std::string> suggest_titles;  ///< trigger template id → its title
  std::map<std::string, std::string> field_labels;    ///< field id → its label, for expected ratings
};

struct PlanView {
  const Plan* plan = nullptr;
  Instant now{};
  std::optional<Instant> last_session;
  std::vector<AssignmentView> assignments;
  int open_risk = 0;                      ///< risk flags not yet acknowledged
  std::optional<SafetyPlan> safety_plan;  ///< the client's current safety plan
};

/// Plain text for a terminal; every piece of text from the files is made terminal-safe.
std::string render_plan_text(const PlanView& v);

}  // namespace hwk
