// Wording the review renderers share: dates, the period, the adherence and quality lines.
#include <algorithm>

#include "report/review.hpp"
#include "report/summary.hpp"
#include "util/strings.hpp"

namespace hwk::review_format {
std::string day(LocalDay d) { return date::format("%a ", d) + format_date(date::year_month_day{d}); }

std::string day_time(Instant t, Zone zone) {
  const LocalTime local = to_local(t, zone);
  return date::format("%a %Y-%m-%d %H:%M", date::floor<std::chrono::minutes>(local));
}

std::string entry_status(const ReviewEntry& e) {
  std::vector<std::string> notes;
  if (e.corrected) notes.push_back("corrected");
  if (e.recalled) notes.push_back("recorded later");
  if (e.at_assumed) notes.push_back("time not given");
  return std::string(status_name(e.status)) + (notes.empty() ? "" : " (" + join(notes, ", ") + ")");
}

std::string quality(int q) { return std::to_string(q) + "/" + std::to_string(max_feedback_quality); }

std::string period(const ReviewReport& r) {
  const std::string to = " to " + day_time(r.to, r.zone);
  if (r.session && *r.session == r.from) return "since the session of " + day_time(r.from, r.zone) + to;
  return "from " + day_time(r.from, r.zone) + to;
}

std::string adherence_line(const Adherence& a) {
  const std::string counts = std::to_string(a.done) + " done, " + std::to_string(a.partial) + " partial, " + std::to_string(a.skipped) + " skipped";
  if (a.as_needed || !a.expected) return "as needed: " + counts;
  std::string out = std::to_string(a.done) + " of " + std::to_string(*a.expected) + " expected done";
  if (a.rate) out += " (adherence " + summary_format::percent(a.rate) + ")";
  out += ": " + counts + ", " + std::to_string(a.missed.value_or(0)) + " missed";
  if (a.streak) out += "; streak " + std::to_string(*a.streak) + ", longest " + std::to_string(*a.longest_streak);
  return out;
}

std::string quality_line(const Adherence& a) {
  if (!a.rating) return "";
  return "clinician's rating " + summary_format::rounded(*a.rating, 1) + "/" + std::to_string(max_feedback_quality) + " (" +
         std::to_string(a.rating_count) + (a.rating_count == 1 ? " rating)" : " ratings)");
}

std::string records_line(const Adherence& a) {
  std::vector<std::string> parts;
  if (a.complete) parts.push_back(summary_format::percent(a.complete) + " complete");
  const int practised = a.in_moment + a.recalled;
  if (practised > 0) parts.push_back(std::to_string(a.in_moment) + " of " + std::to_string(practised) + " recorded in the moment");
  return join(parts, "; ");
}

std::string counted_line(const Adherence& a, Zone zone, bool from_session) {
  if (!a.straddle_from && a.records_before == 0) return "";
  const std::string before = from_session ? "the session" : "the period's start";
  const int n = a.records_before;
  const std::string practices = std::to_string(n) + (n == 1 ? " practice" : " practices") + " from before " + before;
  if (!a.straddle_from) return practices + (n == 1 ? " counts" : " count") + ", for practice due after it";
  if (a.quota == Schedule::Period::week || a.quota == Schedule::Period::month) {
    return std::string("the whole ") + (a.quota == Schedule::Period::week ? "week" : "month") + " from " + day(local_day(*a.straddle_from, zone)) +
           ", which ended after " + before + " (" + practices + ")";
  }
  return "from " + day_time(*a.straddle_from, zone) + ", due before " + before + " but counted here, as its day ended after it (" + practices + ")";
}

std::vector<std::pair<std::string, std::string>> figure_lines(const Adherence& a, Zone zone, bool from_session) {
  std::vector<std::pair<std::string, std::string>> lines = {{"Adherence", adherence_line(a)}};
  if (auto c = counted_line(a, zone, from_session); !c.empty()) lines.emplace_back("Counted", c);
  if (auto o = summary_format::open_phrase(a); !o.empty()) lines.emplace_back("Open", o);
  if (auto q = quality_line(a); !q.empty()) lines.emplace_back("Quality", q);
  if (auto r = records_line(a); !r.empty()) lines.emplace_back("Records", r);
  return lines;
}

std::string step_line(const StepReview& s, Zone zone) {
  std::string out = std::to_string(s.number) + " of " + std::to_string(s.count) + ", “" + s.title + "”";
  if (s.since) out += ", since " + day(local_day(*s.since, zone));
  if (!s.rule.empty()) {
    out += "; next when " + s.rule + ": " + std::to_string(s.counted) + " of " + std::to_string(s.needed);
    if (s.ready) out += ", met";
    else if (s.next_title.empty()) out += " (the last step)";
  }
  return out;
}

std::string risk_heading(const ReviewReport& r) {
  if (r.open_risk > 0) return "Risk: " + attention_text(r.open_risk);
  const std::size_t acked = r.risk.size();
  return "Risk: nothing open; " + std::to_string(acked) + (acked == 1 ? " record" : " records") + " acknowledged in this period";
}

std::string risk_reason(const RiskReason& reason) {
  return reason.label + ": " + reason.value + (reason.condition.empty() ? "" : " (" + reason.condition + ")");
}

std::string risk_status(const ReviewRisk& risk, const std::string& client, Zone zone) {
  if (!risk.flag.ack) return "Not acknowledged yet: hwk ack " + client + " " + risk.flag.record;
  std::string out = "Acknowledged " + day_time(risk.flag.ack->at, zone);
  if (!risk.flag.ack->note.empty()) out += ": " + risk.flag.ack->note;
  return out;
}

std::string safety_plan_title(const SafetyPlan& plan, Zone zone) { return "Safety plan (recorded " + day(local_day(plan.record->at, zone)) + ")"; }

std::string trigger_line(const TriggerReview& t) {
  return t.when + (t.then.empty() ? "" : " (" + t.then + ")") + ": fired " + std::to_string(t.fired) + (t.fired == 1 ? " time" : " times");
}

std::string reason_times(const ReasonGroup& g, Zone zone) {
  std::vector<std::string> parts;
  for (const auto& [at, status] : g.given) parts.push_back(std::string(status_name(status)) + " " + day(local_day(at, zone)));
  return join(parts, ", ");
}

std::vector<TrendRow> trend_rows(const AssignmentReview& a) {
  std::vector<TrendRow> rows;
  if (!a.trend.as_needed) rows.push_back({"adherence", summary_format::percent(a.adherence.rate), a.trend.weekly_rate, 0, 1, true});
  for (const auto& f : a.trend.fields) {
    const auto now = std::find_if(a.adherence.fields.begin(), a.adherence.fields.end(), [&](const FieldTrend& p) { return p.field == f.field; });
    if (now == a.adherence.fields.end() || !now->mean) continue;
    std::string figure = "mean " + summary_format::rounded(*now->mean, 1);
    if (now->change) figure += ", change " + std::string(*now->change > 0 ? "+" : "") + summary_format::rounded(*now->change, 1);
    const auto [lo, hi] = summary_format::trend_range(f);
    const auto label = a.labels.find(f.field);
    rows.push_back({label == a.labels.end() ? f.field : label->second, figure, f.weekly, lo, hi, false});
  }
  return rows;
}

}  // namespace hwk::review_format
