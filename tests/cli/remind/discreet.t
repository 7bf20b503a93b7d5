discreet = true, in hwk.toml or in a plan, replaces activity titles with "practice time" in
reminders that may be seen by others, and leaves out the assignment's id (which names the activity
as well as a title does) from JSON. Reminders never show field values or reflections.

  $ cp -R "$FIXTURES/due" . && cd due
  $ echo 'discreet = true' >> hwk.toml
  $ hwk remind --now 2026-11-23T08:05:00-05:00
  c-0042: practice time at 08:00
  $ TZ=America/New_York hwk remind --now 2026-11-23T21:35:00-05:00 --format json
  {"version":1,"now":"2026-11-23T21:35:00-05:00","reminders":[{"client":"c-0042","assignment":null,"title":"practice time","date":"2026-11-23","at":"2026-11-23T21:30:00-05:00","late":false}],"attention":[]}

Only Sam's plan:

  $ cp -R "$FIXTURES/due" ../one && cd ../one
  $ sed -i 's/^sessions = \[\]/sessions = []\ndiscreet = true/' clients/c-0043/plan.toml
  $ hwk remind --now 2026-11-24T03:05:00-05:00 --catch-up 1d
  c-0042: Paced breathing at 08:00 (late, Mon 2026-11-23)
  c-0042: Paced breathing at 21:30 (late, Mon 2026-11-23)
  c-0043: practice time at 09:00
