Each WHEN form of --since and --until; the period is shown by the JSON "from" and "to" (the
machine's zone, here New York; now is Monday 23 November 21:00), and each client's own "from".
Expected practice counts in the period in which its time to do it ends (hwk-summary(1)): today's
is still open, and a week of walks (3 per week) that ends inside the period counts whole, so
--since 10d (from Friday 13th) expects the weeks of the 9th and 16th, 6 walks, and --since
2026-11-20 the week of the 16th; one that ends after --until counts in no earlier period.

  $ cp -R "$FIXTURES/due" . && cd due
  $ export TZ=America/New_York
  $ period() { hwk summary c-0042 --format json "$@" | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["from"], d["to"], [a["expected"] for a in d["clients"][0]["assignments"]]); c = d["clients"][0]; print(" ", c["from"], c["from_session"])'; }
  $ period
  2026-10-26T00:00:00-04:00 2026-11-23T21:00:00-05:00 [12, 4, 9, 0]
    2026-10-26T00:00:00-04:00 False
  $ period --since 10d
  2026-11-13T00:00:00-05:00 2026-11-23T21:00:00-05:00 [12, 4, 6, 0]
    2026-11-13T00:00:00-05:00 False
  $ period --since 2026-11-20
  2026-11-20T00:00:00-05:00 2026-11-23T21:00:00-05:00 [6, 1, 3, 0]
    2026-11-20T00:00:00-05:00 False
  $ period --since 2026-11-17 --until 2026-11-20
  2026-11-17T00:00:00-05:00 2026-11-21T00:00:00-05:00 [8, 4, 0, 0]
    2026-11-17T00:00:00-05:00 False
  $ period --since this-week
  2026-11-23T00:00:00-05:00 2026-11-23T21:00:00-05:00 [0, 0, 0, 0]
    2026-11-23T00:00:00-05:00 False
  $ period --since last-week --until last-week
  2026-11-16T00:00:00-05:00 2026-11-23T00:00:00-05:00 [12, 4, 3, 0]
    2026-11-16T00:00:00-05:00 False
  $ period --since this-month
  2026-11-01T00:00:00-04:00 2026-11-23T21:00:00-05:00 [12, 4, 9, 0]
    2026-11-01T00:00:00-04:00 False
  $ period --since last-month --until last-month
  2026-10-01T00:00:00-04:00 2026-11-01T00:00:00-04:00 [0, 0, 0, 0]
    2026-10-01T00:00:00-04:00 False
  $ period --since last-session
  None 2026-11-23T21:00:00-05:00 [8, 2, 3, 0]
    2026-11-19T10:00:00-05:00 True

Since the last session (Thursday 19 November 10:00) breathing expects the 19th's 08:00 (due
before the session, but its day ended after it) to Sunday's 21:30; today's are open:

  $ hwk summary c-0042 --since last-session --format csv | cut -d, -f3,5-10 | tr -d '\r'
  assignment,expected,done,partial,skipped,missed,rate
  breathing,8,2,1,1,4,0.313
  mood,2,1,0,0,1,0.5
  walk,3,0,0,0,3,0
  letter,0,0,0,0,0,
