hwk remind, run from cron, says only that a client has a record needing attention: the client id
and a count, no title, value or words, discreet or not. Each flag is said once per machine; a new
flag says it again, with the count of open flags among the records remind reads (this month's,
and last month's in its last days).

  $ cp -R "$FIXTURES/risk" p && cd p
  $ hwk --now 2026-11-19T23:45:00-05:00 remind
  c-0042: 1 record needs your attention
  $ hwk --now 2026-11-19T23:50:00-05:00 remind
  $ hwk --now 2026-11-21T21:10:00-05:00 remind --dry-run --format json
  {"version":1,"now":"2026-11-22T02:10:00+00:00","reminders":[],"attention":[{"client":"c-0042","open":2}]}
  $ hwk --now 2026-11-21T21:10:00-05:00 remind
  c-0042: 2 records need your attention

A flag is said however late its record arrives (a client's records may be pulled days after
they were made): a machine that has said none says both.

  $ rm -rf .hwk
  $ hwk --now 2026-11-23T21:00:00-05:00 remind
  c-0042: 2 records need your attention
  c-0042: DBT diary card at 21:00

With discreet, the line is the same; it never names the activity.

  $ rm -rf .hwk && echo 'discreet = true' >> hwk.toml
  $ hwk --now 2026-11-19T23:45:00-05:00 remind --dry-run
  c-0042: 1 record needs your attention
  $ hwk --now 2026-11-19T23:45:00-05:00 remind --dry-run | grep -c -i 'diary\|suicide\|anymore'
  0
  [1]

An acknowledged flag is not reminded.

  $ rm -rf .hwk
  $ hwk --now 2026-11-19T23:44:00-05:00 ack c-0042 01M7VM2580HNVGXGPJZ2Y2QVG5 > /dev/null
  $ hwk --now 2026-11-19T23:45:00-05:00 remind --dry-run
