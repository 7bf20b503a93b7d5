hwk summary: one row per client and assignment over the last four weeks (from Monday 26 October).
Figures worked out by hand from the due fixture, Monday 23 November 21:00 in New York:

- Alex's breathing (daily 08:00 and 21:30 from Tue 17 Nov): 12 occurrences on 17–22 Nov and 08:00
- Alex's mood (weekdays from Tue 17): 17, 18, 19, 20 and today = 5; done the 20th only; the
- Alex's walk (3 per week from 2 Nov): the weeks of 2, 9, 16 and 23 Nov = 12; one walk today.
- Alex's letter (once, 25 Nov): nothing expected yet, no rate.
- Sam's mood (daily 09:00 Berlin from 20 Nov): 20, 21, 22, 23 = 4, none done.

  $ cp -R "$FIXTURES/due" . && cd due
  $ export TZ=America/New_York
  $ hwk summary
  CLIENT  ASSIGNMENT  EXPECTED  DONE  PARTIAL  SKIPPED  MISSED  RATE  STREAK  LAST DONE   QUALITY  CLINICIAN  IN MOMENT  WEEKLY  RATING
  c-0042  breathing   13        2     1        1        9       19%   0/2     2026-11-20  0%       -          3/3        \xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x82\xe2\x96\x81   tension_before 6 \xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x85\xc2\xb7 (esc)
  c-0042  mood        5         1     0        0        4       20%   1/1     2026-11-20  0%       -          1/1        \xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x83\xe2\x96\x81   mood 6 \xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x85\xc2\xb7 (esc)
  c-0042  walk        12        1     0        0        11      8%    1/1     2026-11-23  0%       -          1/1        \xc2\xb7\xe2\x96\x81\xe2\x96\x81\xe2\x96\x81\xe2\x96\x83   mood 7 \xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x86 (esc)
  c-0042  letter      0         0     0        0        0       -     0/0     -           -        -          -          \xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7\xc2\xb7   - (esc)
  c-0043  mood        4         0     0        0        4       0%    0/0     -           -        -          -          \xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x81\xe2\x96\x81   - (esc)
  $ hwk summary c-0043
  CLIENT  ASSIGNMENT  EXPECTED  DONE  PARTIAL  SKIPPED  MISSED  RATE  STREAK  LAST DONE  QUALITY  CLINICIAN  IN MOMENT  WEEKLY  RATING
  c-0043  mood        4         0     0        0        4       0%    0/0     -          -        -          -          \xc2\xb7\xc2\xb7\xc2\xb7\xe2\x96\x81\xe2\x96\x81   - (esc)
  $ hwk summary nobody
  hwk: error: unknown client 'nobody'
    hint: add it with 'hwk client add nobody'
  [1]
