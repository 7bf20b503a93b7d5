// What a client reads right after a record that meets a risk condition.
#include "cli/risk_notice.hpp"

#include <algorithm>
#include <ostream>

#include "cli/client_arg.hpp"
#include "cli/terminal.hpp"
#include "io/log_reader.hpp"
#include "io/settings.hpp"
#include "model/practice_rule.hpp"
#include "report/risk.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {

void tell_risk(const Context& ctx, const ClientData& data, const std::string& assignment, const Record& r, std::vector<Record>& history) {
  const Template* original = data.template_for(assignment);
  if (!original || original->risk.empty()) return;
  const std::string language = data.plan.language.empty() ? ctx.language : data.plan.language;
  const Template shown = localized(*original, language);
  std::vector<std::string> lines;
  for (const auto& rule : original->risk) {
    if (!meets(r, *original, rule.when)) continue;
    for (const auto& c : rule.when) {
      const Field* f = shown.find_field(c.field);
      std::string line = f ? client_risk_line(c, *f, language) : c.field;
      if (std::find(lines.begin(), lines.end(), line) == lines.end()) lines.push_back(std::move(line));
    }
  }
  if (lines.empty()) return;
  auto& out = *ctx.out;
  out << "\n";
  for (const auto& line : lines) out << paint(terminal_safe(line), Style::bold, ctx.color_out) << "\n";
  const CrisisTexts practice = ctx.practice ? practice_settings(*ctx.practice).crisis : CrisisTexts{};
  for (const auto& text : crisis_texts_for(data.plan.crisis, practice, language)) out << "\n" << wrap_words(terminal_safe(text), 78) << "\n";
  if (history.empty()) {
    std::vector<Diagnostic> diags;
    history = read_client_log(data.dir, diags);  // a log that cannot be read leaves the plan out, not the help
  }
  std::map<std::string, Template> localized_templates;
  for (const auto& [id, t] : data.templates) localized_templates.emplace(id, localized(t, language));
  const auto plan = current_safety_plan(history, [&](const std::string& id) -> const Template* {
    const auto it = localized_templates.find(id);
    return it == localized_templates.end() ? nullptr : &it->second;
  });
  if (!plan || plan->sections.empty()) return;
  out << "\n" << paint(safety_plan_heading(language) + ":", Style::bold, ctx.color_out) << "\n";
  for (const auto& [label, text] : plan->sections) out << "  " << terminal_safe(label) << ": " << terminal_safe(text) << "\n";
}

}  // namespace hwk
