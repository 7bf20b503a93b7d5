// A template as a person reads it (text) and as a script reads it (JSON).
#pragma once
#include <string>

#include "model/template.hpp"

namespace hwk {

std::string render_template_text(const Template& t, bool builtin, bool color);
std::string render_template_json(const Template& t, bool builtin);

}  // namespace hwk
