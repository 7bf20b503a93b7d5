--week names one week that has begun, of one assignment; a record id and --week together, a
month, the last session, a week still to come, an unknown assignment or (with several) none are
refused, and nothing is written.

  $ cp -R "$FIXTURES/review" . && cd review
  $ export TZ=America/New_York
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk feedback 01M85MG2800000000000000023 --week last-week --text "Good"
  hwk: error: give either a RECORD-ID or --week, not both
  [2]
  $ hwk feedback --week this-month --assignment walk --text "Good"
  hwk: error: --week takes a day or a week, not 'this-month'
    hint: write a date (2026-11-16), this-week, last-week or 1w
  [2]
  $ hwk feedback --week last-session --assignment walk --text "Good"
  hwk: error: --week takes a day or a week, not 'last-session'
    hint: write a date (2026-11-16), this-week, last-week or 1w
  [2]
  $ hwk feedback --week 2026-11-30 --assignment walk --text "Good"
  hwk: error: --week 2026-11-30 has not begun yet
    hint: give feedback on a week that has begun
  [2]
  $ hwk feedback --week soon --assignment walk --text "Good"
  hwk: error: invalid --week 'soon'
    hint: write a date (2026-11-01), a duration back from now (4w, 10d), last-session, this-week, last-week, this-month or last-month
  [2]
  $ hwk feedback --week last-week --text "Good"
  hwk: error: name the assignment of the week with --assignment
    hint: the plan's assignments are: walk, checkin
  [2]
  $ hwk feedback --week last-week --assignment wlak --text "Good"
  clients/c-0042/plan.toml: error: unknown assignment 'wlak' for client 'c-0042'
    hint: did you mean 'walk'?
  [1]
  $ hwk feedback 01M85MG2800000000000000023 --assignment walk --text "Good"
  hwk: error: --assignment goes with --week
    hint: a record names its own assignment
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
