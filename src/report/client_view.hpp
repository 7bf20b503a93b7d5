// What a client reads in their own repository with hwk today: what is left to do today, this week's
// practice, what is not written down yet, the clinician's latest feedback and the next session, in
// plain words and the plan's language. None of the review's figures for the clinician, its
// suggestions or its risk flags. Pure: the plan, the records and the clock come in.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "model/record.hpp"
#include "model/template.hpp"
#include "report/due.hpp"
#include "report/saved_reply.hpp"

namespace hwk {

struct ClientViewInput {
  const Plan* plan = nullptr;
  const std::vector<Record>* records = nullptr;
  std::map<std::string, std::string> titles;         ///< assignment id → title in the client's language
  std::map<std::string, const Template*> templates;  ///< assignment id → its template, when known
  Instant now{};
  unsigned week_start = 1;
};

struct ClientView {
  std::string name;
  LocalDay today{};
  struct Line {
    std::string assignment, title;
    std::vector<Instant> times_left;  ///< today's times not yet recorded, in order
    bool any_time_today = false;      ///< today's practice, at no set time, not yet recorded
    std::optional<int> quota_left;    ///< a quota's practices still expected in its period
    Schedule::Period quota_period = Schedule::Period::week;
    LocalDay quota_by{};  ///< the last day of that period
    bool as_needed = false;
    bool active_today = true;     ///< between its start and end
    SavedProgress week_progress;  ///< this week's practice
  };
  std::vector<Line> lines;  ///< every assignment active this week, in the plan's order
  struct Missed {
    std::string title;
    int count = 0;   ///< this week's occurrences of it not written down
    LocalDay day{};  ///< the latest of them
    std::optional<Instant> at;
  };
  /// Per assignment, this week's occurrences whose time has passed and that nobody wrote down
  /// (what hwk due calls overdue, from the start of the week), in the plan's order.
  std::vector<Missed> missed;
  struct Feedback {
    std::string text;
    Instant at{};
    std::string about_title;            ///< the practice it answers, or the week's assignment
    std::optional<LocalDay> about_day;  ///< the day of that practice, or the first day of that week
    bool week = false;
  };
  std::optional<Feedback> feedback;  ///< the clinician's latest note, up to now
  std::optional<LocalTime> next_session;
};

/// The view at `in.now` in the plan's zone.
ClientView client_view(const ClientViewInput& in);

/// The view as text, in `language` (en, es or fr; English otherwise).
std::string render_client_view(const ClientView& v, Zone zone, const std::string& language);

}  // namespace hwk
