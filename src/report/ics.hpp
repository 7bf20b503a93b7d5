// A client's plan as an iCalendar feed (RFC 5545) that a phone calendar can subscribe to:
// recurring events in the client's zone, with alarms, and titles only (never clinical text).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "model/plan.hpp"

namespace hwk {

/// What a calendar may show of an assignment: its title and how long it takes.
struct IcsActivity {
  std::string title;
  std::optional<int> minutes;  ///< nothing: 15 minutes
  /// What the events' UIDs call it: its assignment id, or (discreet) a name that says nothing of
  /// the activity, as a UID is seen wherever the title is. Empty: the assignment id.
  std::string uid;
};

/// The feed of `plan`: one VTIMEZONE for the plan's zone, one VEVENT per assignment and time of
/// day (all-day events for untimed schedules and quotas, one per planned session for "before
/// each session"; "as needed" is left out). `activities` maps assignment ids to titles (an
/// assignment missing there shows its id). `now` is the DTSTAMP, and the first day of a schedule
/// that has no start date; `week_start` is 0 = Sunday … 6 = Saturday. Lines end in CRLF and are
/// folded at 75 octets. A `discreet` feed is named "Practice", without the client's name: a
/// calendar's name shows on a phone's lock screen.
std::string render_ics(const Plan& plan, const std::map<std::string, IcsActivity>& activities, Instant now, unsigned week_start,
                       bool discreet = false);

/// An iCalendar TEXT value: backslash, semicolon, comma and newline escaped, other control
/// characters dropped.
std::string ics_text(std::string_view text);

/// One content line folded at 75 octets (never inside a UTF-8 sequence), ending in CRLF.
std::string ics_fold(std::string_view line);

}  // namespace hwk
