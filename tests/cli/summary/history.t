A hand-built history of Alex's walks (3 per week from Monday 2 November), summarised over the
default four weeks (26 October to Monday 23 November 21:00, New York). Worked out by hand:

- the weeks of 2, 9 and 16 November have ended: expected 9; the week of the 23rd is open, with
today's walk (1/3 this week), and counts in no other figure
- week of 2 Nov: done 3rd and 5th, 1 missed; of 9 Nov: partial 10th, skipped 11th, 1 missed;
of 16 Nov: done 18th (twice, counted once) and 19th (its correction), 1 missed
- so done 4, partial 1, skipped 1, missed 3; rate (4 + 0.5) / 9 = 0.5
- streak 1 (the missed third of the week of the 16th, then today's walk); longest 2
- complete: 4 of the 6 done or partial records have the mood and a reflection = 0.667
- mood: mean (4 + 5 + 6 + 8 + 9 + 7) / 6 = 6.5; first 7 days (3-9 Nov) 4.5, last 7 days
(17-23 Nov) 8, change 3.5
- weekly adherence: no week, 2/3, 0.5/3, 2/3, and none closed yet in the week of the 23rd

  $ cp -R "$FIXTURES/due" . && cd due
  $ export TZ=America/New_York
  $ record() { printf '\n[[records]]\nid = "%s"\nkind = "practice"\nat = %s\nrecorded = %s\nassignment = "walk"\ntemplate = "mood-check"\ntemplate_version = 1\n%s\n' "$1" "$2" "$2" "$3"; }
  $ {
  >   record 01M85MG2800000000000000101 2026-11-03T18:00:00-05:00 $'status = "done"\nreflection = "tired"\n[records.values]\nmood = 4'
  >   record 01M85MG2800000000000000102 2026-11-05T18:00:00-05:00 $'status = "done"\n[records.values]\nmood = 5'
  >   record 01M85MG2800000000000000103 2026-11-10T18:00:00-05:00 $'status = "partial"\nreason = "short"\nreflection = "ok"\n[records.values]\nmood = 6'
  >   record 01M85MG2800000000000000104 2026-11-11T18:00:00-05:00 $'status = "skipped"\nreason = "rain"'
  >   record 01M85MG2800000000000000105 2026-11-18T18:00:00-05:00 $'status = "done"\nreflection = "good"\n[records.values]\nmood = 8'
  >   record 01M85MG2800000000000000105 2026-11-18T18:00:00-05:00 $'status = "done"\nreflection = "good"\n[records.values]\nmood = 8'
  >   record 01M85MG2800000000000000106 2026-11-19T18:00:00-05:00 $'status = "done"\n[records.values]\nmood = 2'
  >   record 01M85MG2800000000000000107 2026-11-19T18:00:00-05:00 $'status = "done"\namends = "01M85MG2800000000000000106"\nreflection = "fixed"\n[records.values]\nmood = 9'
  > } > clients/c-0042/log/2026-11.k7wrtr22.toml
  $ hwk summary c-0042 --format json | python3 -c '
  > import json, sys
  > a = json.load(sys.stdin)["clients"][0]["assignments"][2]
  > print(a["assignment"], a["expected"], a["done"], a["partial"], a["skipped"], a["missed"], a["rate"], a["streak"], a["longest_streak"], a["last_done"], a["complete"])
  > print(a["fields"]["mood"])
  > '
  walk 9 4 1 1 3 0.5 1 2 2026-11-23T12:00:00-05:00 0.667
  {'mean': 6.5, 'change': 3.5, 'weekly': [None, 4.5, 6, 8.5, 7]}
  $ hwk summary c-0042 | grep -e CLIENT -e walk
  CLIENT  ASSIGNMENT  EXPECTED  DONE  PARTIAL  SKIPPED  MISSED  RATE  OPEN           STREAK  LAST DONE   COMPLETE  CLINICIAN  IN MOMENT  WEEKLY  RATING
  c-0042  walk        9         4     1        1        3       50%   1/3 this week  1/2     2026-11-23  67%       -          6/6        \xc2\xb7\xe2\x96\x86\xe2\x96\x82\xe2\x96\x86\xc2\xb7   mood 6.5 \xc2\xb7\xe2\x96\x84\xe2\x96\x85\xe2\x96\x87\xe2\x96\x86 (esc)
