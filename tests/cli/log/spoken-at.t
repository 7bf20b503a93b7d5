--at takes a time as people say it, in the client's zone (c-0042: America/New_York). The clock is
Monday 2026-11-23 21:00; each time is worked out by hand. A day without a time, and a time later
than now, are refused; nothing is written then.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ hwk log c-0042 mood --set mood=5 --at 'yesterday 8am' | cut -d' ' -f1-7
  recorded mood (done) for c-0042 at 2026-11-22T08:00:00-05:00
  $ hwk log c-0042 mood --set mood=6 --at 'friday at 9:30pm' | cut -d' ' -f1-7
  recorded mood (done) for c-0042 at 2026-11-20T21:30:00-05:00
  $ hwk log c-0042 mood --set mood=4 --at 'ayer 20h' | cut -d' ' -f1-7
  recorded mood (done) for c-0042 at 2026-11-22T20:00:00-05:00
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 mood --set mood=5 --at yesterday
  hwk: error: invalid --at 'yesterday': expected a time like 2026-11-23T20:15, 2026-11-23T20:15:00-05:00 or 20:15
    hint: or say it like 'yesterday 8am' or 'tuesday 20:00'
  [2]
  $ hwk log c-0042 mood --set mood=5 --at '11pm'
  hwk: error: --at 11pm is in the future
    hint: give the time it happened, which cannot be later than now
  [2]
  $ find . -type f | sort | xargs sha256sum | diff ../before -
