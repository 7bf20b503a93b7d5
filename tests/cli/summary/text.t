hwk summary: one row per client and assignment over the last four weeks (from Monday 26 October).
Figures worked out by hand from the due fixture, Monday 23 November 21:00 in New York:

- Alex's breathing (daily 08:00 and 21:30 from Tue 17 Nov): 12 occurrences on 17-22 Nov have
closed; today's 08:00 is due and its day is not over, so it is open (0/1 today) and counted in no
other figure; today's 21:30 is not due yet. Done 2, partial 1, skipped 1, so 8 missed; rate
(2 + 0.5) / 12 = 20.8%, shown 21%.
- Alex's mood (weekdays from Tue 17): 17, 18, 19 and 20 = 4 closed; today open. Done the 20th
only: 3 missed, 25%; the streak of 1 is not broken by today, still open.
- Alex's walk (3 per week from 2 Nov): the weeks of 2, 9 and 16 Nov have ended = 9 expected, none
done; this week is open with one walk today (1/3 this week), which extends the streak.
- Alex's letter (once, 25 Nov): nothing expected yet, no rate.
- Sam's mood (daily 09:00 Berlin from 20 Nov): 20, 21, 22, 23 = 4, none done; Tuesday's 09:00
(it is 03:00 there) is not due yet.

  $ cp -R "$FIXTURES/due" . && cd due
  $ export TZ=America/New_York
  $ hwk summary
  CLIENT  ASSIGNMENT  EXPECTED  DONE  PARTIAL  SKIPPED  MISSED  RATE  OPEN           STREAK  LAST DONE   COMPLETE  CLINICIAN  IN MOMENT  WEEKLY  RATING
  c-0042  breathing   12        2     1        1        8       21%   0/1 today      0/2     2026-11-20  0%        -          3/3        \xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x82\xc2\xb7   tension_before 6 \xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x85\xc2\xb7 (esc)
  c-0042  mood        4         1     0        0        3       25%   0/1 today      1/1     2026-11-20  0%        -          1/1        \xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x83\xc2\xb7   mood 6 \xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x85\xc2\xb7 (esc)
  c-0042  walk        9         0     0        0        9       0%    1/3 this week  1/1     2026-11-23  0%        -          1/1        \xc2\xb7\xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xc2\xb7   mood 7 \xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x86 (esc)
  c-0042  letter      0         0     0        0        0       -     -              0/0     -           -         -          -          \xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7   - (esc)
  c-0043  mood        4         0     0        0        4       0%    -              0/0     -           -         -          -          \xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x81\xe2\x96\x81   - (esc)
  $ hwk summary c-0043
  CLIENT  ASSIGNMENT  EXPECTED  DONE  PARTIAL  SKIPPED  MISSED  RATE  OPEN  STREAK  LAST DONE  COMPLETE  CLINICIAN  IN MOMENT  WEEKLY  RATING
  c-0043  mood        4         0     0        0        4       0%    -     0/0     -          -         -          -          \xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x81\xe2\x96\x81   - (esc)
  $ hwk summary nobody
  hwk: error: unknown client 'nobody'
    hint: add it with 'hwk client add nobody'
  [1]
