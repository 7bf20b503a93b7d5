With discreet = true, a calendar names no activity and no client (its name, "Practice", is what a
phone's lock screen shows): "practice time" for titles, and UIDs that name
each activity by its place in the plan, not by its assignment id (which says what it is as plainly:
"thought-record"). Fault injected: a discreet practice's calendar read by someone else.

  $ cp -R "$FIXTURES/due" . && cd due
  $ echo 'discreet = true' >> hwk.toml
  $ hwk export c-0042 --format ics | tr -d '\r' | grep -E '^(UID|SUMMARY|DESCRIPTION)' | sort -u
  DESCRIPTION:practice time
  SUMMARY:practice time
  SUMMARY:practice time: 3 this week
  UID:practice-1.0800.c-0042@hwk
  UID:practice-1.2130.c-0042@hwk
  UID:practice-2.day.c-0042@hwk
  UID:practice-3.quota.c-0042@hwk
  UID:practice-4.1800.c-0042@hwk
  $ hwk export c-0042 --format ics | tr -d '\r' | grep '^X-WR-CALNAME'
  X-WR-CALNAME:Practice
  $ hwk export c-0042 --format ics | grep -cE 'breathing|mood|walk|letter|Alex'
  0
  [1]
