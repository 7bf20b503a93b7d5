// Instants, local wall-clock times and time zones (IANA names through the date library).
#pragma once
#include <date/date.h>
#include <date/tz.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace hwk {

using Instant = date::sys_seconds;
using LocalTime = date::local_seconds;
using Zone = const date::time_zone*;

/// The zone with this IANA name, or nullptr.
Zone find_zone(std::string_view name);
/// The machine's zone: $TZ when it names a zone, else /etc/localtime, else UTC.
Zone system_zone();
Zone utc_zone();
/// Loads the zone database, which the first lookup does otherwise (reading the names of every
/// zone takes a few milliseconds). Safe on any thread, at the same time as lookups, which wait for
/// it: main starts it at once on a thread of its own, so that the load overlaps other work.
void load_zone_database();
/// Whether a time as parse_time_point reads it carries its own UTC offset ("Z" or "±HH:MM"), so
/// that no zone is needed to read it.
bool has_utc_offset(std::string_view text);

/// Wall-clock time → instant: a time skipped by a spring-forward change moves forward by the gap;
/// a time repeated by a fall-back change means its first occurrence.
Instant resolve_local(LocalTime local, Zone zone);
LocalTime to_local(Instant t, Zone zone);
date::year_month_day local_date(Instant t, Zone zone);

/// Parses an RFC 3339 time with offset or Z, a local "YYYY-MM-DDTHH:MM[:SS]" (or with a space)
/// taken in `zone`, or "HH:MM" meaning that time on the local date of `today` in `zone`.
/// On failure returns nothing and sets `error` to what is wrong.
std::optional<Instant> parse_time_point(std::string_view text, Zone zone, Instant today, std::string& error);

/// A time as a person says it, before `now`: "now", "8am", "8:30 pm", "20:15", "yesterday 8am",
/// "tuesday 20:00" (the latest Tuesday whose time is not after now), "2026-11-24 8am", in English,
/// Spanish or French ("ayer 8am", "hier 20:00", "martes", "mardi"), taken in `zone`; or anything
/// parse_time_point reads. A day without a time is an error that asks for one. On failure returns
/// nothing and sets `error` to what is wrong.
std::optional<Instant> parse_spoken_time(std::string_view text, Zone zone, Instant now, std::string& error);

/// "YYYY-MM-DD", a real calendar date.
std::optional<date::year_month_day> parse_date(std::string_view text);
/// "HH:MM" (00:00–23:59) as minutes since midnight.
std::optional<std::chrono::minutes> parse_clock_time(std::string_view text);

/// "2026-11-23T20:15:00-05:00" in `zone` ("Z" is never used; UTC prints as +00:00).
std::string format_rfc3339(Instant t, Zone zone);
std::string format_date(date::year_month_day d);
std::string format_clock_time(std::chrono::minutes m);

}  // namespace hwk
