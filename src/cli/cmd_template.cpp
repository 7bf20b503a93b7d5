// hwk template list | show ID | new ID [--from ID] [--wording FILE] | lint [FILE…]: activity templates.
#include <algorithm>
#include <ostream>
#include <regex>

#include "check/check.hpp"
#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "io/files.hpp"
#include "io/measure_wording.hpp"
#include "io/practice_setup.hpp"
#include "io/template_catalog.hpp"
#include "io/template_reader.hpp"
#include "model/ids.hpp"
#include "report/template_view.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

const char* const skeleton =
    "# An activity template; see hwk-template(5) for every key.\n"
    "id: ID\n"
    "version: 1\n"
    "title: A short title\n"
    "kind: skills-practice\n"
    "modalities: [CBT]\n"
    "minutes: 10\n"
    "summary: One sentence a client reads in a list.\n"
    "rationale: >\n"
    "  Why this helps, in two or three plain sentences.\n"
    "instructions:\n"
    "  - The first step.\n"
    "  - The next step.\n"
    "fields:\n"
    "  - id: rating\n"
    "    type: scale\n"
    "    label: Rating\n"
    "    prompt: How strong was it, from 0 to 10?\n"
    "    min: 0\n"
    "    max: 10\n"
    "    anchors: {0: not at all, 10: the most I can imagine}\n"
    "    required: true\n"
    "reflection:\n"
    "  - What did you notice?\n"
    "success: What counts as done, e.g. you practised on 4 days this week.\n";

class TemplateCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    list_ = app.add_subcommand("list", "List the templates available to this practice");
    list_->add_option("--kind", kind_, "Only templates of this kind")->check(CLI::IsMember(template_kinds()));
    list_->add_option("--modality", modality_, "Only templates for this modality (CBT, DBT, ACT, …)");
    list_->add_option("--format", format_, "Output format: text or json")->check(CLI::IsMember({"text", "json"}));

    show_ = app.add_subcommand("show", "Show a template as a client would read it");
    show_->add_option("TEMPLATE", id_, "Template id")->required();
    show_->add_option("--format", format_, "Output format: text or json")->check(CLI::IsMember({"text", "json"}));
    show_->add_option("--lang", language_, "Show the template's translation into this language (default: $LANG)")->type_name("LANGUAGE");

    new_ = app.add_subcommand("new", "Create a template in the practice's templates/, to adapt");
    new_->add_option("ID", id_, "Id of the new template")->required();
    new_->add_option("--from", from_, "Start from a copy of this template")->type_name("TEMPLATE");
    new_->add_option("--wording", wording_, "Fill in a measure's publisher wording from this file (hwk-template(5), MEASURES)")->type_name("FILE");

    lint_ = app.add_subcommand("lint", "Validate template files (default: the practice's templates)");
    lint_->add_option("FILE", files_, "Template files to check");
    lint_->add_option("--max-grade", max_grade_, "Warn when text reads above this school grade (default: the practice's max_reading_grade, else 8)")
        ->check(CLI::Range(1, 20))
        ->type_name("N");
  }

  int run(Context& ctx) override {
    if (list_->parsed()) return list(ctx);
    if (show_->parsed()) return show(ctx);
    if (new_->parsed()) return create(ctx);
    return lint(ctx);
  }

 private:
  const Practice* practice(const Context& ctx) const { return ctx.practice ? &*ctx.practice : nullptr; }

  int list(Context& ctx) {
    std::vector<std::pair<Template, bool>> shown;
    for (const auto& e : available_templates(practice(ctx), ctx.builtin_templates)) {
      try {
        Template t = load_template(e.path);
        if (!kind_.empty() && t.kind != kind_) continue;
        if (!modality_.empty() &&
            std::none_of(t.modalities.begin(), t.modalities.end(), [&](const std::string& m) { return to_lower(m) == to_lower(modality_); })) {
          continue;
        }
        shown.emplace_back(std::move(t), e.builtin);
      } catch (const Error& failure) {  // not readable or not valid: a warning, and the list goes on
        ctx.report({{e.path}, Severity::warning, "not listed: " + failure.diagnostic().message, "'hwk template lint' on it tells every problem"});
      }
    }
    *ctx.out << (format_ == "json" ? render_template_list_json(shown) : render_template_list_text(shown, ctx.color_out, ctx.width));
    return exit_ok;
  }

  int show(Context& ctx) {
    const auto entry = require_available_template(ctx, id_);
    const Template original = load_template(entry.path);
    const Template t = format_ == "json" && language_.empty() ? original : localized(original, language_.empty() ? ctx.language : language_);
    *ctx.out << (format_ == "json" ? render_template_json(t, entry.builtin) : render_template_text(t, entry.builtin, ctx.color_out, ctx.width));
    return exit_ok;
  }

  int create(Context& ctx) {
    const Practice& p = ctx.need_practice();
    if (p.single_client) throw Error("templates are made in a practice, not in a client's own repository");
    if (const auto problem = id_problem(id_); !problem.empty()) {
      throw usage_error("invalid template id '" + id_ + "': it " + problem, "use e.g. my-thought-record");
    }
    const auto target = p.templates_dir() / (id_ + ".yaml");
    std::optional<TemplateEntry> measure_source;
    if (!wording_.empty()) measure_source = measure_to_word(ctx);
    if (path_exists(target)) throw Error(SourceLoc{target}, "template '" + id_ + "' already exists; not overwriting it");
    std::string text;
    if (measure_source) {
      const Template measure = load_template(measure_source->path);
      const auto file = (ctx.cwd / wording_).lexically_normal();
      const MeasureWording wording = parse_measure_wording(read_file(file), file, *measure.measure);
      text = template_with_wording(
          read_file(measure_source->path), wording,
          "Measure '" + measure.id + "' with the wording the practice added (hwk template new --wording); see hwk-template(5).");
      if (!from_.empty()) text = renamed_copy(text);
    } else if (from_.empty()) {
      text = std::regex_replace(std::string(skeleton), std::regex("^id: ID$", std::regex::multiline), "id: " + id_);
    } else {
      text = renamed_copy(read_file(require_available_template(ctx, from_).path));
    }
    std::vector<Diagnostic> diags;
    const auto parsed = parse_template(text, target, diags);
    if (!parsed || parsed->id != id_) {
      diags.push_back({{target}, Severity::error, "could not make a valid copy of '" + from_ + "'", "copy the file by hand and edit it"});
      throw Error(diags);
    }
    create_practice_template(p, target, text);
    *ctx.out << "created " << terminal_safe(target.lexically_relative(ctx.cwd).string()) << "\n";
    return exit_ok;
  }

  // The text of template `from_` as template `id_`, version 1.
  std::string renamed_copy(std::string text) const {
    text = std::regex_replace(text, std::regex("^id:[^\n]*", std::regex::multiline), "id: " + id_, std::regex_constants::format_first_only);
    text = std::regex_replace(text, std::regex("^version:[^\n]*", std::regex::multiline), "version: 1", std::regex_constants::format_first_only);
    return "# Adapted from template '" + from_ + "'.\n" + text;
  }

  // The measure whose wording --wording adds: --from's, else the built-in of the same id.
  TemplateEntry measure_to_word(const Context& ctx) const {
    std::optional<TemplateEntry> entry;
    if (!from_.empty()) entry = require_available_template(ctx, from_);
    else entry = find_available_template(nullptr, ctx.builtin_templates, id_);
    if (!entry) throw usage_error("--wording fills in a built-in measure, and there is none called '" + id_ + "'", "name one with --from");
    const Template t = load_template(entry->path);
    if (!t.measure) throw usage_error("--wording is for a template of kind measure; '" + t.id + "' is " + t.kind);
    return *entry;
  }

  int lint(Context& ctx) {
    std::vector<std::filesystem::path> paths;
    for (const auto& f : files_) paths.push_back((ctx.cwd / f).lexically_normal());
    if (paths.empty()) {
      const Practice* p = practice(ctx);
      const auto dir = p && !p->single_client ? p->templates_dir() : ctx.builtin_templates;
      for (const auto& path : directory_entries(dir)) {
        if (path.extension() == ".yaml") paths.push_back(path);
      }
      std::sort(paths.begin(), paths.end());
    }
    double max_grade = max_grade_;
    if (max_grade == 0) max_grade = ctx.practice ? practice_settings(*ctx.practice).max_reading_grade : default_max_reading_grade;
    bool errors = false;
    std::vector<Diagnostic> diags;
    for (const auto& path : paths) {
      const bool copy = parse_client_template_name(path.filename().string()).has_value();
      auto d = lint_template_file(path, !copy, max_grade);
      diags.insert(diags.end(), d.begin(), d.end());
    }
    // The texts a client in a crisis reads, which every template with risk conditions leads to.
    if (files_.empty()) {
      CrisisTexts builtin;
      for (const auto& language : builtin_crisis_languages()) builtin[language] = builtin_crisis_text(language);
      auto d = crisis_text_warnings(builtin, SourceLoc{"(built-in crisis text)"});
      diags.insert(diags.end(), d.begin(), d.end());
      if (const Practice* p = practice(ctx); p && !p->single_client) {
        const auto settings = practice_settings(*p);
        d = crisis_text_warnings(settings.crisis, settings.crisis_loc);
        diags.insert(diags.end(), d.begin(), d.end());
      }
    }
    for (const auto& d : diags) {
      errors = errors || d.severity == Severity::error;
      ctx.report(d);
    }
    return errors ? exit_invalid : exit_ok;
  }

  CLI::App *list_ = nullptr, *show_ = nullptr, *new_ = nullptr, *lint_ = nullptr;
  std::string kind_, modality_, format_ = "text", id_, from_, language_, wording_;
  std::vector<std::string> files_;
  int max_grade_ = 0;
};

}  // namespace

std::unique_ptr<Command> make_template_command() { return std::make_unique<TemplateCommand>(); }

}  // namespace hwk
