Every schedule phrase of the product brief is accepted by hwk assign and written as given; the
start defaults to today in the client's time zone (Berlin is already on 24 November at
2026-11-23T21:00-05:00).

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ n=0; for s in daily weekdays 'mon wed fri' 'every 2 days' '3 per week' '2 per day' 'once 2026-12-01' 'as needed' weekends 'weekly on sun' 'every other day' 'before each session' 'twice a week'; do
  >   n=$((n + 1)); hwk assign c-0043 mood-check --id "m$n" --schedule "$s" || echo "refused: $s"
  > done
  assigned Mood check (m1) to c-0043: daily, from 2026-11-24
  assigned Mood check (m2) to c-0043: weekdays, from 2026-11-24
  assigned Mood check (m3) to c-0043: mon wed fri, from 2026-11-24
  assigned Mood check (m4) to c-0043: every 2 days, from 2026-11-24
  assigned Mood check (m5) to c-0043: 3 per week, from 2026-11-24
  assigned Mood check (m6) to c-0043: 2 per day, from 2026-11-24
  assigned Mood check (m7) to c-0043: once 2026-12-01, from 2026-11-24
  assigned Mood check (m8) to c-0043: as needed, from 2026-11-24
  assigned Mood check (m9) to c-0043: weekends, from 2026-11-24
  assigned Mood check (m10) to c-0043: weekly on sun, from 2026-11-24
  assigned Mood check (m11) to c-0043: every other day, from 2026-11-24
  assigned Mood check (m12) to c-0043: before each session, from 2026-11-24
  assigned Mood check (m13) to c-0043: twice a week, from 2026-11-24
  $ grep -c '^\[\[assignments\]\]' clients/c-0043/plan.toml
  13
  $ grep '^schedule' clients/c-0043/plan.toml
  schedule = "daily"
  schedule = "weekdays"
  schedule = "mon wed fri"
  schedule = "every 2 days"
  schedule = "3 per week"
  schedule = "2 per day"
  schedule = "once 2026-12-01"
  schedule = "as needed"
  schedule = "weekends"
  schedule = "weekly on sun"
  schedule = "every other day"
  schedule = "before each session"
  schedule = "twice a week"
  $ chmod -R go-rwx . && hwk check
