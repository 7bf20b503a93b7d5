// A template as a person reads it (text) and as a script reads it (JSON), and the list of
// templates (hwk template show, hwk template list).
#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "model/template.hpp"

namespace hwk {

/// The template as hwk template show prints it; text from the file made terminal-safe. On a
/// terminal `width` columns wide its paragraphs wrap at words (0: not a terminal, nothing wraps).
std::string render_template_text(const Template& t, bool builtin, bool color, std::size_t width);
/// The object documented in hwk-template(1), on one line.
std::string render_template_json(const Template& t, bool builtin);

/// A template of the list, and whether it is built in.
using ListedTemplate = std::pair<Template, bool>;
/// hwk template list's table (util/table.hpp's layout); nothing when the list is empty.
std::string render_template_list_text(const std::vector<ListedTemplate>& shown, bool color, std::size_t width);
/// hwk template list --format json.
std::string render_template_list_json(const std::vector<ListedTemplate>& shown);

}  // namespace hwk
