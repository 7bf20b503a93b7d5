// The form of `hwk log --edit`: a record written as TOML, with the template's questions as
// comments, that the person fills in in their editor and that is read back into the record.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diag.hpp"
#include "model/record.hpp"
#include "model/template.hpp"

namespace hwk {

/// The form for `r` (its status, reason, reflection and values filled in where it has them) of an
/// assignment of `tmpl`, for `client`.
std::string log_form_text(const Template& tmpl, const Record& r, const std::string& client);

/// Reads the filled-in form `text` (read from `path`, which the diagnostics name) into `r`: its
/// status, reason, reflection and values, in the template's field order. Returns the problems
/// found (none: `r` is a valid record of `tmpl`).
std::vector<Diagnostic> read_log_form(std::string_view text, const std::filesystem::path& path, const Template& tmpl, Record& r);

/// Puts the record's values in the template's field order, leaving out values of fields it lacks.
void sort_values(Record& r, const Template& tmpl);

}  // namespace hwk
