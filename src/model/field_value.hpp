// Values of a record's fields: parsed from what a person typed, checked against the template.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/template.hpp"

namespace hwk {

/// text, time ("HH:MM"), duration ("1h30m") and single choice are strings; scale and likert
/// (1..N) are integers; number is a double; yesno is a bool; checklist and multiple choice are lists.
using FieldValue = std::variant<std::string, long long, double, bool, std::vector<std::string>>;

/// Parses typed input for `field` ("7", "yes", "anxious, sad", "25m", a likert label or its
/// number, a choice by name or number). On failure returns nothing and sets `error`.
std::optional<FieldValue> parse_field_input(const Field& field, std::string_view input, std::string& error);

/// Checks a value read from a file (its type and range); returns what is wrong, or empty.
std::string field_value_problem(const Field& field, const FieldValue& value);

/// The value as a person reads it ("7", "yes", "anxious, sad", "3 (somewhat)").
std::string display_field_value(const Field& field, const FieldValue& value);

/// Whether the field holds a number: scale, likert, number or duration.
bool is_numeric(FieldType t);
/// A numeric field's value as a number (durations in minutes), or nothing.
std::optional<double> numeric_value(const Field& f, const FieldValue& v);

/// One line describing what the field accepts ("0–10, 0 = calm, 10 = worst"), for prompts and help.
std::string describe_field_input(const Field& field);

}  // namespace hwk
