// What a command line that CLI11 refused means, in hwk's words: the message and a hint that
// names the closest command or option ("did you mean 'template list'?"), or says how to quote a
// schedule of several words. Pure: the parsed application and the words come in.
#pragma once
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "diag/diag.hpp"

namespace hwk {

/// The diagnostic for `error`, raised while `app` parsed `args` (the words after the program name).
Diagnostic explain_parse_error(const CLI::App& app, const CLI::ParseError& error, const std::vector<std::string>& args);

}  // namespace hwk
