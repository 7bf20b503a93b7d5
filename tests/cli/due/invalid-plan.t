A client whose plan does not read is an error for that client, reported in its place among the
clients; the others are still shown, and the status is 1.

  $ cp -R "$FIXTURES/due" . && cd due
  $ sed -i 's/schedule = "daily"/schedule = "dialy"/' clients/c-0043/plan.toml
  $ hwk due --within 1h
  clients/c-0043/plan.toml:12:13: error: unknown schedule word 'dialy'
    hint: did you mean 'daily'?
  c-0042 (Alex)
    overdue   Thu 2026-11-19                 Mood check
    overdue   Thu 2026-11-19 08:00           Paced breathing
    overdue   Thu 2026-11-19 21:30           Paced breathing
    overdue   Sat 2026-11-21 21:30           Paced breathing
    overdue   by Sun 2026-11-22              Mood check: 3 more
    overdue   Sun 2026-11-22 21:30           Paced breathing
    due       today                          Mood check
    due       today 08:00                    Paced breathing
    due       this week (by Sun 2026-11-29)  Mood check: 2 more
    upcoming  today 21:30                    Paced breathing
  [1]
  $ hwk due --format json c-0043 c-0042 | python3 -c 'import json, sys; print(sorted({i["client"] for i in json.load(sys.stdin)["items"]}))'
  clients/c-0043/plan.toml:12:13: error: unknown schedule word 'dialy'
    hint: did you mean 'daily'?
  ['c-0042']
