// hwk log [CLIENT] ASSIGNMENT: record a practice, prompting on a terminal for what is missing.
#include <iostream>
#include <sstream>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/editor.hpp"
#include "cli/log_draft.hpp"
#include "cli/prompt.hpp"
#include "cli/risk_notice.hpp"
#include "cli/terminal.hpp"
#include "io/log_form.hpp"
#include "io/log_format.hpp"
#include "io/log_reader.hpp"
#include "io/record_writer.hpp"
#include "model/ids.hpp"
#include "model/record_id.hpp"
#include "model/text_value.hpp"
#include "report/adherence.hpp"
#include "report/due.hpp"
#include "report/progress.hpp"
#include "report/risk.hpp"
#include "report/saved_reply.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

class LogCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("ARGS", args_,
                   "The assignment (CLIENT may be left out when there is one client; with no ASSIGNMENT, a "
                   "terminal asks which, and otherwise the assignments are listed)")
        ->expected(1, 2)
        ->type_name("[CLIENT] [ASSIGNMENT]");
    app.add_option("--set", sets_, "A field's value; repeat for each field")->type_name("FIELD=VALUE");
    app.add_option("--reflect", reflection_, "The reflection; '-' reads it from standard input")->type_name("TEXT");
    status_option_ = app.add_option("--status", status_, "done (default, or what an answer implies: 'did not do it' is skipped), partial or skipped")
                         ->check(CLI::IsMember({"done", "partial", "skipped"}));
    app.add_option("--reason", reason_, "Why the practice was skipped or partial")->type_name("TEXT");
    app.add_option("--at", at_, "When it happened (default: now): YYYY-MM-DDTHH:MM, HH:MM today, or RFC 3339")->type_name("TIME");
    app.add_option("--amends", amends_, "Id of an earlier record this one corrects")->type_name("RECORD-ID");
    app.add_flag("--no-input", no_input_, "Never prompt, even on a terminal");
    app.add_flag("--edit", edit_, "Write the record in $VISUAL/$EDITOR from a form");
    app.add_option("--draft", draft_, "Record a record kept in .hwk/drafts/ after it could not be saved")->type_name("FILE");
  }

  int run(Context& ctx) override {
    if (!draft_.empty()) {
      if (!args_.empty() || !sets_.empty() || !reflection_.empty() || !reason_.empty() || !at_.empty() || !amends_.empty() || edit_ ||
          status_ != "done") {
        throw usage_error("--draft records the kept record as it is", "give no assignment and no other option with it");
      }
      return record_log_draft(ctx, ctx.cwd / draft_);
    }
    // hwk log CLIENT, or hwk log alone in a client's own repository: which assignment is asked for.
    std::string client_id = args_.size() == 2 ? args_[0] : "";
    std::string assignment_id = args_.size() == 2 ? args_[1] : "";
    if (args_.size() == 1) (names_client(ctx, args_[0]) ? client_id : assignment_id) = args_[0];
    // One word that is not a client, in a practice of several and outside a client's folder.
    if (args_.size() == 1 && client_id.empty() && !ctx.need_practice().current_client && ctx.need_practice().client_ids().size() > 1) {
      throw usage_error("name the client: '" + args_[0] + "' is not a client of this practice",
                        "write hwk log CLIENT [ASSIGNMENT]; 'hwk client list' shows the clients");
    }
    const ClientDir client = resolve_client(ctx, client_id);
    const ClientData data = load_client_data(client);
    if (assignment_id.empty()) assignment_id = choose_assignment(ctx, client, data);
    const Assignment& assignment = resolve_assignment(data, assignment_id);
    const std::string language = !data.plan.language.empty() ? data.plan.language : ctx.language;
    const Template tmpl = localized(*data.template_for(assignment.id), language);
    const Zone zone = data.plan.zone;
    const auto resume = offer_log_drafts(ctx, client, assignment.id, zone, ctx.interactive && !no_input_ && !edit_);

    Record r;
    r.kind = RecordKind::practice;
    r.assignment = assignment.id;
    r.template_id = tmpl.id;
    r.template_version = tmpl.version;
    r.status = status_from_name(status_).value_or(Status::done);
    r.reason = std::string(trim(reason_));
    r.amends = amends_;
    if (!r.amends.empty() && !is_record_id(r.amends)) throw usage_error("invalid --amends '" + amends_ + "': not a record id");
    r.recorded = ctx.now;
    r.at = at_.empty() ? ctx.now : parse_time_option(ctx, "--at", at_, zone);
    r.at_assumed = at_.empty();  // until the person says when (hwk-log(5), at_assumed)
    r.reflection = reflection_ == "-" ? read_stdin() : std::string(trim(reflection_));
    for (const auto& [what, text] : {std::pair{"--reflect", &r.reflection}, std::pair{"--reason", &r.reason}}) {
      if (auto problem = text_value_problem(*text); !problem.empty()) throw usage_error(std::string(what) + ": " + problem, text_value_hint);
    }
    for (const auto& set : sets_) add_set_value(r, tmpl, set);
    if (resume) go_on_from(*resume, r);
    const bool prompt = ctx.interactive && !no_input_ && !edit_;
    std::vector<std::string> asked = resume ? resume->asked : std::vector<std::string>{};
    if (prompt) *ctx.out << terminal_safe(tmpl.title) << "\n\n";
    if (prompt && at_.empty() && std::find(asked.begin(), asked.end(), "at") == asked.end()) {
      try {
        r.at = ask_when(ctx, client, data, assignment, tmpl, r.at);
        r.at_assumed = false;
        asked.push_back("at");
      } catch (const InputStopped& stop) {
        return keep_unfinished(ctx, client, data.plan, r, stop.interrupted(), asked);
      }
    }
    // A graded assignment's record notes the step it was made on.
    std::vector<Record> history;
    if (!assignment.steps.empty()) {
      std::vector<Diagnostic> diags;
      history = read_client_log(client, diags);
      if (has_errors(diags)) throw Error(diags);
      r.step = assignment.steps[step_state(assignment, &tmpl, history, r.at).current].id;
    }

    if (edit_) {
      edit_in_form(ctx, client, tmpl, r);
    } else if (prompt) {
      try {
        ask_missing(ctx, client, language, assignment, tmpl, r, history,
                    !tmpl.weekly_reflection || !reflected_this_week(ctx, client, zone, r, history), asked);
      } catch (const InputStopped& stop) {
        // Nothing typed is lost: the answers so far wait for the next hwk log.
        const int status = keep_unfinished(ctx, client, data.plan, r, stop.interrupted(), asked);
        if (resume) remove_draft(resume->path);
        return status;
      }
    }
    sort_values(r, tmpl);
    settle_status(r, tmpl, status_option_->count() > 0 || edit_);
    const auto problems = record_problems(r, tmpl);
    if (!problems.empty()) {
      std::vector<Diagnostic> diags;
      for (const auto& p : problems) {
        std::string hint;
        if (!p.field.empty() && tmpl.find_field(p.field)) hint = "give it with --set " + p.field + "=VALUE";
        else if (p.field.empty()) hint = "give one with --reason TEXT";
        diags.push_back({{}, Severity::error, p.message, hint});
      }
      throw Error(diags);
    }
    check_record_writable(r, zone);
    try {
      append_record(ctx.need_practice(), client, data.plan, r, ctx.now);
    } catch (const Error& e) {
      const int status = keep_as_draft(ctx, client, data.plan, r, e);
      if (resume) remove_draft(resume->path);           // the whole record is kept now
      tell_risk(ctx, data, assignment.id, r, history);  // where to get help does not wait for the disk
      return status;
    }
    if (resume) remove_draft(resume->path);
    std::string how = status_name(r.status);
    if (auto i = assignment.step_index(r.step)) how += ", step " + std::to_string(*i + 1) + " of " + std::to_string(assignment.steps.size());
    std::ostringstream recorded;
    recorded << "recorded " << terminal_safe(assignment.id) << " (" << how << ") for " << terminal_safe(client.id) << " at "
             << format_rfc3339(r.at, zone) << " as " << r.id;
    if (ctx.interactive) {
      // A person at the terminal: the record's line, quieter, then how the week is going.
      *ctx.out << paint(recorded.str(), Style::dim, ctx.color_out) << "\n";
      tell_progress(ctx, client, data, assignment, tmpl, r, history);
    } else {
      *ctx.out << recorded.str() << "\n";
    }
    tell_risk(ctx, data, assignment.id, r, history);
    tell_follow_ups(ctx, data, assignment, tmpl, r, history);
    return exit_ok;
  }

 private:
  // Whether `word` names a client of the practice rather than an assignment (a client's own
  // repository has one client; an assignment of the same name wins there).
  static bool names_client(const Context& ctx, const std::string& word) {
    const Practice& p = ctx.need_practice();
    if (!id_problem(word).empty()) return false;
    if (p.single_client) {
      const ClientDir only = p.implied_client();
      if (only.id != word) return false;
      std::vector<Diagnostic> ignored;
      const ClientData data = read_client_data(only, ignored);
      return !data.plan.find_assignment(word);
    }
    return path_exists(p.clients_dir() / word / "plan.toml");
  }

  // The client's assignments, what is overdue or due today first: asked on a terminal, listed
  // in a usage error otherwise.
  std::string choose_assignment(Context& ctx, const ClientDir& client, const ClientData& data) const {
    const auto titles = client_titles(ctx, data, false);
    std::vector<Diagnostic> ignored;
    const auto records = read_client_log(client, ignored);
    DueQuery q;
    q.now = ctx.now;
    q.upcoming_until = ctx.now;
    std::map<std::string, DueState> state;
    for (const auto& i : due_items(client.id, data.plan, records, titles, q)) {
      auto [it, fresh] = state.emplace(i.assignment, i.state);
      if (!fresh && i.state < it->second) it->second = i.state;
    }
    std::vector<const Assignment*> order;
    for (const auto& a : data.plan.assignments) order.push_back(&a);
    std::stable_sort(order.begin(), order.end(), [&](const Assignment* a, const Assignment* b) {
      const auto rank = [&](const Assignment* x) { return state.count(x->id) ? static_cast<int>(state.at(x->id)) : 3; };
      return rank(a) < rank(b);
    });
    if (order.empty()) throw Error("client '" + client.id + "' has no assignments yet", "add one with 'hwk assign " + client.id + " TEMPLATE'");
    const auto line = [&](const Assignment* a) {
      std::string out = titles.at(a->id) + " (" + a->id + ")";
      if (state.count(a->id)) out += state.at(a->id) == DueState::overdue ? ", overdue" : ", due now";
      return out;
    };
    if (!ctx.interactive || no_input_) {
      std::vector<std::string> names;
      for (const auto* a : order) names.push_back(line(a));
      throw usage_error("name the assignment to record: hwk log " + client.id + " ASSIGNMENT",
                        "the assignments of " + client.id + ": " + join(names, "; "));
    }
    auto& out = *ctx.out;
    out << "What would you like to record?\n";
    for (std::size_t i = 0; i < order.size(); ++i) out << "  " << i + 1 << ". " << terminal_safe(line(order[i])) << "\n";
    Prompter prompter(std::cin, out, ctx.color_out);
    for (;;) {
      const std::string answer = prompter.ask_text("Type its number, or its name:", "", true);
      if (const auto n = parse_integer(answer); n && *n >= 1 && static_cast<std::size_t>(*n) <= order.size()) return order[*n - 1]->id;
      for (const auto* a : order) {
        if (to_lower(answer) == a->id || to_lower(answer) == to_lower(titles.at(a->id))) return a->id;
      }
      out << "  Please type a number from 1 to " << order.size() << ".\n";
    }
  }

  // "When did you practise?", first: Enter for `now_or_kept` (now, or the time of an unfinished
  // record taken up again), 1 for the latest occurrence due or overdue, or a time as people say it.
  static Instant ask_when(Context& ctx, const ClientDir& client, const ClientData& data, const Assignment& a, const Template& tmpl,
                          Instant now_or_kept) {
    const Zone zone = data.plan.zone;
    std::vector<Diagnostic> ignored;
    const auto records = read_client_log(client, ignored);
    DueQuery q;
    q.now = ctx.now;
    q.upcoming_until = ctx.now;
    q.week_start = week_start_from_name(practice_settings(ctx.need_practice()).week_start);
    std::optional<DueItem> latest;
    for (const auto& i : due_items(client.id, data.plan, records, {{a.id, tmpl.title}}, q)) {
      if (i.assignment != a.id || !i.at || *i.at > ctx.now || i.state == DueState::upcoming) continue;
      if (!latest || *i.at > *latest->at) latest = i;
    }
    std::string detail =
        "Enter for " + std::string(now_or_kept == ctx.now ? "now, " : "the time you started with, ") + spoken_moment(now_or_kept, zone, ctx.now);
    if (latest) {
      detail += "\n  1 for " + spoken_moment(*latest->at, zone, ctx.now) + (latest->state == DueState::overdue ? ", overdue" : ", due now");
    }
    detail += "\n  or say when, like \"yesterday 8am\" or \"20:15\"";
    Prompter p(std::cin, *ctx.out, ctx.color_out);
    Instant chosen = now_or_kept;
    p.ask_checked("When did you practise?", detail, [&](const std::string& answer) -> std::string {
      if (answer.empty()) return {};
      if (answer == "1" && latest) {
        chosen = *latest->at;
        return {};
      }
      std::string error;
      const auto t = parse_spoken_time(answer, zone, ctx.now, error);
      if (!t) return error;
      if (*t > ctx.now + std::chrono::minutes(5)) return "That is later than now. When did it happen?";
      if (*t < record_time_min()) return "That is before 1970. When did it happen?";
      chosen = *t;
      return {};
    });
    *ctx.out << "  " << spoken_moment(chosen, zone, ctx.now) << "\n\n";
    return chosen;
  }

  // "today 20:15", "yesterday 08:00", "Tuesday 08:00", "2026-11-12 08:00" (more than 6 days ago)
  static std::string spoken_moment(Instant t, Zone zone, Instant now) {
    const auto day = date::floor<date::days>(to_local(t, zone));
    const auto today = date::floor<date::days>(to_local(now, zone));
    const std::string clock = format_rfc3339(t, zone).substr(11, 5);
    const auto back = (today - day).count();
    if (back == 0) return "today " + clock;
    if (back == 1) return "yesterday " + clock;
    static const char* const names[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    if (back > 1 && back < 7) return std::string(names[date::weekday(day).c_encoding()]) + " " + clock;
    return format_rfc3339(t, zone).substr(0, 10) + " " + clock;
  }

  // After the record, in plain words: this week's practice and the run of practices done, as hwk
  // summary counts them, and the template's success line when this record reached it (hwk-log(1),
  // "After saving").
  static void tell_progress(Context& ctx, const ClientDir& client, const ClientData& data, const Assignment& a, const Template& tmpl, const Record& r,
                            std::vector<Record>& history) {
    // The history read before the record was saved, with it for now; or the log read now, with it.
    const bool read_before = !history.empty();
    if (read_before) {
      history.push_back(r);
    } else {
      std::vector<Diagnostic> ignored;
      history = read_client_log(client, ignored);
    }
    const unsigned week_start = week_start_from_name(practice_settings(ctx.need_practice()).week_start);
    const SavedProgress p = saved_progress(a, &tmpl, history, r, data.plan.sessions, data.plan.zone, ctx.now, week_start);
    if (read_before) history.pop_back();
    const std::string language = data.plan.language.empty() ? ctx.language : data.plan.language;
    *ctx.out << terminal_safe(saved_reply(p, language)) << "\n";
    const std::string goal = goal_reached_line(p, tmpl.success, language);
    if (!goal.empty()) *ctx.out << terminal_safe(goal) << "\n";
  }

  // Right after the record: the follow-ups its values call for, and a step whose rule it completed.
  static void tell_follow_ups(Context& ctx, const ClientData& data, const Assignment& a, const Template& tmpl, const Record& r,
                              std::vector<Record>& history) {
    auto& out = *ctx.out;
    const std::string language = data.plan.language.empty() ? ctx.language : data.plan.language;
    for (const Trigger* t : fired_triggers(a, tmpl, r)) {
      // What set it off, naming each field by its label: "You rated Distress 8 or more."
      std::vector<std::string> because;
      for (const auto& c : t->when) {
        const Field* f = tmpl.find_field(c.field);
        because.push_back(f ? client_risk_line(c, *f, language) : c.field);
      }
      out << "\n" << paint(terminal_safe(join(because, " ")), Style::bold, ctx.color_out) << "\n";
      if (!t->message.empty()) out << "  " << terminal_safe(t->message) << "\n";
      if (!t->suggest.empty()) {
        const std::string title = available_template_title(ctx, t->suggest, language).value_or(t->suggest);
        out << "  Try " << terminal_safe(title) << " now.";
        const Assignment* other = nullptr;
        for (const auto& b : data.plan.assignments) {
          if (b.template_id == t->suggest && !other) other = &b;
        }
        if (other) out << " Record it with: hwk log " << terminal_safe(data.dir.id) << " " << terminal_safe(other->id) << "\n";
        else out << " See how with: hwk template show " << terminal_safe(t->suggest) << "\n";
      }
    }
    if (a.steps.empty() || r.status != Status::done) return;
    history.push_back(r);
    // Only a record on the step the client is on now can complete it (not a late one for an old step).
    const StepState s = step_state(a, &tmpl, history, std::max(r.at, ctx.now));
    if (s.ready() && a.steps[s.current].id == r.step) {
      out << "\nThat completes " << terminal_safe(step_label(a, s.current)) << " (" << terminal_safe(describe_rule(*s.rule))
          << "). You are ready for the next step: talk it over with your clinician.\n";
    }
  }

  // An answer that says the practice was not (fully) done sets the status, unless a status was
  // given: then the two contradict each other, and nothing is recorded.
  static void settle_status(Record& r, const Template& tmpl, bool status_given) {
    const auto implied = status_contradiction(r, tmpl);
    if (!implied) return;
    if (!status_given) {
      r.status = implied->status;
      return;
    }
    const std::string label = implied->field->label.empty() ? implied->field->id : implied->field->label;
    throw Error("the status '" + std::string(status_name(r.status)) + "' contradicts " + label + ": “" + implied->answer + "”",
                "that answer means " + std::string(status_name(implied->status)) + ": give --status " + status_name(implied->status) +
                    " (or leave --status out), or change the answer");
  }

  static std::string read_stdin() {
    std::ostringstream buf;
    buf << std::cin.rdbuf();
    return std::string(trim(buf.str()));
  }

  static void add_set_value(Record& r, const Template& tmpl, const std::string& set) {
    const auto eq = set.find('=');
    if (eq == std::string::npos || eq == 0) throw usage_error("invalid --set '" + set + "'", "write --set FIELD=VALUE");
    const std::string key(trim(set.substr(0, eq)));
    const Field* f = tmpl.find_field(key);
    if (!f) {
      std::vector<std::string> ids;
      for (const auto& field : tmpl.fields) ids.push_back(field.id);
      std::string hint = "the fields of '" + tmpl.id + "' are: " + join(ids, ", ");
      if (auto m = closest_match(key, ids)) hint = "did you mean '" + *m + "'?";
      throw usage_error("template '" + tmpl.id + "' has no field '" + key + "'", hint);
    }
    for (const auto& kv : r.values) {
      if (kv.first == key) throw usage_error("field '" + key + "' is set twice");
    }
    std::string error;
    auto v = parse_field_input(*f, set.substr(eq + 1), error);
    if (!v) throw Error("field '" + key + "': " + error, "run 'hwk template show " + tmpl.id + "' to see what it takes");
    if (std::holds_alternative<std::string>(*v) && std::get<std::string>(*v).empty()) return;
    r.values.emplace_back(key, std::move(*v));
  }

  static bool has_value(const Record& r, const std::string& key) {
    return std::any_of(r.values.begin(), r.values.end(), [&](const auto& kv) { return kv.first == key; });
  }

  // A template that asks its reflection once a week: whether this week's practice of the
  // assignment already has one.
  static bool reflected_this_week(const Context& ctx, const ClientDir& client, Zone zone, const Record& r, std::vector<Record>& history) {
    if (history.empty()) {
      std::vector<Diagnostic> diags;
      history = read_client_log(client, diags);
      if (has_errors(diags)) throw Error(diags);
    }
    const unsigned week_start = week_start_from_name(practice_settings(ctx.need_practice()).week_start);
    const LocalDay week = week_of(local_day(r.at, zone), week_start);
    for (const Record* p : effective_records(history, r.assignment)) {
      if (!p->reflection.empty() && week_of(local_day(p->at, zone), week_start) == week) return true;
    }
    return false;
  }

  // The answers of an unfinished record taken up again, where the command line gave none.
  void go_on_from(const LogDraft& draft, Record& r) const {
    const Record& d = draft.record;
    for (const auto& kv : d.values) {
      if (!has_value(r, kv.first)) r.values.push_back(kv);
    }
    if (r.reflection.empty()) r.reflection = d.reflection;
    if (r.reason.empty()) r.reason = d.reason;
    if (status_option_->count() == 0) r.status = d.status;
    if (at_.empty()) {
      r.at = d.at;
      r.at_assumed = d.at_assumed;
    }
  }

  // Earlier answers to each field of the assignment, oldest first, as they can be typed again.
  static std::map<std::string, std::vector<std::string>> earlier_answers(const ClientDir& client, const Assignment& a, const Template& tmpl,
                                                                         std::vector<Record>& history) {
    if (history.empty()) {
      std::vector<Diagnostic> ignored;
      history = read_client_log(client, ignored);
    }
    std::map<std::string, std::vector<std::string>> out;
    for (const Record* p : effective_records(history, a.id)) {
      for (const auto& [key, value] : p->values) {
        const Field* f = tmpl.find_field(key);
        if (!f) continue;
        std::string text = f->type == FieldType::text ? std::get<std::string>(value) : display_field_value(*f, value);
        std::string error;
        if (f->type != FieldType::text && !parse_field_input(*f, text, error)) continue;
        auto& answers = out[key];
        answers.erase(std::remove(answers.begin(), answers.end(), text), answers.end());
        answers.push_back(std::move(text));
      }
    }
    return out;
  }

  // Asks what the command line did not give, skipping what `asked` says was asked already (in an
  // unfinished record taken up again) and adding to it each question as it is answered.
  void ask_missing(Context& ctx, const ClientDir& client, const std::string& language, const Assignment& a, const Template& tmpl, Record& r,
                   std::vector<Record>& history, bool ask_reflection, std::vector<std::string>& asked) const {
    const auto was_asked = [&](const std::string& what) { return std::find(asked.begin(), asked.end(), what) != asked.end(); };
    Prompter p(std::cin, *ctx.out, ctx.color_out);
    p.set_language(language);
    if (auto i = a.step_index(r.step)) *ctx.out << terminal_safe(step_label(a, *i)) << "\n\n";
    if (r.status == Status::skipped) {
      if (r.reason.empty()) r.reason = p.ask_text("What got in the way?", "a few words are enough", true, true);
      return;
    }
    const auto earlier = earlier_answers(client, a, tmpl, history);
    for (const auto& f : tmpl.fields) {
      if (has_value(r, f.id) || was_asked(f.id)) continue;
      const auto it = earlier.find(f.id);
      if (auto v = p.ask_field(f, f.required && r.status == Status::done, it == earlier.end() ? std::vector<std::string>{} : it->second)) {
        r.values.emplace_back(f.id, std::move(*v));
      }
      asked.push_back(f.id);
      *ctx.out << "\n";
    }
    settle_status(r, tmpl, status_option_->count() > 0);
    if (r.status != Status::done && r.reason.empty() && !was_asked("reason")) {
      const bool needed = r.status == Status::skipped;
      r.reason = p.ask_text("What got in the way?", needed ? "a few words are enough" : "optional", needed, true);
      asked.push_back("reason");
    }
    if (reflection_.empty() && ask_reflection) {
      std::size_t done = 0;  // reflection questions answered before the person stopped
      while (done < tmpl.reflection.size() && was_asked("reflection:" + std::to_string(done + 1))) ++done;
      if (tmpl.weekly_reflection && done < tmpl.reflection.size()) *ctx.out << "Once a week:\n";
      for (std::size_t i = done; i < tmpl.reflection.size(); ++i) {
        const std::string& q = tmpl.reflection[i];
        const std::string answer = p.ask_text(q, "optional, Enter to skip", false, true);
        if (!answer.empty()) {
          // Kept at once, should the person stop at the next question.
          if (!r.reflection.empty()) r.reflection += "\n";
          r.reflection += tmpl.reflection.size() == 1 ? answer : q + " " + answer;
        }
        asked.push_back("reflection:" + std::to_string(i + 1));
      }
    }
  }

  static void edit_in_form(Context& ctx, const ClientDir& client, const Template& tmpl, Record& r) {
    const EditDraft form = log_form_draft(ctx.need_practice(), client.id, r.assignment);
    const std::string initial = log_form_text(tmpl, r, client.id);
    if (draft_exists(form)) {
      ctx.report({{form.file}, Severity::note, "resuming the form you filled in earlier", {}});
    } else {
      write_draft(form, initial);
    }
    const EditWords words{"the record was not valid; nothing was recorded", "your form is kept in ",
                          "What now? (e)dit again or (d)iscard the record?", "discarded; nothing was recorded"};
    const auto accept = [&](const std::string& text) { return read_log_form(text, form.file, tmpl, r); };
    if (edit_until_valid(ctx, form, initial, words, accept) == EditOutcome::unchanged) {
      throw Error("the form was not changed; nothing was recorded");
    }
  }

  CLI::Option* status_option_ = nullptr;
  std::vector<std::string> args_, sets_;
  std::string reflection_, status_ = "done", reason_, at_, amends_, draft_;
  bool no_input_ = false, edit_ = false;
};

}  // namespace

std::unique_ptr<Command> make_log_command() { return std::make_unique<LogCommand>(); }

}  // namespace hwk
