// What every command gets from main: the clock (read once), the terminal, settings, the practice.
#pragma once
#include <filesystem>
#include <iosfwd>
#include <mutex>
#include <optional>
#include <string>

#include "diag/diag.hpp"
#include "io/practice.hpp"
#include "io/settings.hpp"
#include "io/template_catalog.hpp"
#include "util/time.hpp"

namespace hwk {

struct Context {
  std::filesystem::path cwd;  ///< the working directory after -C
  Instant now{};              ///< the current time, from --now, HWK_NOW or the clock
  bool color_out = false;     ///< colour on stdout
  bool color_err = false;     ///< colour on stderr
  bool interactive = false;   ///< stdin and stdout are terminals
  std::size_t width = 0;      ///< stdout's terminal width in columns; 0 when it is not a terminal
  std::filesystem::path builtin_templates;
  UserConfig config;
  std::string editor;    ///< $VISUAL, $EDITOR, the config's editor, or vi
  std::string language;  ///< from $LC_ALL, $LC_MESSAGES or $LANG, e.g. "es-ES"; empty for C
  std::optional<Practice> practice;
  std::ostream* out = nullptr;
  std::ostream* err = nullptr;

  /// The machine's zone ($TZ), looked up at first use: the zone database loads meanwhile.
  Zone local_zone() const;
  /// The practice, or an Error saying none was found from the working directory.
  const Practice& need_practice() const;
  /// Prints a diagnostic (warnings, notes) to stderr.
  void report(const Diagnostic& d) const;
  /// Prints every diagnostic of an error to stderr.
  void report(const Error& e) const;

 private:
  mutable std::once_flag local_zone_found_;
  mutable Zone local_zone_ = nullptr;
};

}  // namespace hwk
