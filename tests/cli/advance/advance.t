hwk advance: the next step, --to, --back, each appended as a 'step' record; the rule not yet met
is said but does not stop the clinician. Jordan's ladder: step 2 of 6, its rule met on 2026-11-21.

  $ cp -R "$FIXTURES/steps" p && cd p
  $ hwk due c-0213
  c-0213 (Jordan)
    overdue  by Sun 2026-11-22              Exposure step (step 2 of 6): 1 more
    due      this week (by Sun 2026-11-29)  Exposure step (step 2 of 6): 4 more
    ready    next step                      Exposure step (step 2 of 6) met 3 done with suds_peak <= 40: ready for "Ride one floor with a friend" (hwk advance c-0213 lift-ladder)

  $ hwk advance c-0213 lift-ladder --note "Met the rule; Jordan feels ready" | sed 's/ as [0-9A-Z]*$/ as ID/'
  lift-ladder: step 2 of 6: Stand in a lift with the doors held open for 5 minutes
    now step 3 of 6: Ride one floor with a friend
  recorded for c-0213 at 2026-11-24T02:00:00+00:00 as ID
  $ tail -n 8 $(ls clients/c-0213/log/2026-11.*.toml | grep -v 262c6qc1) | grep -v '^id = '
  [[records]]
  kind = "step"
  at = 2026-11-24T02:00:00+00:00
  recorded = 2026-11-24T02:00:00+00:00
  assignment = "lift-ladder"
  step = "one-floor-with-friend"
  note = "Met the rule; Jordan feels ready"

The new step has no practice yet, so nothing is ready; due shows step 3.

  $ hwk due c-0213 | grep -c ready
  0
  [1]
  $ hwk due c-0213 | head -2
  c-0213 (Jordan)
    overdue  by Sun 2026-11-22              Exposure step (step 3 of 6): 1 more

Moving on again before the rule is met is allowed, and said.

  $ hwk --now 2026-11-24T09:00:00Z advance c-0213 lift-ladder | sed 's/ as [0-9A-Z]*$/ as ID/'
  lift-ladder: step 3 of 6: Ride one floor with a friend
    now step 4 of 6: Ride one floor alone
    (its rule "3 done with suds_peak <= 40" was not met yet: 0 of 3)
  recorded for c-0213 at 2026-11-24T09:00:00+00:00 as ID

--back, and --to by id or by number.

  $ hwk --now 2026-11-24T10:00:00Z advance c-0213 lift-ladder --back | head -2
  lift-ladder: step 4 of 6: Ride one floor alone
    now step 3 of 6: Ride one floor with a friend
  $ hwk --now 2026-11-24T11:00:00Z advance c-0213 lift-ladder --to ninth-floor-busy | head -2
  lift-ladder: step 3 of 6: Ride one floor with a friend
    now step 6 of 6: Ride to the 9th floor at work at a busy time
  $ hwk --now 2026-11-24T12:00:00Z advance c-0213 lift-ladder --to 1 | head -2
  lift-ladder: step 6 of 6: Ride to the 9th floor at work at a busy time
    now step 1 of 6: Watch videos of lifts going up and down
  $ hwk check && echo clean
  clean
