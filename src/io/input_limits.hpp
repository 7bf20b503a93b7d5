// Checks that run on the bytes of a file before (and just after) yaml-cpp or toml++ parse them, so
// that no input can make a parser recurse without bound, expand aliases or hold huge values: each
// limit of model/limits.hpp broken is reported at its place, with the figure.
#pragma once
#include <toml++/toml.h>

#include <filesystem>
#include <optional>
#include <string_view>

#include "diag/diag.hpp"

namespace hwk {

/// Merge-conflict markers (the first block), bytes that are not UTF-8 or a NUL byte (the first).
std::optional<Diagnostic> text_problem(std::string_view text, const std::filesystem::path& path);

/// In the first YAML document: collections nested more than limits::max_nesting_depth, an alias
/// (hwk's files have no use for them, and refusing them rules out "billion laughs"), or a scalar
/// longer than limits::max_text_bytes. YAML syntax errors are thrown as yaml-cpp's exceptions.
std::optional<Diagnostic> yaml_limit_problem(std::string_view yaml, const std::filesystem::path& path);

/// TOML tables, dotted keys, arrays and inline tables nested more than limits::max_nesting_depth,
/// found by a scan of the text (toml++ recurses on deep dotted keys and table headers).
std::optional<Diagnostic> toml_depth_problem(std::string_view text, const std::filesystem::path& path);

/// A string in a parsed TOML document that is not one text value as hwk's files hold it
/// (model/text_value.hpp: longer than limits::max_text_bytes, or a NUL byte from an escape): the
/// same rule the writers of records apply.
std::optional<Diagnostic> toml_length_problem(const toml::table& table, const std::filesystem::path& path);

/// A broken limit: `message` says what was found and the limit; the hint points to hwk-check(1).
Diagnostic limit_diagnostic(SourceLoc loc, std::string message);

}  // namespace hwk
