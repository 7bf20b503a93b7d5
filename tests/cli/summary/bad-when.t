A WHEN that is not a date, a duration or a named period is a usage error (exit 2), as is an
empty period.

  $ cp -R "$FIXTURES/due" . && cd due
  $ hwk summary --since yesterday
  hwk: error: invalid --since 'yesterday'
    hint: write a date (2026-11-01), a duration back from now (4w, 10d), last-session, this-week, last-week, this-month or last-month
  [2]
  $ hwk summary --until 2026-02-30
  hwk: error: invalid --until '2026-02-30'
    hint: write a date (2026-11-01), a duration back from now (4w, 10d), last-session, this-week, last-week, this-month or last-month
  [2]
  $ hwk summary --since ''
  hwk: error: invalid --since ''
    hint: write a date (2026-11-01), a duration back from now (4w, 10d), last-session, this-week, last-week, this-month or last-month
  [2]
  $ hwk summary --since 2026-11-20 --until 2026-11-19
  hwk: error: the period is empty: --since is not before --until
    hint: choose a --since earlier than --until
  [2]
  $ hwk summary --until last-session
  hwk: error: --until last-session is not supported
    hint: use --since last-session
  [2]
  $ hwk summary --format xml
  hwk: error: --format: xml not in {text,json,csv,md}
    hint: run 'hwk summary --help' for usage
  [2]
