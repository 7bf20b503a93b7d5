hwk today: what a client reads in their own repository. The review fixture's c-0042 (Alex, New
York) on Monday 23 November at 21:00 has two assignments of the same template, so each title gets
its id. "walk" (daily 18:00) was done today: nothing left today, 1 of 1 so far, and with Saturday's
and Sunday's, 3 in a row. "checkin" (Mon Wed Fri 20:00) is open since 20:00 and not written down:
0 of 1. Last week's missed practice (Mon 16th, Tue 17th) is not listed: only this week's is. The
clinician's latest note answers the week of the 16th. No adherence rates, suggestions or risk.

  $ cp -R "$FIXTURES/review" p && cd p
  $ hwk today c-0042
  Alex, here is your practice for Monday 23 November.
  
  Today
    Mood check (checkin)   20:00
  
  This week
    Mood check (walk)      1 of 1 so far this week, 3 in a row
    Mood check (checkin)   0 of 1 so far this week
  
  From your clinician, Monday 23 November (about your week of Monday 16 November)
    On second look, five of seven days. Plan an indoor option for rain.

The client left out, as in their own repository (here the practice's only client), and in the
language of the locale when the plan names none:

  $ LC_ALL=es_ES.UTF-8 hwk today | head -3
  Alex, esta es tu práctica para el lunes 23 de noviembre.
  
  Hoy

In the client's own repository:

  $ cp -R clients/c-0042 ../own && cd ../own
  $ hwk today | head -1
  Alex, here is your practice for Monday 23 November.
  $ cd ../p

An unknown client is an error, and nothing is written:

  $ hwk today c-0099
  hwk: error: unknown client 'c-0099'
  .* (re)
  [1]
