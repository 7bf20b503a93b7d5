A practice logged without saying when it happened (no --at, no answer to "When did you
practise?") keeps the moment it was written down as its time, and says so: the review marks it
"time not given" and counts it neither as recorded in the moment nor as recalled, so the figure
of records made in the moment is not raised by a guess. The one whose time was given days later
counts as recalled.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ HWK_NOW=2026-11-23T20:30:00-05:00 hwk log c-0042 mood --set mood=7 --set energy=some --no-input
  recorded mood \(done\) for c-0042 at 2026-11-23T20:30:00-05:00 as [0-9A-HJKMNP-TV-Z]{26} (re)
  $ HWK_NOW=2026-11-23T20:40:00-05:00 hwk log c-0042 mood --set mood=5 --set energy=some --at '2026-11-20 09:00' --no-input
  recorded mood \(done\) for c-0042 at 2026-11-20T09:00:00-05:00 as [0-9A-HJKMNP-TV-Z]{26} (re)
  $ grep -c 'at_assumed = true' clients/c-0042/log/2026-11.testwrtr.toml
  1
  $ hwk review c-0042 | sed -n '/^Mood check/,/^  Suggestions/p' | grep -E 'Records|done \('
    Adherence: 1 of 4 expected done (adherence 25%): 1 done, 0 partial, 0 skipped, 3 missed; streak 2, longest 2
    Records: 0% complete; 0 of 1 recorded in the moment
      Fri 2026-11-20 09:00  done \(recorded later\)  Mood 5, Energy 3 \(some\)  \[[0-9A-HJKMNP-TV-Z]{26}\] (re)
      Mon 2026-11-23 20:30  done \(time not given\)  Mood 7, Energy 3 \(some\)  \[[0-9A-HJKMNP-TV-Z]{26}\] (re)
  $ hwk export c-0042 --format json | grep -o '"at_assumed":[a-z]*' | sort | uniq -c | sed 's/^ *//'
  1 "at_assumed":false
  1 "at_assumed":true
