--now and HWK_NOW take RFC 3339 or a local YYYY-MM-DDTHH:MM; anything else is wrong usage, with
a hint, and nothing runs.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ hwk --now yesterday log c-0042 mood --set mood=5 2>&1
  hwk: error: invalid --now/HWK_NOW 'yesterday': expected a time like 2026-11-23T20:15, 2026-11-23T20:15:00-05:00 or 20:15
    hint: use RFC 3339 (2026-11-23T20:15:00-05:00) or local time (2026-11-23T20:15)
  [2]
  $ HWK_NOW=2026-13-01T10:00 hwk log c-0042 mood --set mood=5 2>&1
  hwk: error: invalid --now/HWK_NOW '2026-13-01T10:00': not a valid date: '2026-13-01'
    hint: use RFC 3339 (2026-11-23T20:15:00-05:00) or local time (2026-11-23T20:15)
  [2]
  $ hwk --now 21:00 log c-0042 mood --set mood=5 2>&1
  hwk: error: invalid --now/HWK_NOW '21:00'
    hint: use RFC 3339 (2026-11-23T20:15:00-05:00) or local time (2026-11-23T20:15)
  [2]
  $ ls clients/c-0042/log
  $ test -e .hwk
  [1]

--now wins over HWK_NOW:

  $ HWK_NOW=garbage hwk --now 2026-11-20T12:00:00-05:00 log c-0042 mood --set mood=5
  recorded mood \(done\) for c-0042 at 2026-11-20T12:00:00-05:00 as [0-9A-HJKMNP-TV-Z]{26} (re)
