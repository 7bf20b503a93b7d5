A --at that is not a time is wrong usage, and nothing is written.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ hwk session c-0042 --at 'last tuesday' 2>&1
  hwk: error: invalid --at 'last tuesday': expected a time like 2026-11-23T20:15, 2026-11-23T20:15:00-05:00 or 20:15
    hint: or say it like 'yesterday 8am' or 'tuesday 20:00'
  [2]
  $ hwk session c-0042 --at 2026-02-30T10:00 2>&1
  hwk: error: invalid --at '2026-02-30T10:00': not a valid date: '2026-02-30'
    hint: or say it like 'yesterday 8am' or 'tuesday 20:00'
  [2]
  $ ls clients/c-0042/log
  $ test -e .hwk
  [1]
