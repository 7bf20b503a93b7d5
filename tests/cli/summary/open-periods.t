Open and straddling periods, worked out by hand on the due fixture (Alex in New York) with a few
more walks (3 per week, weeks from Monday): Mon 16, Wed 18 and Fri 20 November, and Tue 24 and
Wed 25 beside the fixture's Mon 23. The period starts on Wednesday 18 November (mid-week and
mid-month) and the clock moves; hwk-summary(1) states the rule: a practice counts in the period in
which its time to do it ends, and while that time is open it counts in no figure but "open".

  $ cp -R "$FIXTURES/due" . && cd due
  $ export TZ=America/New_York
  $ walk() { printf '\n[[records]]\nid = "%s"\nkind = "practice"\nat = %s\nrecorded = %s\nassignment = "walk"\ntemplate = "mood-check"\ntemplate_version = 1\nstatus = "done"\n\n[records.values]\nmood = 6\n' "$1" "$2" "$2"; }
  $ {
  >   walk 01M85MG2800000000000000201 2026-11-16T09:00:00-05:00
  >   walk 01M85MG2800000000000000202 2026-11-18T09:00:00-05:00
  >   walk 01M85MG2800000000000000203 2026-11-20T09:00:00-05:00
  >   walk 01M85MG2800000000000000204 2026-11-24T09:00:00-05:00
  >   walk 01M85MG2800000000000000205 2026-11-25T09:00:00-05:00
  > } > clients/c-0042/log/2026-11.k7wrtr22.toml
  $ show() { hwk --now "$1" summary c-0042 --since 2026-11-18 --format json | python3 -c '
  > import json, sys
  > for a in json.load(sys.stdin)["clients"][0]["assignments"]:
  >     if a["assignment"] in sys.argv[1:]:
  >         o = a["open"]
  >         print(a["assignment"], a["expected"], a["done"], a["missed"], a["rate"], a["counted_from"], a["records_before"],
  >               o and (o["expected"], o["done"], o["days_left"]))
  > ' "${@:2}"; }

Saturday 28 November, the day before the week ends. The week of the 16th began before the period
and ended in it: it counts whole, 3 expected and 3 done, with Monday's walk from before the period.
The week of the 23rd is open: 3 walks so far (23rd, 24th, 25th) of 3, 2 days left; nothing of it
is expected or missed yet.

  $ show 2026-11-28T12:00:00-05:00 walk
  walk 3 3 0 1 2026-11-16T00:00:00-05:00 1 (3, 3, 2)

Monday 30 November: that week has ended and counts, 6 expected, 6 done; the new week is open,
none done, 7 days left.

  $ show 2026-11-30T09:00:00-05:00 walk
  walk 6 6 0 1 2026-11-16T00:00:00-05:00 1 (3, 0, 7)

The letter (once, Wednesday 25 November at 18:00): at 17:59 it is not due, neither counted nor
open; at 18:01 it is due and open until midnight, not missed; after midnight it counts, missed.

  $ show 2026-11-25T17:59:00-05:00 letter
  letter 0 0 0 None None 0 None
  $ show 2026-11-25T18:01:00-05:00 letter
  letter 0 0 0 None None 0 (1, 0, 1)
  $ show 2026-11-26T00:01:00-05:00 letter
  letter 1 0 1 0 None 0 None

The review on Saturday, from the same start, says the same in words (the streak: the three walks
of the week of the 16th and the three of this week, 6):

  $ hwk --now 2026-11-28T12:00:00-05:00 review c-0042 --since 2026-11-18 | grep -A3 '^Mood check (walk)' | tail -3
    Adherence: 3 of 3 expected done (adherence 100%): 3 done, 0 partial, 0 skipped, 0 missed; streak 6, longest 6
    Counted: the whole week from Mon 2026-11-16, which ended after the period's start (1 practice from before the period's start)
    Open: this week, 3 of 3 so far, 2 days left
