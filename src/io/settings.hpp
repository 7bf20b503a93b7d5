// Settings: the practice's hwk.toml and the user's $XDG_CONFIG_HOME/hwk/config.toml.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diag/diag.hpp"
#include "model/crisis.hpp"

namespace hwk {

struct PracticeSettings {
  std::string name;
  std::string timezone;  ///< default zone for new clients; empty: the machine's
  std::string week_start = "monday";
  std::string language;
  bool discreet = false;
  double max_reading_grade = 8;  ///< template lint warns above this reading grade
  double stall_threshold = 0.5;  ///< adherence over two weeks below which practice has stalled
  CrisisTexts crisis;            ///< where to get help now, by language; empty: not set
  SourceLoc crisis_loc;          ///< where it was set
};

class TableReader;
/// `crisis`: one text for every language (kept as "en"), or a table of texts by language code.
/// A text that is not a string, or a code hwk does not know, is an error at its place.
CrisisTexts read_crisis_texts(TableReader& r);

/// Reads hwk.toml; problems are added to `diags` (unknown keys are warnings). Without `with_zone`
/// the timezone is neither looked up nor given (it stays empty): looking a zone up waits for the
/// zone database, and reports over every client need only the other settings.
PracticeSettings read_practice_settings(const std::filesystem::path& file, std::vector<Diagnostic>& diags, bool with_zone = true);

struct UserConfig {
  std::string color;   ///< auto, always or never; empty when not set
  std::string editor;  ///< used when $VISUAL and $EDITOR are unset
  /// Folders whose hwk.toml or plan.toml hwk takes though another user owns it ("*": any).
  std::vector<std::string> safe_directories;
};

/// The user's config file, or defaults when there is none. Throws Error on a bad file.
UserConfig read_user_config(const std::filesystem::path& file);

/// The text of a new hwk.toml.
std::string new_practice_settings_text(const std::string& timezone);

}  // namespace hwk
