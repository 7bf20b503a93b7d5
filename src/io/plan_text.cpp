// Text-level plan editing.
#include "io/plan_text.hpp"

#include "io/toml_util.hpp"

namespace hwk {

std::string assignment_block(const NewAssignment& a) {
  std::string out = "[[assignments]]\n";
  out += "id = " + toml_quote(a.id) + "\n";
  out += "template = " + toml_quote(a.template_id) + "\n";
  out += "template_version = " + std::to_string(a.template_version) + "\n";
  out += "schedule = " + toml_quote(a.schedule) + "\n";
  if (!a.times.empty()) out += "times = " + toml_string_array(a.times) + "\n";
  if (!a.start.empty()) out += "start = " + a.start + "\n";
  if (!a.end.empty()) out += "end = " + a.end + "\n";
  if (!a.goal.empty()) out += "goal = " + toml_quote(a.goal) + "\n";
  if (!a.why.empty()) out += "why = " + toml_quote(a.why) + "\n";
  if (!a.backup.empty()) out += "backup = " + toml_quote(a.backup) + "\n";
  return out;
}

std::string append_assignment(std::string_view existing, const NewAssignment& a) {
  std::string out(existing);
  if (!out.empty()) {
    if (out.back() != '\n') out += '\n';
    if (out.size() < 2 || out[out.size() - 2] != '\n') out += '\n';
  }
  return out + assignment_block(a);
}

std::string new_plan_text(const std::string& client, const std::string& name, const std::string& timezone) {
  std::string out = "# Homework plan for " + client + ". Written by people; hwk only appends to it.\n";
  out += "# See hwk-plan(5) for every key.\n\n";
  out += "client = " + toml_quote(client) + "\n";
  out += "name = " + toml_quote(name) + "\n";
  out += "timezone = " + toml_quote(timezone) + "\n";
  out += "goals = []\n";
  out += "# Planned sessions, local time: sessions = [2026-11-30T10:00:00]\n";
  out += "sessions = []\n";
  return out;
}

}  // namespace hwk
