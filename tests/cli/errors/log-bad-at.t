An --at of hwk log that is not a time is wrong usage; nothing is written.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 mood --set mood=5 --at 25:00 2>&1
  hwk: error: invalid --at '25:00': not a time of day (HH:MM, 00:00 to 23:59)
    hint: or say it like 'yesterday 8am' or 'tuesday 20:00'
  [2]
  $ hwk log c-0042 mood --set mood=5 --at 2026-11-23T10:00+5 2>&1
  hwk: error: invalid --at '2026-11-23T10:00+5': not a valid time of day: '10:00+5'
    hint: or say it like 'yesterday 8am' or 'tuesday 20:00'
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
