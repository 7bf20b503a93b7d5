The figures on session day, at the README's moment (Monday 23 November 2026 21:00 in New York,
already Tuesday 02:00 in London and 03:00 in Berlin), on a copy of the bundled example practice.
Counted by hand from its logs (examples/practice/clients/*/log) and plans:

Jordan (c-0213, London), lift ladder "4 per week" from 2 November, last session Monday 16 November
10:00. That week (16-22) began before the session and ended after it, so it counts whole: practice
on Wed 18 (done), Thu 19 (partial), Sat 21 (done), nothing before the session that week: 4
expected, 2 done, 1 partial, 1 missed, (2 + 0.5) / 4 = 62.5%, shown 63%. This week (23-29) has
just begun: open, 0 of 4 so far, 6 days left (Tuesday to Sunday), and in no other figure. The
step's rule is met (3 done with a peak fear of 40 or less) and practice is regular: move on,
with no step back beside it.

Over four weeks (hwk summary's default), the weeks of 2, 9 and 16 November have ended: 12
expected; done 3 and 5 Nov, 10, 13 and 15 Nov, 18 and 21 Nov = 7; partial 19 Nov; skipped 12 Nov;
3 missed; (7 + 0.5) / 12 = 62.5%. Streak: D D M M | D S D D | D P D M: 0 now, longest 3 (13, 15
and 18 Nov).

Sam (c-0107, Berlin), "3 per week" from Tuesday 17: the week of the 16th has ended with one
practice (Wed 18): 3 expected, 1 done, 2 missed, 33%; this week open, 0 of 3.

Alex (c-0042, New York), session Monday 16 at 09:00. Thought record mon wed fri at 20:00:
Mon 16 (missed), Wed 18 (done), Fri 20 (partial) = 3 expected, 50%; today's 20:00 is due and
open. Paced breathing daily at 08:00: Mon 16 to Sun 22 = 7 expected (Monday's 08:00 was due
before the session, but its day ended after it), done Tue 17, skipped Thu 19, 5 missed, 14%;
today's, done at 08:10, is open until midnight.

  $ cp -R "$TESTDIR/../../../examples/practice" p && cd p && chmod -R go-rwx .
  $ hwk review c-0213 | grep -E '^  (Adherence|Counted|Open):' | head -3
    Adherence: 2 of 4 expected done (adherence 63%): 2 done, 1 partial, 0 skipped, 1 missed; streak 0, longest 1
    Counted: the whole week from Mon 2026-11-16, which ended after the session (0 practices from before the session)
    Open: this week, 0 of 4 so far, 6 days left
  $ hwk review c-0213 | sed -n '/Suggestions:/,/^$/p'
    Suggestions:
      - Step 2 met its rule (3 done with suds_peak <= 40): consider moving on to step 3, \xe2\x80\x9cRide one floor with a friend\xe2\x80\x9d (hwk advance c-0213 lift-ladder). (esc)
  

The same span gives the same figures in every format and command: the review's Markdown and HTML,
the summary since the last session (JSON and text), and what hwk due says is still to do.

  $ hwk review c-0213 --format md | grep -E '^- (Adherence|Open):' | head -2
  - Adherence: 2 of 4 expected done (adherence 63%): 2 done, 1 partial, 0 skipped, 1 missed; streak 0, longest 1
  - Open: this week, 0 of 4 so far, 6 days left
  $ hwk review c-0213 --format html | grep -o '<dt>Adherence</dt><dd>[^<]*' | head -1
  <dt>Adherence</dt><dd>2 of 4 expected done (adherence 63%): 2 done, 1 partial, 0 skipped, 1 missed; streak 0, longest 1
  $ hwk summary c-0213 --since last-session --format json | python3 -c '
  > import json, sys
  > c = json.load(sys.stdin)["clients"][0]
  > a = c["assignments"][0]
  > print(c["from"], c["from_session"], a["expected"], a["done"], a["partial"], a["skipped"], a["missed"], a["rate"], a["counted_from"], a["open"])
  > '
  2026-11-16T10:00:00+00:00 True 4 2 1 0 1 0.625 2026-11-16T00:00:00+00:00 {'expected': 4, 'done': 0, 'partial': 0, 'skipped': 0, 'until': '2026-11-30T00:00:00+00:00', 'days_left': 6}
  $ hwk due c-0213 | grep -v ready
  c-0213 (Jordan)
    overdue  by Sun 2026-11-22              Exposure step (step 2 of 6): 1 more
    due      this week (by Sun 2026-11-29)  Exposure step (step 2 of 6): 4 more

The four weeks of the summary, for every client:

  $ hwk summary --format csv | cut -d, -f1,3,5-10,13-16 | tr -d '\r'
  client,assignment,expected,done,partial,skipped,missed,rate,open_expected,open_recorded,streak,longest_streak
  c-0042,thought-record,3,1,1,0,1,0.5,1,0,0,1
  c-0042,paced-breathing,7,1,0,1,5,0.143,1,1,1,1
  c-0107,behavioural-activation,3,1,0,0,2,0.333,3,0,0,1
  c-0213,lift-ladder,12,7,1,1,3,0.625,4,0,0,3
  c-0213,paced-breathing,,0,0,0,,,,,,
  c-0318,dbt-diary-card,7,4,0,0,3,0.571,1,0,2,2
  c-0318,safety-plan,,1,0,0,,,,,,

The export carries the records behind those figures: the lift ladder's practice in the week of the
16th, counted from the export alone, is the 2 done and 1 partial of the review.

  $ hwk export c-0213 --format json | python3 -c '
  > import json, sys
  > rs = [r for r in json.load(sys.stdin)["records"] if r["kind"] == "practice" and r["assignment"] == "lift-ladder"]
  > week = [r["status"] for r in rs if "2026-11-16" <= r["at"][:10] <= "2026-11-22"]
  > print(week.count("done"), week.count("partial"), week.count("skipped"))
  > '
  2 1 0

