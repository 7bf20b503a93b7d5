hwk review: an unknown format, a threshold off 0-100, --until last-session, a bad WHEN and an
empty period are wrong usage; nothing is printed on standard output.

  $ cp -R "$FIXTURES/review" . && cd review
  $ hwk review --format pdf
  hwk: error: --format: pdf not in {text,md,html}
    hint: run 'hwk review --help' for usage
  [2]
  $ hwk review --low-adherence 120
  hwk: error: --low-adherence: Value 120 not in range 0 to 100
    hint: run 'hwk review --help' for usage
  [2]
  $ hwk review --until last-session
  hwk: error: --until last-session is not supported
    hint: use --since last-session
  [2]
  $ hwk review --until yesterday
  hwk: error: invalid --until 'yesterday'
    hint: write a date (2026-11-01), a duration back from now (4w, 10d), last-session, this-week, last-week, this-month or last-month
  [2]
  $ hwk review --since 2026-11-20 --until 2026-11-19 2>&1 >/dev/null
  hwk: error: the period is empty: it starts at or after its end
    hint: choose a --since earlier than --until
  [2]
  $ hwk review nobody
  hwk: error: unknown client 'nobody'
    hint: add it with 'hwk client add nobody'
  [1]
