hwk review on a hand-built fortnight (tests/fixtures/review): Alex in New York, a daily walk at
18:00 and a check-in on Mon, Wed and Fri at 20:00, both from Monday 9 November; a session on
Monday 16 November at 10:00; now Monday 23 November 21:00. The review runs from that session.
Every figure below was worked out by hand from the fixture's records:

Walk (daily 18:00): 16 to 22 November = 7 expected; the 23rd's day is not over, so it is open
(done, 1 of 1 so far) and in no other figure. Done 16 (corrected), 21, 22 = 3; partial 19 and
20 = 2; skipped 18 = 1; nothing on the 17th = 1 missed. Rate (3 + 0.5 x 2) / 7 = 57.1%, shown
57%. Streak: D M S P P D D, and the open 23rd done, so 3 at the end, longest 3: acknowledged (3
or more), and no other suggestion, as 57% is not below 50%.
Ratings: the correction of the 16th gives mood 6, so mood = (6 + 4 + 5 + 7 + 8 + 8) / 6 = 6.33;
the first seven days (16-22) 30 / 5 = 6, the last seven (17-23) 32 / 5 = 6.4, change +0.4.
Complete records (mood and a reflection): 16, 19, 22 of the 6 practised = 50%.
In the moment (first written within an hour): 16 (20 min, its correction made on the 19th keeps
that), 20, 21, 22 = 4 of 6; the 19th (next morning) and the 23rd (2 h 25 min) were recalled.
Clinician: the 22nd rated 4, the 16th rated 2 (it answers the correction), the week of the 16th
rated 1 then 3 (the later counts) = (4 + 2 + 3) / 3 = 3, from 3 ratings.
Weekly (from the week of 9 Nov, the start): adherence 2/7, 4/7, and none closed yet in the week
of the 23rd -> bars 2, 4 of 0-7 and a dot;
mood 3.5, 6, 8 on 0-10 -> 2, 4, 6.

Check-in (mon wed fri 20:00): Mon 16, Wed 18, Fri 20 = 3 expected; Mon 23 is due and open
(0 of 1 so far); done Wed (07:40, the same day) = 1, skipped Fri = 1, missed Mon 16; rate 33%:
below 50% with 3 expected, so an easier task (its template takes 5 minutes), fewer times, another time of
day (done at 07:40, more than two hours from 20:00) and the reasons ("Worked late").

  $ cp -R "$FIXTURES/review" . && cd review
  $ export TZ=America/New_York
  $ hwk check
  $ hwk review
  Review of c-0042 (Alex), since the session of Mon 2026-11-16 10:00 to Mon 2026-11-23 21:00
  Goals: sleep through the night
  
  Mood check (walk): daily at 18:00
    Goal: Feel calmer in the evening
    Adherence: 3 of 7 expected done (adherence 57%): 3 done, 2 partial, 1 skipped, 1 missed; streak 3, longest 3
    Open: today, 1 of 1 so far
    Quality: clinician's rating 3/4 (3 ratings)
    Records: 50% complete; 4 of 6 recorded in the moment
    Weekly from Mon 2026-11-09:
      adherence  57%                    \xe2\x96\x83\xe2\x96\x85\xc2\xb7 (esc)
      Mood       mean 6.3, change +0.4  \xe2\x96\x83\xe2\x96\x85\xe2\x96\x87 (esc)
    Practice:
      Mon 2026-11-16 18:10  done (corrected)  Mood 6  [01M85MG2800000000000000017]
        Reflection: Felt lighter after ten minutes
        Feedback Mon 2026-11-23 09:02 (quality 2/4): Mood noted; add a line on what you noticed.
      Wed 2026-11-18 18:15  skipped (recorded later)  [01M85MG2800000000000000018]
        What got in the way: Worked late
      Thu 2026-11-19 18:00  partial (recorded later)  Mood 4  [01M85MG2800000000000000019]
        What got in the way: worked late.
        Reflection: Only round the block
      Fri 2026-11-20 18:00  partial  Mood 5  [01M85MG2800000000000000020]
        What got in the way: rain
      Sat 2026-11-21 17:50  done  Mood 7  [01M85MG2800000000000000021]
      Sun 2026-11-22 18:20  done  Mood 8  [01M85MG2800000000000000022]
        Reflection: Walked with a friend
        Feedback Mon 2026-11-23 09:00 (quality 4/4): Walking with a friend: keep that.
      Mon 2026-11-23 18:05  done (recorded later)  Mood 8  [01M85MG2800000000000000023]
    What got in the way:
      \xe2\x80\x9cWorked late\xe2\x80\x9d (skipped Wed 2026-11-18, partial Thu 2026-11-19) (esc)
      \xe2\x80\x9crain\xe2\x80\x9d (partial Fri 2026-11-20) (esc)
    Feedback on weeks:
      Week of Mon 2026-11-16
        Feedback Mon 2026-11-23 09:05 (quality 1/4): First thought: a hard week.
        Feedback Mon 2026-11-23 09:10 (quality 3/4): On second look, five of seven days. Plan an indoor option for rain.
    Suggestions:
      - Acknowledge the streak: the last 3 expected practices were all done.
  
  Mood check (checkin): mon wed fri at 20:00
    Adherence: 1 of 3 expected done (adherence 33%): 1 done, 0 partial, 1 skipped, 1 missed; streak 0, longest 1
    Open: today, 0 of 1 so far
    Records: 0% complete; 1 of 1 recorded in the moment
    Weekly from Mon 2026-11-09:
      adherence  33%     \xe2\x96\x81\xe2\x96\x83\xc2\xb7 (esc)
      Mood       mean 6  \xc2\xb7\xe2\x96\x85\xc2\xb7 (esc)
    Practice:
      Wed 2026-11-18 07:40  done  Mood 6  [01M85MG2800000000000000030]
      Fri 2026-11-20 20:30  skipped  [01M85MG2800000000000000031]
        What got in the way: Worked late
    What got in the way:
      \xe2\x80\x9cWorked late\xe2\x80\x9d (skipped Fri 2026-11-20) (esc)
    Suggestions:
      - Adherence was 33% (1 done of 3 expected). Make the task smaller or easier: a version of \xe2\x80\x9cMood check\xe2\x80\x9d the client is sure to manage, shorter than its usual 5 minutes. (esc)
      - Ask for fewer practices than \xe2\x80\x9cmon wed fri\xe2\x80\x9d for now, and add more once these happen. (esc)
      - Try another time of day: the plan says 20:00, and the practice that was done happened around 07:40.
      - Revisit the rationale and what got in the way. The client's reasons: \xe2\x80\x9cWorked late\xe2\x80\x9d. Agree on a backup plan for these obstacles. (esc)

The summary over the same period reports the same figures (see hwk-summary(1)):

  $ hwk summary --since last-session --format json | python3 -c '
  > import json, sys
  > for a in json.load(sys.stdin)["clients"][0]["assignments"]:
  >     print(a["assignment"], a["expected"], a["done"], a["partial"], a["skipped"], a["missed"], a["rate"], a["complete"],
  >           a["clinician_rating"], a["in_the_moment"], a["recalled"], a["fields"]["mood"]["mean"], a["fields"]["mood"]["change"])
  > '
  walk 7 3 2 1 1 0.571 0.5 {'mean': 3, 'count': 3} 4 2 6.33 0.4
  checkin 3 1 0 1 1 0.333 0 {'mean': None, 'count': 0} 1 0 6 None

With --since, the period is the one named (days in the client's zone); the week before the
session brings the walk to 14 closed days, 5 done and 2 partial: (5 + 1) / 14 = 42.9%, below 50%,
so the easier task is suggested, quoting the reasons; --low-adherence moves the threshold (at 40%,
only the check-in's 1 of 6 closed, 17%, is low).

  $ hwk review c-0042 --since 2026-11-09 | grep -e Adherence: -e '^    -'
    Adherence: 5 of 14 expected done (adherence 43%): 5 done, 2 partial, 1 skipped, 6 missed; streak 3, longest 3
      - Acknowledge the streak: the last 3 expected practices were all done.
      - Adherence was 43% (5 done and 2 partial of 14 expected). Make the task smaller or easier: a version of \xe2\x80\x9cMood check\xe2\x80\x9d the client is sure to manage, shorter than its usual 5 minutes. (esc)
      - Ask for fewer practices than \xe2\x80\x9cdaily\xe2\x80\x9d for now, and add more once these happen. (esc)
      - Try another time of day than 18:00, or tie the practice to something the client already does every day.
      - Revisit the rationale and what got in the way. The client's reasons: \xe2\x80\x9cWorked late\xe2\x80\x9d (2 times), \xe2\x80\x9crain\xe2\x80\x9d. The rationale agreed: \xe2\x80\x9cMoving lifts the mood\xe2\x80\x9d. The backup plan: \xe2\x80\x9cWalk at lunch when evenings are busy\xe2\x80\x9d. (esc)
    Adherence: 1 of 6 expected done (adherence 17%): 1 done, 0 partial, 1 skipped, 4 missed; streak 0, longest 1
      - Adherence was 17% (1 done of 6 expected). Make the task smaller or easier: a version of \xe2\x80\x9cMood check\xe2\x80\x9d the client is sure to manage, shorter than its usual 5 minutes. (esc)
      - Ask for fewer practices than \xe2\x80\x9cmon wed fri\xe2\x80\x9d for now, and add more once these happen. (esc)
      - Try another time of day: the plan says 20:00, and the practice that was done happened around 07:40.
      - Revisit the rationale and what got in the way. The client's reasons: \xe2\x80\x9cWorked late\xe2\x80\x9d. Agree on a backup plan for these obstacles. (esc)
  $ hwk review c-0042 --since 2026-11-09 --low-adherence 40 | grep -c 'Adherence was'
  1
