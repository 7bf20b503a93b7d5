hwk remind, for cron: each reminder whose time has come, once per machine; late ones (the machine
slept) up to the catch-up limit, marked late; nothing at all when there is nothing to give.

  $ cp -R "$FIXTURES/due" . && cd due
  $ hwk remind --now 2026-11-23T07:59:00-05:00
  $ hwk remind --now 2026-11-23T08:05:00-05:00
  c-0042: Paced breathing at 08:00
  $ hwk remind --now 2026-11-23T08:20:00-05:00
  $ cat .hwk/reminders
  # Reminders this machine has given (hwk remind). Per-machine state; safe to delete.
  1795438800 c-0042 breathing 2026-11-23 08:00

A dry run shows without recording; the real run then gives it:

  $ hwk remind --now 2026-11-23T21:35:00-05:00 --dry-run
  c-0042: Paced breathing at 21:30
  $ hwk remind --now 2026-11-23T21:35:00-05:00
  c-0042: Paced breathing at 21:30
  $ hwk remind --now 2026-11-23T21:35:00-05:00

Sam's 09:00 in Berlin is 03:00 in New York; at 04:30 it is given late:

  $ hwk remind --now 2026-11-24T04:30:00-05:00
  c-0043: Mood check at 09:00 (late, Tue 2026-11-24)

Older than the catch-up limit: not given. A shorter limit drops more:

  $ hwk remind --now 2026-11-24T10:30:00-05:00
  $ hwk remind --now 2026-11-25T03:45:00-05:00 --catch-up 30m
  $ hwk remind --now 2026-11-25T08:40:00-05:00 --catch-up 45m
  c-0042: Paced breathing at 08:00 (late, Wed 2026-11-25)

JSON:

  $ TZ=America/New_York hwk remind --now 2026-11-25T18:10:00-05:00 --format json
  {"version":1,"now":"2026-11-25T18:10:00-05:00","reminders":[{"client":"c-0042","assignment":"letter","title":"Mood check","date":"2026-11-25","at":"2026-11-25T18:00:00-05:00","late":false}],"attention":[]}
