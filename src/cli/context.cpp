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

void Context::report(const Diagnostic& d) const { *err << format_diagnostic(d, cwd, color_err); }

}  // namespace hwk
