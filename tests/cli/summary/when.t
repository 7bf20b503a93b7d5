Each WHEN form of --since and --until; the period is shown by the JSON "from" and "to" (the
machine's zone, here New York; now is Monday 23 November 21:00).

  $ cp -R "$FIXTURES/due" . && cd due
  $ export TZ=America/New_York
  $ period() { hwk summary c-0042 --format json "$@" | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["from"], d["to"], [a["expected"] for a in d["clients"][0]["assignments"]])'; }
  $ period
  2026-10-26T00:00:00-04:00 2026-11-23T21:00:00-05:00 [13, 5, 12, 0]
  $ period --since 10d
  2026-11-13T00:00:00-05:00 2026-11-23T21:00:00-05:00 [13, 5, 6, 0]
  $ period --since 2026-11-20
  2026-11-20T00:00:00-05:00 2026-11-23T21:00:00-05:00 [7, 2, 3, 0]
  $ period --since 2026-11-17 --until 2026-11-20
  2026-11-17T00:00:00-05:00 2026-11-21T00:00:00-05:00 [8, 4, 0, 0]
  $ period --since this-week
  2026-11-23T00:00:00-05:00 2026-11-23T21:00:00-05:00 [1, 1, 3, 0]
  $ period --since last-week --until last-week
  2026-11-16T00:00:00-05:00 2026-11-23T00:00:00-05:00 [12, 4, 3, 0]
  $ period --since this-month
  2026-11-01T00:00:00-04:00 2026-11-23T21:00:00-05:00 [13, 5, 12, 0]
  $ period --since last-month --until last-month
  2026-10-01T00:00:00-04:00 2026-11-01T00:00:00-04:00 [0, 0, 0, 0]
  $ period --since last-session
  None 2026-11-23T21:00:00-05:00 [8, 2, 3, 0]

Since the last session (Thursday 19 November 10:00) breathing expects 19th 21:30 to today 08:00:

  $ hwk summary c-0042 --since last-session --format csv | cut -d, -f2,4-9 | tr -d '\r'
  assignment,expected,done,partial,skipped,missed,rate
  breathing,8,2,1,1,4,0.313
  mood,2,1,0,0,1,0.5
  walk,3,1,0,0,2,0.333
  letter,0,0,0,0,0,
