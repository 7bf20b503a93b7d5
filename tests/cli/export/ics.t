hwk export --format ics: a calendar feed to subscribe to. Lines end in CRLF; each assignment and
time of day is one recurring event in the client's zone, with an alarm at its time; untimed
schedules are all-day events; only titles are shown, never the plan's why or goal. Events without
an end recur for ever, and so does the zone: after the year to come, its yearly rules.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ hwk export c-0042 --format ics > feed.ics
  $ test "$(grep -c $'\r$' feed.ics)" = "$(wc -l < feed.ics)"
  $ tr -d '\r' < feed.ics | sed -n '1,/^BEGIN:VTIMEZONE/p;/^END:VTIMEZONE/,$p'
  BEGIN:VCALENDAR
  VERSION:2.0
  PRODID:-//hwk//hwk 0.1.0//EN
  CALSCALE:GREGORIAN
  METHOD:PUBLISH
  X-WR-CALNAME:Homework (Alex)
  X-WR-TIMEZONE:America/New_York
  BEGIN:VTIMEZONE
  END:VTIMEZONE
  BEGIN:VEVENT
  UID:breathing.0800.c-0042@hwk
  DTSTAMP:20261124T020000Z
  DTSTART;TZID=America/New_York:20261117T080000
  DURATION:PT10M
  RRULE:FREQ=DAILY
  SUMMARY:Paced breathing
  TRANSP:OPAQUE
  BEGIN:VALARM
  ACTION:DISPLAY
  TRIGGER:PT0M
  DESCRIPTION:Paced breathing
  END:VALARM
  END:VEVENT
  BEGIN:VEVENT
  UID:breathing.2130.c-0042@hwk
  DTSTAMP:20261124T020000Z
  DTSTART;TZID=America/New_York:20261117T213000
  DURATION:PT10M
  RRULE:FREQ=DAILY
  SUMMARY:Paced breathing
  TRANSP:OPAQUE
  BEGIN:VALARM
  ACTION:DISPLAY
  TRIGGER:PT0M
  DESCRIPTION:Paced breathing
  END:VALARM
  END:VEVENT
  BEGIN:VEVENT
  UID:mood.day.c-0042@hwk
  DTSTAMP:20261124T020000Z
  DTSTART;VALUE=DATE:20261117
  DURATION:P1D
  RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO
  SUMMARY:Mood check
  TRANSP:TRANSPARENT
  END:VEVENT
  END:VCALENDAR
  $ grep -c '^BEGIN:DAYLIGHT' feed.ics
  2
  $ grep '^RRULE:FREQ=YEARLY' feed.ics
  RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU (esc)
  RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU (esc)
  $ grep -ci 'calm\|practise' feed.ics
  0
  [1]

A client's own repository: the client may be left out; a quota is one all-day event a week, and
"as needed" has none.

  $ cd clients/c-0043
  $ hwk assign paced-breathing --schedule '3 per week' --start 2026-11-25 > /dev/null
  $ hwk assign mood-check --schedule 'as needed' > /dev/null && grep -c 'as needed' plan.toml
  1
  $ hwk export --format ics | tr -d '\r' | sed -n '/^BEGIN:VEVENT/,$p'
  BEGIN:VEVENT
  UID:paced-breathing.quota.c-0043@hwk
  DTSTAMP:20261124T020000Z
  DTSTART;VALUE=DATE:20261123
  DURATION:P7D
  RRULE:FREQ=WEEKLY;WKST=MO
  SUMMARY:Paced breathing: 3 this week
  TRANSP:TRANSPARENT
  END:VEVENT
  END:VCALENDAR
