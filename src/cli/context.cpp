// Context helpers.
#include "cli/context.hpp"

#include <ostream>

namespace hwk {

const Practice& Context::need_practice() const {
  if (!practice) {
    throw Error("not in a practice repository (no hwk.toml or plan.toml here or in any parent directory)",
                "create one with 'hwk init', or use -C to name its directory");
  }
  return *practice;
}

Zone Context::local_zone() const {
  std::call_once(local_zone_found_, [this] { local_zone_ = system_zone(); });
  return local_zone_;
}

void Context::report(const Diagnostic& d) const { *err << format_diagnostic(d, cwd, color_err); }

void Context::report(const Error& e) const {
  for (const auto& d : e.diagnostics()) report(d);
}

}  // namespace hwk
