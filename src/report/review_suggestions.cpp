// Suggestions for the session, in plain words. Each rule is one function in the table at the end:
// a new kind of suggestion is one more function there.
#include <algorithm>

#include "report/review.hpp"
#include "report/summary.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

using Rule = void (*)(const AssignmentReview&, Zone, const ReviewRules&, std::vector<Suggestion>&);

std::string quoted(const std::string& text) { return "“" + std::string(trim(text)) + "”"; }

std::string plural(int n, const std::string& one, const std::string& many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// Practice stalled over the stall window and has not picked up since (no streak going now).
bool stalled_now(const AssignmentReview& a, const ReviewRules& rules) { return a.stall && a.adherence.streak.value_or(0) < rules.streak; }

bool low_adherence(const Adherence& a, const ReviewRules& rules) {
  return !a.as_needed && a.expected && *a.expected >= rules.min_expected && a.rate && *a.rate < rules.low_adherence;
}

void acknowledge_streak(const AssignmentReview& a, Zone, const ReviewRules& rules, std::vector<Suggestion>& out) {
  const Adherence& ad = a.adherence;
  if (!ad.streak || *ad.streak < rules.streak) return;
  const int so_far = ad.expected.value_or(0) + (ad.open ? ad.open->done : 0);  // today's done practice is in the streak
  const std::string text = ad.expected && *ad.streak == so_far
                               ? "Acknowledge the streak: all " + std::to_string(*ad.streak) + " expected practices of the period were done."
                               : "Acknowledge the streak: the last " + std::to_string(*ad.streak) + " expected practices were all done.";
  out.push_back({"streak", text});
}

void smaller_task(const AssignmentReview& a, Zone, const ReviewRules& rules, std::vector<Suggestion>& out) {
  const Adherence& ad = a.adherence;
  if (!low_adherence(ad, rules)) return;
  std::string done = std::to_string(ad.done) + " done";
  if (ad.partial > 0) done += " and " + std::to_string(ad.partial) + " partial";
  std::string text = "Adherence was " + summary_format::percent(ad.rate) + " (" + done + " of " + std::to_string(*ad.expected) +
                     " expected). Make the task smaller or easier: a version of " + quoted(ad.title) + " the client is sure to manage";
  if (a.minutes > 0) text += ", shorter than its usual " + plural(a.minutes, "minute", "minutes");
  text += ".";
  // A step whose rule is met is not a reason to step back: next_step says how the two relate.
  if (a.step && !a.step->previous_title.empty() && !a.step->ready) {
    text += " On the ladder, that can be step " + std::to_string(a.step->number - 1) + ", " + quoted(a.step->previous_title) +
            ", for a while (hwk advance --back " + a.client + " " + ad.assignment + ").";
  }
  out.push_back({"smaller-task", text});
}

// Fewer times fits practice on a schedule; a daily log is one entry a day, and an event-triggered
// record is made when the event happens.
void fewer_times(const AssignmentReview& a, Zone, const ReviewRules& rules, std::vector<Suggestion>& out) {
  if (!low_adherence(a.adherence, rules) || a.schedule.empty() || a.occasion != Occasion::scheduled) return;
  out.push_back({"fewer-times", "Ask for fewer practices than " + quoted(a.schedule) + " for now, and add more once these happen."});
}

// The middle of the local times of day at which the period's practice was done (or partly done).
std::optional<std::chrono::minutes> usual_time(const AssignmentReview& a, Zone zone) {
  std::vector<std::chrono::minutes> times;
  for (const auto& e : a.entries) {
    if (e.status == Status::skipped) continue;
    const LocalTime local = to_local(e.at, zone);
    times.push_back(std::chrono::duration_cast<std::chrono::minutes>(local - date::floor<date::days>(local)));
  }
  if (times.empty()) return std::nullopt;
  std::sort(times.begin(), times.end());
  return times[(times.size() - 1) / 2];
}

void time_of_day(const AssignmentReview& a, Zone zone, const ReviewRules& rules, std::vector<Suggestion>& out) {
  if (!low_adherence(a.adherence, rules)) return;
  if (a.occasion == Occasion::event) {
    out.push_back({"in-the-moment",
                   "It is done when something happens, not at a set time: ask which moments came up, and agree on a "
                   "quick first note then (a few words on the phone), filled in later."});
    return;
  }
  if (a.occasion == Occasion::daily_log) {
    out.push_back({"time-of-day", "Tie filling it in to a fixed moment of each day the client already has (breakfast, bedtime)."});
    return;
  }
  if (a.times.empty()) {
    out.push_back({"time-of-day", "Agree on a time of day for it, or tie it to something the client already does every day."});
    return;
  }
  std::vector<std::string> planned;
  for (const auto t : a.times) planned.push_back(format_clock_time(t));
  const auto usual = usual_time(a, zone);
  const bool elsewhere = usual && std::all_of(a.times.begin(), a.times.end(), [&](std::chrono::minutes t) {
                           const auto gap = std::chrono::abs(*usual - t);
                           return std::min(gap, std::chrono::minutes{24 * 60} - gap) > rules.other_time;
                         });
  if (elsewhere) {
    out.push_back({"time-of-day", "Try another time of day: the plan says " + join(planned, ", ") +
                                      ", and the practice that was done happened around " + format_clock_time(*usual) + "."});
  } else {
    out.push_back({"time-of-day",
                   "Try another time of day than " + join(planned, ", ") + ", or tie the practice to something the client already does every day."});
  }
}

void revisit_barriers(const AssignmentReview& a, Zone, const ReviewRules& rules, std::vector<Suggestion>& out) {
  const Adherence& ad = a.adherence;
  if (!low_adherence(ad, rules)) return;
  std::string text;
  if (!a.reasons.empty()) {
    std::vector<std::string> reasons;
    for (const auto& g : a.reasons) {
      const int n = static_cast<int>(g.given.size());
      reasons.push_back(quoted(g.reason) + (n > 1 ? " (" + std::to_string(n) + " times)" : ""));
    }
    text = "Revisit the rationale and what got in the way. The client's reasons: " + join(reasons, ", ") + ".";
  } else {
    const int missed = ad.missed.value_or(0);
    text = "Revisit the rationale and ask what got in the way: no reason was recorded" +
           (missed > 0 ? " for the " + plural(missed, "missed practice", "missed practices") : std::string()) + ".";
  }
  if (!a.why.empty()) text += " The rationale agreed: " + quoted(a.why) + ".";
  if (!a.backup.empty()) text += " The backup plan: " + quoted(a.backup) + ".";
  else if (!a.reasons.empty()) text += " Agree on a backup plan for these obstacles.";
  out.push_back({"barriers", text});
}

// The current step's advance rule is met: propose the next step (people decide).
void next_step(const AssignmentReview& a, Zone, const ReviewRules& rules, std::vector<Suggestion>& out) {
  if (!a.step || !a.step->ready) return;
  const StepReview& s = *a.step;
  const std::string advance = " (hwk advance " + a.client + " " + a.adherence.assignment + ")";
  const std::string next = "step " + std::to_string(s.number + 1) + ", " + quoted(s.next_title);
  if (low_adherence(a.adherence, rules) || stalled_now(a, rules)) {
    // Met the rule, then stopped practising: both are true, and the order matters.
    const bool low = low_adherence(a.adherence, rules);
    const double rate = low ? a.adherence.rate.value_or(0) : a.stall->rate;
    out.push_back({"next-step", "Step " + std::to_string(s.number) + " met its rule (" + s.rule + "), but only " + summary_format::percent(rate) +
                                    " of the practice expected " +
                                    (low ? std::string("in the period") : "over the last " + std::to_string(rules.stall_days) + " days") +
                                    " was done. Talk over what got in the way first; moving on to " + next + advance +
                                    " can follow once practice is regular."});
    return;
  }
  out.push_back({"next-step", "Step " + std::to_string(s.number) + " met its rule (" + s.rule + "): consider moving on to " + next + advance + "."});
}

// Practice has stalled over the last two weeks although the period as a whole looks fine (a short
// period, or a good start that faded): the adjustments of stalled_practice.
void stalled(const AssignmentReview& a, Zone, const ReviewRules& rules, std::vector<Suggestion>& out) {
  // A streak going now means practice has picked up again: the streak is acknowledged instead.
  if (!stalled_now(a, rules) || low_adherence(a.adherence, rules)) return;
  std::string text = "Practice has stalled: " + summary_format::percent(a.stall->rate) + " of " +
                     plural(a.stall->expected, "expected practice", "expected practices") + " over the last " + std::to_string(rules.stall_days) +
                     " days, below " + summary_format::percent(a.stall->threshold) + ".";
  for (const auto& adj : a.stall->adjustments) text += " " + adj.text;
  out.push_back({"stalled", text});
}

// A trigger fired: ask how the client coped, and whether its follow-up helped.
void follow_ups(const AssignmentReview& a, Zone, const ReviewRules&, std::vector<Suggestion>& out) {
  for (const auto& t : a.triggers) {
    if (t.fired == 0) continue;
    out.push_back({"follow-up", quoted(t.when) + " set off its follow-up " + plural(t.fired, "time", "times") +
                                    ": ask how the client coped, and whether the follow-up helped."});
  }
}

constexpr Rule rules_table[] = {acknowledge_streak, next_step, smaller_task, fewer_times, time_of_day, revisit_barriers, stalled, follow_ups};

}  // namespace

std::vector<Suggestion> review_suggestions(const AssignmentReview& a, Zone zone, const ReviewRules& rules) {
  std::vector<Suggestion> out;
  for (const Rule rule : rules_table) rule(a, zone, rules, out);
  return out;
}

}  // namespace hwk
