hwk due lists clients with open risk flags first, and the flags first in their block: when the
record was made and the activity's title, never its values or words (due is read over a
shoulder). It looks at what due reads: flags raised since the last session, or in the last 7 days
when that reaches further back; hwk summary and hwk review count every open flag.

  $ cp -R "$FIXTURES/risk" p && cd p
  $ hwk due
  c-0042 (Alex)
    risk     Thu 2026-11-19 23:40  DBT diary card: needs your attention (hwk review c-0042)
    risk     Sat 2026-11-21 21:05  DBT diary card: needs your attention (hwk review c-0042)
    overdue  Mon 2026-11-16 21:00  DBT diary card
    overdue  Wed 2026-11-18 21:00  DBT diary card
    overdue  Fri 2026-11-20 21:00  DBT diary card
    due      today 21:00           DBT diary card
  c-0107 (Sam)
    overdue  Mon 2026-11-16 08:00  Paced breathing
    overdue  Tue 2026-11-17 08:00  Paced breathing
    overdue  Wed 2026-11-18 08:00  Paced breathing
    overdue  Thu 2026-11-19 08:00  Paced breathing
    overdue  Fri 2026-11-20 08:00  Paced breathing
    overdue  Sat 2026-11-21 08:00  Paced breathing
    due      today 08:00           Paced breathing
  $ hwk due c-0107
  c-0107 (Sam)
    overdue  Mon 2026-11-16 08:00  Paced breathing
    overdue  Tue 2026-11-17 08:00  Paced breathing
    overdue  Wed 2026-11-18 08:00  Paced breathing
    overdue  Thu 2026-11-19 08:00  Paced breathing
    overdue  Fri 2026-11-20 08:00  Paced breathing
    overdue  Sat 2026-11-21 08:00  Paced breathing
    due      today 08:00           Paced breathing
  $ hwk due --format json | python3 -c 'import json,sys; [print(i["client"], i["status"], i["date"], i.get("record")) for i in json.load(sys.stdin)["items"]]'
  c-0042 risk 2026-11-19 01M7VM2580HNVGXGPJZ2Y2QVG5
  c-0042 risk 2026-11-21 01M80FZS70R9B13Q9RHVY2K657
  c-0042 overdue 2026-11-16 None
  c-0042 overdue 2026-11-18 None
  c-0042 overdue 2026-11-20 None
  c-0042 due 2026-11-23 None
  c-0107 overdue 2026-11-16 None
  c-0107 overdue 2026-11-17 None
  c-0107 overdue 2026-11-18 None
  c-0107 overdue 2026-11-19 None
  c-0107 overdue 2026-11-20 None
  c-0107 overdue 2026-11-21 None
  c-0107 due 2026-11-23 None

An open flag is something to do: --exit-code exits 1 for it even when nothing else is due.

  $ hwk --now 2026-11-23T21:30:00-05:00 log c-0042 dbt-diary-card --no-input --set urge_suicide=1 --set urge_self_harm=1 --set action_self_harm=no --set urge_substances=0 --set action_suicide=no --set action_substances=no > /dev/null
  $ hwk --now 2026-11-23T21:35:00-05:00 due c-0042 --exit-code
  c-0042 (Alex)
    risk     Thu 2026-11-19 23:40  DBT diary card: needs your attention (hwk review c-0042)
    risk     Sat 2026-11-21 21:05  DBT diary card: needs your attention (hwk review c-0042)
    overdue  Mon 2026-11-16 21:00  DBT diary card
    overdue  Wed 2026-11-18 21:00  DBT diary card
    overdue  Fri 2026-11-20 21:00  DBT diary card
  [1]
  $ hwk ack c-0042 01M7VM2580HNVGXGPJZ2Y2QVG5 > /dev/null
  $ hwk ack c-0042 01M80FZS70R9B13Q9RHVY2K657 > /dev/null
  $ hwk --now 2026-11-23T21:35:00-05:00 due c-0042 --exit-code
  c-0042 (Alex)
    overdue  Mon 2026-11-16 21:00  DBT diary card
    overdue  Wed 2026-11-18 21:00  DBT diary card
    overdue  Fri 2026-11-20 21:00  DBT diary card
  [1]

Nothing a client wrote reaches due's output.

  $ hwk due | grep -c -i 'anymore\|suicide\|self-harm'
  0
  [1]
