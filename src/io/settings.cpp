// Reading hwk.toml and the user's config file.
#include "io/settings.hpp"

#include "io/files.hpp"
#include "io/toml_util.hpp"
#include "util/time.hpp"

namespace hwk {

PracticeSettings read_practice_settings(const std::filesystem::path& file, std::vector<Diagnostic>& diags, bool with_zone) {
  PracticeSettings s;
  toml::table table;
  try {
    table = parse_toml(read_file(file), file);
  } catch (const Error& e) {
    diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
    return s;
  }
  TableReader r(table, file, diags, "hwk.toml");
  s.name = r.string("name").value_or("");
  if (auto tz = r.string("timezone"); tz && with_zone) {
    if (find_zone(*tz)) s.timezone = *tz;
    else r.error(*r.node("timezone"), "unknown time zone '" + *tz + "'", "use an IANA name such as Europe/Berlin");
  }
  if (auto ws = r.string("week_start")) {
    if (*ws == "monday" || *ws == "sunday" || *ws == "saturday") s.week_start = *ws;
    else r.error(*r.node("week_start"), "week_start must be monday, sunday or saturday, not '" + *ws + "'");
  }
  s.language = r.string("language").value_or("");
  s.discreet = r.boolean("discreet").value_or(false);
  if (const auto* n = r.node("stall_threshold")) {
    const auto v = n->value<double>();
    if (!v || n->is_boolean() || *v <= 0 || *v > 100) r.error(*n, "stall_threshold must be a percentage from 1 to 100, e.g. 50");
    else s.stall_threshold = *v / 100.0;
  }
  if (auto grade = r.integer("max_reading_grade")) {
    if (*grade < 1 || *grade > 20) r.error(*r.node("max_reading_grade"), "max_reading_grade must be from 1 to 20");
    else s.max_reading_grade = static_cast<double>(*grade);
  }
  s.crisis = read_crisis_texts(r);
  if (r.node("crisis")) s.crisis_loc = r.where("crisis");
  r.finish(false);
  return s;
}

CrisisTexts read_crisis_texts(TableReader& r) {
  CrisisTexts out;
  const toml::node* n = r.node("crisis");
  if (!n) return out;
  const auto hint = "write crisis = \"…\", or a [crisis] table with a text per language: en = \"…\"";
  if (const auto* s = n->as_string()) {
    if (s->get().empty()) r.error(*n, "the crisis text is empty", hint);
    else out["en"] = s->get();
    return out;
  }
  const auto* table = n->as_table();
  if (!table) {
    r.error(*n, "crisis must be a text or a table of texts by language", hint);
    return out;
  }
  for (const auto& [key, value] : *table) {
    const std::string code(key.str());
    if (!is_known_language(code)) {
      r.error(value, "unknown language code '" + code + "' in crisis", "use a code such as en, es, fr or pt-BR");
      continue;
    }
    const auto* text = value.as_string();
    if (!text || text->get().empty()) {
      r.error(value, "the crisis text for '" + code + "' must be a text", hint);
      continue;
    }
    out[code] = text->get();
  }
  return out;
}

UserConfig read_user_config(const std::filesystem::path& file) {
  UserConfig c;
  std::error_code ec;
  if (file.empty() || !std::filesystem::is_regular_file(file, ec)) return c;
  std::vector<Diagnostic> diags;
  const auto table = parse_toml(read_file(file), file);
  TableReader r(table, file, diags, "the config file");
  if (auto color = r.string("color")) {
    if (*color == "auto" || *color == "always" || *color == "never") c.color = *color;
    else r.error(*r.node("color"), "color must be auto, always or never, not '" + *color + "'");
  }
  c.editor = r.string("editor").value_or("");
  c.safe_directories = r.strings("safe_directories").value_or(std::vector<std::string>{});
  r.finish();
  for (const auto& d : diags) {
    if (d.severity == Severity::error) throw Error(d);
  }
  return c;
}

std::string new_practice_settings_text(const std::string& timezone) {
  std::string out =
      "# hwk practice settings. This file marks the root of the practice repository.\n"
      "# See hwk(1) for every setting.\n"
      "\n"
      "# name = \"Riverside Counselling\"\n";
  out += "timezone = " + toml_quote(timezone) + "   # default time zone for new clients\n";
  out +=
      "week_start = \"monday\"\n"
      "# discreet = true          # reminders say \"practice time\" instead of the activity's title\n"
      "\n"
      "# Crisis text. hwk is not a crisis service: no one watches records as they are made. When a\n"
      "# client's record meets a risk condition of its template (a high rating of suicidal thoughts,\n"
      "# say), hwk log shows the client this text at once, and the record is flagged for you in review,\n"
      "# summary, due and remind until you acknowledge it (hwk ack). Until you set your own, clients\n"
      "# see a short general text with no phone numbers, and hwk check warns. Write your local crisis\n"
      "# lines and what to do, in short, plain sentences (grade 5 or lower), in each language your\n"
      "# clients read; a plan may set its own.\n"
      "#\n"
      "# [crisis]                 # the numbers below are the United States': write your own\n"
      "# en = \"If you might hurt yourself, call 988 or 911 now. You can also go to the nearest emergency room.\"\n"
      "# es = \"Si puede hacerse daño, llame ahora al 988 o al 911. También puede ir a la sala de emergencias más cercana.\"\n";
  return out;
}

}  // namespace hwk
