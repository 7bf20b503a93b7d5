// `hwk check`: every template, plan and log of a practice and their cross-references.
#pragma once
#include <filesystem>
#include <vector>

#include "diag/diag.hpp"
#include "io/practice.hpp"
#include "model/crisis.hpp"
#include "model/record.hpp"
#include "model/template.hpp"

namespace hwk {

struct CheckScope {
  /// Absolute paths to restrict the check to (files or directories); empty: everything.
  std::vector<std::filesystem::path> paths;
  bool includes(const std::filesystem::path& p) const;
};

/// Runs every check and returns the diagnostics in a stable order (by file, then place).
std::vector<Diagnostic> check_practice(const Practice& practice, const CheckScope& scope);

/// Lint of one template file: parse errors, its file name, and warnings.
std::vector<Diagnostic> lint_template_file(const std::filesystem::path& path, bool name_must_match_id, double max_grade = default_max_reading_grade);

/// Crisis texts should read at grade 5 or lower: the English ones that do not, as warnings at `loc`
/// (the reading grade is an English measure; other languages are not judged).
constexpr double max_crisis_grade = 5;
std::vector<Diagnostic> crisis_text_warnings(const CrisisTexts& texts, const SourceLoc& loc);

/// Records with the same id: the same record arriving twice is fine; differing content is an error.
std::vector<Diagnostic> duplicate_record_problems(const std::vector<Record>& records);

}  // namespace hwk
