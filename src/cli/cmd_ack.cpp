// hwk ack [CLIENT] RECORD-ID [--note TEXT]: the clinician has seen the risk flag a practice record
// raised; an `ack` record appended to the log clears it on every clone that merges it.
#include <algorithm>

#include "cli/client_arg.hpp"
#include "cli/commands.hpp"
#include "cli/log_draft.hpp"
#include "io/log_reader.hpp"
#include "io/record_writer.hpp"
#include "model/record_id.hpp"
#include "model/text_value.hpp"
#include "report/risk.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

class AckCommand : public Command {
 public:
  void configure(CLI::App& app) override {
    app.add_option("ARGS", args_, "The record whose risk flag you have seen (CLIENT may be left out when there is one client)")
        ->expected(1, 2)
        ->type_name("[CLIENT] RECORD-ID");
    app.add_option("--note", note_, "What you did about it (kept with the acknowledgement)")->type_name("TEXT");
  }

  int run(Context& ctx) override {
    const std::string record_id = args_.back();
    const ClientDir client = resolve_client(ctx, args_.size() == 2 ? args_[0] : "");
    if (!is_record_id(record_id)) {
      throw usage_error("invalid record id '" + record_id + "'", "'hwk review " + client.id + "' shows the records that need your attention");
    }
    const std::string note(trim(note_));
    if (auto problem = text_value_problem(note); !problem.empty()) throw usage_error("--note: " + problem, text_value_hint);
    const ClientData data = load_client_data(client);
    std::vector<Diagnostic> diags;
    const auto records = read_client_log(client, diags);
    if (has_errors(diags)) throw Error(diags);
    const auto flags = risk_flags(records, [&](const std::string& a) { return data.template_for(a); });
    const RiskFlag& flag = find_flag(records, flags, record_id, client.id);
    if (flag.ack) {
      *ctx.out << "record " << flag.record << " was already acknowledged on " << format_rfc3339(flag.ack->at, data.plan.zone) << " (" << flag.ack->id
               << "); nothing was written\n";
      return exit_ok;
    }
    Record r;
    r.kind = RecordKind::ack;
    r.at = r.recorded = ctx.now;
    r.assignment = flag.assignment;
    r.answers = flag.record;
    r.note = note;
    check_record_writable(r, data.plan.zone);
    try {
      append_record(ctx.need_practice(), client, data.plan, r, ctx.now);
    } catch (const Error& e) {
      return keep_as_draft(ctx, client, data.plan, r, e);
    }
    const int left = static_cast<int>(
        std::count_if(flags.begin(), flags.end(), [&](const RiskFlag& f) { return f.record != flag.record && open_at(f, ctx.now); }));
    *ctx.out << "acknowledged " << flag.record << " (" << terminal_safe(flag.assignment) << ") for " << terminal_safe(client.id) << " as " << r.id
             << "; " << (left == 0 ? "no other record needs your attention" : attention_text(left)) << "\n";
    return exit_ok;
  }

 private:
  static const RiskFlag& find_flag(const std::vector<Record>& records, const std::vector<RiskFlag>& flags, const std::string& id,
                                   const std::string& client) {
    for (const auto& f : flags) {
      if (f.record == id) return f;
    }
    std::vector<std::string> open;
    for (const auto& f : flags) {
      if (f.open()) open.push_back(f.record);
    }
    const bool known = std::any_of(records.begin(), records.end(), [&](const Record& r) { return r.id == id; });
    std::string hint = open.empty() ? "no record of '" + client + "' needs your attention" : "records that need your attention: " + join(open, ", ");
    if (auto m = closest_match(id, open); m && !known) hint = "did you mean '" + *m + "'?";
    if (known) throw Error("record '" + id + "' raised no risk flag; there is nothing to acknowledge", hint);
    throw Error("no record '" + id + "' in the log of client '" + client + "'", hint);
  }

  std::vector<std::string> args_;
  std::string note_;
};

}  // namespace

std::unique_ptr<Command> make_ack_command() { return std::make_unique<AckCommand>(); }

}  // namespace hwk
