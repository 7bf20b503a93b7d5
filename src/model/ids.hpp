// Identifiers of clients, assignments, templates and fields: safe as file names, never a path.
#pragma once
#include <string>
#include <string_view>

namespace hwk {

constexpr std::size_t max_id_length = 64;

/// True for 1–64 characters of a–z, 0–9, '-' and '_', starting with a letter or digit. Such an id
/// can never be ".", "..", contain a slash, or differ from another only by case.
bool is_valid_id(std::string_view id);

/// Why `id` is not valid, phrased for a message ("must start with a letter or digit"); empty if valid.
std::string id_problem(std::string_view id);

}  // namespace hwk
