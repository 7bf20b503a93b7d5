A client whose plan does not read is an error for that client; the others are still reminded, and
the status is 1.

  $ cp -R "$FIXTURES/due" . && cd due
  $ sed -i 's/^schedule = "weekdays"/schedule = "weekdayz"/' clients/c-0042/plan.toml
  $ hwk remind --now 2026-11-24T03:05:00-05:00
  clients/c-0042/plan.toml:20:13: error: unknown schedule word 'weekdayz'
    hint: did you mean 'weekdays'?
  c-0043: Mood check at 09:00
  [1]
