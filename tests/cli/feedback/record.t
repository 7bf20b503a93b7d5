hwk feedback appends the clinician's words, and an optional 0-4 rating, as a record of its own:
on one practice record, or on a week of an assignment. It writes to this clone's log file of the
current month (the writer id is random, so the test reads it from .hwk/writer), never to another.

  $ cp -R "$FIXTURES/review" . && cd review
  $ export TZ=America/New_York
  $ sha256sum clients/c-0042/log/*.toml > ../before
  $ hwk feedback c-0042 01M85MG2800000000000000023 --text "Recorded the same evening: good." --quality 4
  recorded feedback on 01M85MG2800000000000000023 \(walk\) for c-0042 as [0-9A-HJKMNP-TV-Z]{26} (re)

The only client of a practice may be left out; --text - reads the text from standard input (so it
is not seen in the process list), and --week names a week by any of its days, this-week or
last-week, in the client's time zone.

  $ printf 'Mornings seem easier than evenings.\nTry 07:30?\n' | hwk feedback --week last-week --assignment checkin --quality 1 --text -
  recorded feedback on the week of 2026-11-16 of checkin for c-0042 as [0-9A-HJKMNP-TV-Z]{26} (re)
  $ hwk feedback --week 2026-11-11 --assignment walk --text "A slow start."
  recorded feedback on the week of 2026-11-09 of walk for c-0042 as [0-9A-HJKMNP-TV-Z]{26} (re)
  $ sha256sum -c ../before --quiet
  $ sed 's/^id = .*/id = ID/' clients/c-0042/log/2026-11.$(cat .hwk/writer).toml | tail -n +3
  
  [[records]]
  id = ID
  kind = "feedback"
  at = 2026-11-23T21:00:00-05:00
  recorded = 2026-11-23T21:00:00-05:00
  assignment = "walk"
  answers = "01M85MG2800000000000000023"
  quality = 4
  note = "Recorded the same evening: good."
  
  [[records]]
  id = ID
  kind = "feedback"
  at = 2026-11-23T21:00:00-05:00
  recorded = 2026-11-23T21:00:00-05:00
  assignment = "checkin"
  week = 2026-11-16
  quality = 1
  note = """
  Mornings seem easier than evenings.
  Try 07:30?"""
  
  [[records]]
  id = ID
  kind = "feedback"
  at = 2026-11-23T21:00:00-05:00
  recorded = 2026-11-23T21:00:00-05:00
  assignment = "walk"
  week = 2026-11-09
  note = "A slow start."
  $ stat -c '%a' clients/c-0042/log/2026-11.$(cat .hwk/writer).toml
  600
  $ hwk check

The summary counts the ratings that answer the period: the walk's four (4, 2, 3 and now 4 for the
23rd) = 3.25, shown 3.3 (halves round away from zero); the check-in's week of the 16th = 1. The
week of the 9th ended before the session and has no rating anyway.

  $ hwk summary --since last-session --format csv | cut -d, -f3,22-
  assignment,clinician_rating,clinician_ratings,in_the_moment,recalled,risk_open\r (esc)
  walk,3.25,4,4,2,\r (esc)
  checkin,1,1,1,0,\r (esc)
  $ hwk summary --since last-session
  CLIENT  ASSIGNMENT  EXPECTED  DONE  PARTIAL  SKIPPED  MISSED  RATE  OPEN       STREAK  LAST DONE   COMPLETE  CLINICIAN  IN MOMENT  WEEKLY  RATING
  c-0042  walk        7         3     2        1        1       57%   1/1 today  3/3     2026-11-23  50%       3.3/4 (4)  4/6        \xe2\x96\x85\xc2\xb7      mood 6.3 \xe2\x96\x85\xe2\x96\x87 (esc)
  c-0042  checkin     3         1     0        1        1       33%   0/1 today  0/1     2026-11-18  0%        1/4 (1)    1/1        \xe2\x96\x83\xc2\xb7      mood 6 \xe2\x96\x85\xc2\xb7 (esc)

Beside what it answers in the review (worked out by hand in review/history.t):

  $ hwk review --format md
  # Review of c-0042 (Alex)
  
  Period: since the session of Mon 2026-11-16 10:00 to Mon 2026-11-23 21:00.
  
  Goals:
  
  - sleep through the night
  
  ## Mood check (walk)
  
  - Schedule: daily at 18:00
  - Goal: Feel calmer in the evening
  - Adherence: 3 of 7 expected done (adherence 57%): 3 done, 2 partial, 1 skipped, 1 missed; streak 3, longest 3
  - Open: today, 1 of 1 so far
  - Quality: clinician's rating 3.3/4 (4 ratings)
  - Records: 50% complete; 4 of 6 recorded in the moment
  - Weekly from Mon 2026-11-09:
    - adherence 57% \xe2\x96\x83\xe2\x96\x85\xc2\xb7 (esc)
    - Mood mean 6.3, change +0.4 \xe2\x96\x83\xe2\x96\x85\xe2\x96\x87 (esc)
  
  ### Practice
  
  - **Mon 2026-11-16 18:10**, done (corrected): Mood 6 `01M85MG2800000000000000017`
    - Reflection: Felt lighter after ten minutes
    - **Feedback** Mon 2026-11-23 09:02 (quality 2/4): Mood noted; add a line on what you noticed.
  - **Wed 2026-11-18 18:15**, skipped (recorded later) `01M85MG2800000000000000018`
    - What got in the way: Worked late
  - **Thu 2026-11-19 18:00**, partial (recorded later): Mood 4 `01M85MG2800000000000000019`
    - What got in the way: worked late.
    - Reflection: Only round the block
  - **Fri 2026-11-20 18:00**, partial: Mood 5 `01M85MG2800000000000000020`
    - What got in the way: rain
  - **Sat 2026-11-21 17:50**, done: Mood 7 `01M85MG2800000000000000021`
  - **Sun 2026-11-22 18:20**, done: Mood 8 `01M85MG2800000000000000022`
    - Reflection: Walked with a friend
    - **Feedback** Mon 2026-11-23 09:00 (quality 4/4): Walking with a friend: keep that.
  - **Mon 2026-11-23 18:05**, done (recorded later): Mood 8 `01M85MG2800000000000000023`
    - **Feedback** Mon 2026-11-23 21:00 (quality 4/4): Recorded the same evening: good.
  
  ### What got in the way
  
  - \xe2\x80\x9cWorked late\xe2\x80\x9d (skipped Wed 2026-11-18, partial Thu 2026-11-19) (esc)
  - \xe2\x80\x9crain\xe2\x80\x9d (partial Fri 2026-11-20) (esc)
  
  ### Feedback on weeks
  
  - Week of Mon 2026-11-16
    - **Feedback** Mon 2026-11-23 09:05 (quality 1/4): First thought: a hard week.
    - **Feedback** Mon 2026-11-23 09:10 (quality 3/4): On second look, five of seven days. Plan an indoor option for rain.
  
  ### Suggestions
  
  - Acknowledge the streak: the last 3 expected practices were all done.
  
  ## Mood check (checkin)
  
  - Schedule: mon wed fri at 20:00
  - Adherence: 1 of 3 expected done (adherence 33%): 1 done, 0 partial, 1 skipped, 1 missed; streak 0, longest 1
  - Open: today, 0 of 1 so far
  - Quality: clinician's rating 1/4 (1 rating)
  - Records: 0% complete; 1 of 1 recorded in the moment
  - Weekly from Mon 2026-11-09:
    - adherence 33% \xe2\x96\x81\xe2\x96\x83\xc2\xb7 (esc)
    - Mood mean 6 \xc2\xb7\xe2\x96\x85\xc2\xb7 (esc)
  
  ### Practice
  
  - **Wed 2026-11-18 07:40**, done: Mood 6 `01M85MG2800000000000000030`
  - **Fri 2026-11-20 20:30**, skipped `01M85MG2800000000000000031`
    - What got in the way: Worked late
  
  ### What got in the way
  
  - \xe2\x80\x9cWorked late\xe2\x80\x9d (skipped Fri 2026-11-20) (esc)
  
  ### Feedback on weeks
  
  - Week of Mon 2026-11-16
    - **Feedback** Mon 2026-11-23 21:00 (quality 1/4): Mornings seem easier than evenings. Try 07:30?
  
  ### Suggestions
  
  - Adherence was 33% (1 done of 3 expected). Make the task smaller or easier: a version of \xe2\x80\x9cMood check\xe2\x80\x9d the client is sure to manage, shorter than its usual 5 minutes. (esc)
  - Ask for fewer practices than \xe2\x80\x9cmon wed fri\xe2\x80\x9d for now, and add more once these happen. (esc)
  - Try another time of day: the plan says 20:00, and the practice that was done happened around 07:40.
  - Revisit the rationale and what got in the way. The client's reasons: \xe2\x80\x9cWorked late\xe2\x80\x9d. Agree on a backup plan for these obstacles. (esc)
  
