hwk summary --format json: the documented object; "rate" rounded to 3 decimals, null when nothing
is expected; one entry per numeric field with one weekly mean per week of the period.

  $ cp -R "$FIXTURES/due" . && cd due
  $ export TZ=America/New_York
  $ hwk summary c-0042 --format json | python3 -c '
  > import json, sys
  > d = json.load(sys.stdin)
  > print(d["version"], d["from"], d["to"])
  > for a in d["clients"][0]["assignments"]:
  >     print(a["assignment"], a["expected"], a["done"], a["partial"], a["skipped"], a["missed"], a["rate"], a["streak"], a["longest_streak"], a["last_done"], a["complete"])
  >     for f, v in a["fields"].items():
  >         print(" ", f, v["mean"], v["change"], v["weekly"])
  > '
  1 2026-10-26T00:00:00-04:00 2026-11-23T21:00:00-05:00
  breathing 12 2 1 1 8 0.208 0 2 2026-11-20T21:40:00-05:00 0
    tension_before 6 None [None, None, None, 6, None]
    tension_after None None [None, None, None, None, None]
    time_practised 10 None [None, None, None, 10, None]
  mood 4 1 0 0 3 0.25 1 1 2026-11-20T19:00:00-05:00 0
    mood 6 None [None, None, None, 6, None]
    energy None None [None, None, None, None, None]
    steps None None [None, None, None, None, None]
  walk 9 0 0 0 9 0 1 1 2026-11-23T12:00:00-05:00 0
    mood 7 None [None, None, None, None, 7]
    energy None None [None, None, None, None, None]
    steps None None [None, None, None, None, None]
  letter 0 0 0 0 0 None 0 0 None None
    mood None None [None, None, None, None, None]
    energy None None [None, None, None, None, None]
    steps None None [None, None, None, None, None]
  $ hwk summary c-0043 --format json --since 2026-11-20
  {"version":1,"from":"2026-11-20T00:00:00-05:00","to":"2026-11-23T21:00:00-05:00","clients":[{"client":"c-0043","from":"2026-11-20T06:00:00+01:00","from_session":false,"risk_open":0,"assignments":[{"assignment":"mood","title":"Mood check","expected":4,"done":0,"partial":0,"skipped":0,"missed":4,"rate":0,"counted_from":null,"records_before":0,"open":null,"streak":0,"longest_streak":0,"last_done":null,"complete":null,"clinician_rating":{"mean":null,"count":0},"in_the_moment":0,"recalled":0,"risk_open":null,"fields":{"mood":{"mean":null,"change":null,"weekly":[null,null]},"energy":{"mean":null,"change":null,"weekly":[null,null]},"steps":{"mean":null,"change":null,"weekly":[null,null]}}}]}]}
