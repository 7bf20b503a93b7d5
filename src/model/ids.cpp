// Identifier rules.
#include "model/ids.hpp"

namespace hwk {
namespace {
bool is_id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'; }
bool is_alnum_lower(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
}  // namespace

std::string id_problem(std::string_view id) {
  if (id.empty()) return "is empty";
  if (id.size() > max_id_length) return "is longer than 64 characters";
  if (!is_alnum_lower(id.front())) return "must start with a lowercase letter or digit";
  for (char c : id) {
    if (!is_id_char(c)) return "may contain only lowercase letters, digits, '-' and '_'";
  }
  return {};
}

bool is_valid_id(std::string_view id) { return id_problem(id).empty(); }

}  // namespace hwk
