// Keeping, offering and recording the drafts of hwk log.
#include "cli/log_draft.hpp"

#include <algorithm>
#include <iostream>

#include "cli/client_arg.hpp"
#include "cli/prompt.hpp"
#include "cli/risk_notice.hpp"
#include "io/client_data.hpp"
#include "io/files.hpp"
#include "io/log_drafts.hpp"
#include "io/log_format.hpp"
#include "io/log_reader.hpp"
#include "io/record_writer.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

// A path as the person can type it from where they are: relative to the working directory when
// it is below it, quoted for the shell when it needs to be.
std::string typed_path(const Context& ctx, const std::filesystem::path& p) {
  const auto rel = p.lexically_relative(ctx.cwd);
  const std::string text = (rel.empty() || *rel.begin() == "..") ? p.string() : rel.string();
  const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '.' || c == '-' || c == '_';
  });
  if (plain) return text;
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string record_command(const Context& ctx, const std::filesystem::path& draft) { return "hwk log --draft " + typed_path(ctx, draft); }

// "paced-breathing (done)", "a session", "feedback on paced-breathing", "step 'doors-open' of lift-ladder"
std::string what_was_recorded(const Record& r) {
  switch (r.kind) {
    case RecordKind::practice:
      return r.assignment + " (" + status_name(r.status) + ")";
    case RecordKind::session:
      return "a session";
    case RecordKind::feedback:
      return "feedback on " + r.assignment;
    case RecordKind::ack:
      return "an acknowledgement of record " + r.answers;
    case RecordKind::step:
      return "step '" + r.step + "' of " + r.assignment;
  }
  return r.assignment;
}

// "from 2026-11-23 20:15 (paced-breathing, done)": the record's local time, what and how
std::string describe(const Record& r, Zone zone) {
  const std::string at = format_rfc3339(r.at, zone);
  std::string what = r.kind == RecordKind::practice ? r.assignment + ", " + status_name(r.status) : what_was_recorded(r);
  return "from " + at.substr(0, 10) + " " + at.substr(11, 5) + " (" + what + ")";
}

// The first line of the reflection, shortened, so that the person recognises the draft.
std::string reflection_excerpt(const Record& r) {
  std::string first = r.reflection.substr(0, r.reflection.find('\n'));
  if (utf8_length(first) > 60) {
    std::size_t cut = 0;
    for (std::size_t n = 0; cut < first.size() && n < 57; ++n) {
      ++cut;
      while (cut < first.size() && (static_cast<unsigned char>(first[cut]) & 0xC0) == 0x80) ++cut;
    }
    first = first.substr(0, cut) + "...";
  }
  return first;
}

}  // namespace

void remove_draft(const std::filesystem::path& path) { remove_file_quietly(path); }

namespace {

// Appends the draft's record as it is; the draft is deleted once the record is in the log.
void record_kept(const Context& ctx, const LogDraft& draft) {
  const Practice& practice = ctx.need_practice();
  const ClientDir client = practice.client(draft.client);
  const ClientData data = load_client_data(client);
  Record r = draft.record;
  if (draft.unfinished) {
    throw Error(SourceLoc{draft.path}, "this record is unfinished: it has only the answers given before the prompt was stopped",
                "go on with it on a terminal: hwk log " + client.id + " " + r.assignment);
  }
  if (r.kind != RecordKind::session) resolve_assignment(data, r.assignment);
  std::vector<Diagnostic> diags;
  if (r.kind == RecordKind::practice) {
    const auto tmpl = read_client_template(client, r.template_id, r.template_version, diags);
    if (!tmpl) throw Error(diags);
    for (const auto& p : record_problems(r, *tmpl)) diags.push_back({draft.record.loc, Severity::error, p.message, {}});
  }
  if (has_errors(diags)) throw Error(diags);
  std::vector<Diagnostic> ignored;
  for (const auto& existing : read_client_log(client, ignored)) {
    if (existing.id != r.id) continue;
    remove_draft(draft.path);
    *ctx.out << "record " << r.id << " of " << terminal_safe(client.id) << " is already in the log; deleted the draft\n";
    return;
  }
  append_record(practice, client, data.plan, r, ctx.now);
  remove_draft(draft.path);
  *ctx.out << "recorded " << terminal_safe(what_was_recorded(r)) << " for " << terminal_safe(client.id) << " at "
           << format_rfc3339(r.at, data.plan.zone) << " as " << r.id << ", from the draft\n";
  std::vector<Record> history;
  if (r.kind == RecordKind::practice) tell_risk(ctx, data, r.assignment, r, history);
}

// Records the draft; a failure is reported, with a note that the draft is still kept.
bool try_record_kept(const Context& ctx, const LogDraft& draft) {
  try {
    record_kept(ctx, draft);
    return true;
  } catch (const Error& e) {
    ctx.report(e);
  }
  ctx.report({{draft.path}, Severity::note, "the draft is still kept here", {}});
  return false;
}

}  // namespace

int keep_as_draft(const Context& ctx, const ClientDir& client, const Plan& plan, const Record& r, const Error& failure) {
  ctx.report(failure.diagnostic());
  const Practice& practice = ctx.need_practice();
  const Diagnostic& d = failure.diagnostic();
  std::string why = d.message;
  if (!d.loc.path.empty()) why = d.loc.path.lexically_relative(practice.root).string() + ": " + why;
  try {
    const auto path = write_log_draft(practice, client.id, r, plan.zone, why);
    ctx.report({{path},
                Severity::note,
                "nothing was recorded; what you entered is kept here",
                "record it with '" + record_command(ctx, path) + "' once the problem is fixed"});
  } catch (const Error& e) {
    ctx.report({{}, Severity::error, "what you entered could not be kept as a draft either: " + e.diagnostic().message, {}});
    if (ctx.interactive) {
      *ctx.err << "hwk: here is the record, to keep by hand (it goes at the end of the client's log file):\n"
               << terminal_safe(format_record(r, plan.zone), Newlines::keep);
    }
  }
  return exit_invalid;
}

int keep_unfinished(const Context& ctx, const ClientDir& client, const Plan& plan, Record r, bool interrupted,
                    const std::vector<std::string>& asked) {
  const int status = interrupted ? exit_interrupted : exit_invalid;
  const bool answered = !r.values.empty() || !r.reflection.empty() || !r.reason.empty();
  if (!answered) {
    ctx.report(
        {{}, Severity::error, std::string(interrupted ? "stopped" : "the input ended") + " before the first answer; nothing was recorded", {}});
    return status;
  }
  const Practice& practice = ctx.need_practice();
  r.id = new_record_id(ctx.now);
  try {
    write_log_draft(practice, client.id, r, plan.zone, interrupted ? "stopped part-way (Ctrl-C)" : "the input ended part-way", true, asked);
  } catch (const Error& e) {
    ctx.report({{}, Severity::error, "nothing was recorded, and the answers so far could not be kept: " + e.diagnostic().message, {}});
    return status;
  }
  *ctx.err << "Nothing is recorded yet, and your answers so far are kept.\n"
           << "To go on with them, run: hwk log " << terminal_safe(client.id) << " " << terminal_safe(r.assignment) << "\n";
  return status;
}

std::optional<LogDraft> offer_log_drafts(const Context& ctx, const ClientDir& client, const std::string& assignment, Zone zone, bool ask) {
  const Practice& practice = ctx.need_practice();
  std::optional<LogDraft> resume;
  for (const auto& path : log_drafts(practice, client.id)) {
    LogDraft draft;
    try {
      draft = read_log_draft(path);
    } catch (const Error& e) {
      ctx.report(e);
      continue;
    }
    const std::string what = describe(draft.record, zone);
    const std::string go_on = "hwk log " + client.id + " " + draft.record.assignment;
    if (draft.unfinished && !(ask && !resume && draft.record.assignment == assignment)) {
      ctx.report({{path},
                  Severity::note,
                  "an unfinished record " + what + " is kept here",
                  "go on with it on a terminal with '" + go_on + "', or delete the file to discard it"});
      continue;
    }
    if (!ask) {
      ctx.report({{path},
                  Severity::note,
                  "a record " + what + " was not saved and is kept here",
                  "record it with '" + record_command(ctx, path) + "', or delete the file to discard it"});
      continue;
    }
    Prompter p(std::cin, *ctx.out, ctx.color_out);
    if (draft.unfinished) {
      *ctx.out << "You started a record " << terminal_safe(what) << " and stopped part-way.\n";
      const char choice = p.ask_choice("(g)o on with it / (d)iscard it / (k)eep it for later?", "gdk");
      if (choice == 'g') {
        resume = std::move(draft);
        *ctx.out << "\n";
      } else if (choice == 'd') {
        remove_draft(path);
        *ctx.out << "discarded the unfinished record\n\n";
      } else {
        *ctx.out << "kept it for later\n\n";
      }
      continue;
    }
    *ctx.out << "A draft " << terminal_safe(what) << " was not saved";
    if (const auto excerpt = reflection_excerpt(draft.record); !excerpt.empty()) *ctx.out << ": \"" << terminal_safe(excerpt) << "\"";
    *ctx.out << "\n";
    const char choice = p.ask_choice("(r)ecord it now / (d)iscard / (k)eep?", "rdk");
    if (choice == 'd') {
      remove_draft(path);
      *ctx.out << "discarded the draft\n\n";
    } else if (choice == 'r') {
      try_record_kept(ctx, draft);
      *ctx.out << "\n";
    } else {
      *ctx.out << "kept the draft for later\n\n";
    }
  }
  return resume;
}

int record_log_draft(const Context& ctx, const std::filesystem::path& file) {
  return try_record_kept(ctx, read_log_draft(file)) ? exit_ok : exit_invalid;
}

}  // namespace hwk
