// hwk feedback [CLIENT] RECORD-ID | --week WHEN: the clinician's feedback on one practice record
// or on a week of an assignment, appended to the log like any record.
#include <iostream>
#include <sstream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/log_draft.hpp"
#include "cli/prompt.hpp"
#include "cli/when_arg.hpp"
#include "io/log_reader.hpp"
#include "io/record_writer.hpp"
#include "model/record_id.hpp"
#include "model/text_value.hpp"
#include "report/adherence.hpp"
#include "schedule/occurrences.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

constexpr const char* quality_hint =
    "give a whole number from 0 (not attempted) to 4 (done as agreed, with skill or something new "
    "learned); 'hwk feedback --help' shows every point";

class FeedbackCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("ARGS", args_,
                   "The practice record the feedback answers (CLIENT may be left out when there is one "
                   "client); with --week, only [CLIENT]")
        ->expected(0, 2)
        ->type_name("[CLIENT] [RECORD-ID]");
    app.add_option("--text", text_, "The feedback; '-' reads it from standard input (asked for on a terminal)")->type_name("TEXT");
    app.add_option("--quality", quality_, "Your rating of how the practice was done: " + quality_scale_text())->type_name("0-4");
    app.add_option("--week", week_,
                   "Answer a week of practice instead of one record: a day of that week (YYYY-MM-DD), "
                   "this-week, last-week, or a duration back from now (1w)")
        ->type_name("WHEN");
    app.add_option("--assignment", assignment_, "With --week: the assignment (default: the plan's only one)")->type_name("ASSIGNMENT");
  }

  int run(Context& ctx) override {
    const bool by_week = week_.has_value();
    std::string client_id, record_id;
    if (by_week) {
      if (args_.size() > 1 || (args_.size() == 1 && is_record_id(args_[0]))) {
        throw usage_error("give either a RECORD-ID or --week, not both");
      }
      if (!args_.empty()) client_id = args_[0];
    } else {
      if (args_.empty()) throw usage_error("name the record the feedback answers, or the week with --week WHEN");
      if (!assignment_.empty()) throw usage_error("--assignment goes with --week", "a record names its own assignment");
      if (args_.size() == 2) client_id = args_[0];
      record_id = args_.back();
      if (!is_record_id(record_id)) {
        throw usage_error("invalid record id '" + record_id + "'",
                          "a record id has 26 characters, like 01M85MG280GT40E79XFD548VXM; "
                          "'hwk review' and 'hwk export' show them");
      }
    }
    const std::optional<int> quality = parse_quality();
    const ClientDir client = resolve_client(ctx, client_id);
    const ClientData data = load_client_data(client);
    std::vector<Diagnostic> diags;
    const auto records = read_client_log(client, diags);
    if (has_errors(diags)) throw Error(diags);

    Record r;
    r.kind = RecordKind::feedback;
    r.at = r.recorded = ctx.now;
    r.quality = quality;
    std::string what;
    if (by_week) {
      const Assignment& a = week_assignment(data);
      r.assignment = a.id;
      r.week = answered_week(ctx, data.plan.zone);
      what = "the week of " + format_date(*r.week) + " of " + terminal_safe(a.id);
    } else {
      const Record& answered = answered_record(records, record_id, client.id);
      r.assignment = answered.assignment;
      r.answers = answered.id;
      what = answered.id + " (" + terminal_safe(answered.assignment) + ")";
    }
    r.note = feedback_text(ctx);
    if (!r.quality && !text_ && ctx.interactive) r.quality = ask_quality(ctx);
    check_record_writable(r, data.plan.zone);
    try {
      append_record(ctx.need_practice(), client, data.plan, r, ctx.now);
    } catch (const Error& e) {
      return keep_as_draft(ctx, client, data.plan, r, e);
    }
    *ctx.out << "recorded feedback on " << what << " for " << terminal_safe(client.id) << " as " << r.id << "\n";
    return exit_ok;
  }

 private:
  // On a terminal, after the text: the rating, with every point's anchor; Enter gives none.
  static std::optional<int> ask_quality(Context& ctx) {
    Prompter p(std::cin, *ctx.out, ctx.color_out);
    for (int q = 0; q <= max_feedback_quality; ++q) *ctx.out << "  " << q << "  " << quality_anchor(q) << "\n";
    for (;;) {
      const std::string answer = p.ask_text("How was it done, from 0 to 4?", "optional, Enter to skip", false);
      if (answer.empty()) return std::nullopt;
      const auto q = parse_integer(trim(answer));
      if (q && *q >= 0 && *q <= max_feedback_quality) return static_cast<int>(*q);
      *ctx.out << "Please give a whole number from 0 to 4, or press Enter to skip.\n";
    }
  }

  std::optional<int> parse_quality() const {
    if (!quality_) return std::nullopt;
    const auto q = parse_integer(trim(*quality_));
    if (!q || *q < 0 || *q > max_feedback_quality) throw usage_error("invalid --quality '" + *quality_ + "'", quality_hint);
    return static_cast<int>(*q);
  }

  const Assignment& week_assignment(const ClientData& data) const {
    if (!assignment_.empty()) return resolve_assignment(data, assignment_);
    if (data.plan.assignments.size() == 1) return data.plan.assignments.front();
    std::vector<std::string> ids;
    for (const auto& a : data.plan.assignments) ids.push_back(a.id);
    throw usage_error("name the assignment of the week with --assignment",
                      ids.empty() ? "the plan has no assignments yet" : "the plan's assignments are: " + join(ids, ", "));
  }

  // The first day of the week --week names, in the client's zone; never a week still to come.
  date::year_month_day answered_week(const Context& ctx, Zone zone) const {
    if (*week_ == "last-session" || *week_ == "this-month" || *week_ == "last-month") {
      throw usage_error("--week takes a day or a week, not '" + *week_ + "'", "write a date (2026-11-16), this-week, last-week or 1w");
    }
    const unsigned week_start = week_start_from_name(practice_settings(ctx.need_practice()).week_start);
    const WhenSpan span = parse_when_option("--week", *week_, ctx.now, zone, week_start);
    const LocalDay day = local_day(span.start, zone);
    const LocalDay first = week_of(day, week_start);
    if (start_of_day(first, zone) > ctx.now) throw usage_error("--week " + *week_ + " has not begun yet", "give feedback on a week that has begun");
    return date::year_month_day{first};
  }

  static const Record& answered_record(const std::vector<Record>& records, const std::string& id, const std::string& client) {
    std::vector<std::string> practice_ids;
    for (const auto& r : records) {
      if (r.id != id) {
        if (r.kind == RecordKind::practice) practice_ids.push_back(r.id);
        continue;
      }
      if (r.kind != RecordKind::practice) {
        throw Error("record '" + id + "' is a " + record_kind_name(r.kind) + " record, not a practice",
                    "feedback answers a practice record, or a week of practice with --week");
      }
      return r;
    }
    std::string hint = "'hwk review " + client + "' shows the records of the period with their ids";
    if (auto m = closest_match(id, practice_ids)) hint = "did you mean '" + *m + "'?";
    throw Error("no record '" + id + "' in the log of client '" + client + "'", hint);
  }

  std::string feedback_text(Context& ctx) const {
    std::string text;
    if (text_ == "-") {
      std::ostringstream buf;
      buf << std::cin.rdbuf();
      text = std::string(trim(buf.str()));
    } else if (text_) {
      text = std::string(trim(*text_));
    } else if (ctx.interactive) {
      Prompter p(std::cin, *ctx.out, ctx.color_out);
      text = p.ask_text("Your feedback:", "what went well, what to try next", true);
    } else {
      throw usage_error("--text is required", "give the feedback with --text TEXT, or --text - to read it from standard input");
    }
    if (auto problem = text_value_problem(text); !problem.empty()) throw usage_error("--text: " + problem, text_value_hint);
    if (text.empty()) throw usage_error("the feedback text is empty", "give it with --text TEXT");
    return text;
  }

  std::vector<std::string> args_;
  std::optional<std::string> text_, quality_, week_;
  std::string assignment_;
};

}  // namespace

std::unique_ptr<Command> make_feedback_command() { return std::make_unique<FeedbackCommand>(); }

}  // namespace hwk
