hwk advance refuses what cannot be: no steps, no such step, past either end, the same step, both
--to and --back. Nothing is written when it refuses.

  $ cp -R "$FIXTURES/steps" p && cd p
  $ cat clients/c-0213/log/*.toml | md5sum > before
  $ hwk advance c-0213 paced-breathing
  clients/c-0213/plan.toml:61:1: error: assignment 'paced-breathing' has no graded steps
    hint: list them in the plan with [[assignments.steps]] (see hwk-plan(5))
  [1]
  $ hwk advance c-0213 lift-ladder --to ten-floors
  hwk: error: assignment 'lift-ladder' has no step 'ten-floors'
    hint: the steps of 'lift-ladder' are: videos, doors-open, one-floor-with-friend, one-floor-alone, five-floors, ninth-floor-busy
  [2]
  $ hwk advance c-0213 lift-ladder --to 7
  hwk: error: assignment 'lift-ladder' has no step '7'
    hint: the steps of 'lift-ladder' are: videos, doors-open, one-floor-with-friend, one-floor-alone, five-floors, ninth-floor-busy
  [2]
  $ hwk advance c-0213 lift-ladder --to doors-open
  hwk: error: 'lift-ladder' is already on step 2 of 6: Stand in a lift with the doors held open for 5 minutes
  [1]
  $ hwk advance c-0213 lift-ladder --to 2 --back 2>&1 | head -1
  hwk: error: --to excludes --back
  $ hwk advance c-0213 lift-ladder --back --at 2026-11-05T12:00
  hwk: error: 'lift-ladder' is on its first step; there is no step before it
  [1]
  $ hwk advance c-0213 lift-ledder
  clients/c-0213/plan.toml: error: unknown assignment 'lift-ledder' for client 'c-0213'
    hint: did you mean 'lift-ladder'?
  [1]
  $ cat clients/c-0213/log/*.toml | md5sum | diff - before && echo unchanged
  unchanged

At the last step there is no next one.

  $ hwk advance c-0213 lift-ladder --to five-floors --at 2026-11-22T10:00 > /dev/null
  $ hwk advance c-0213 lift-ladder --at 2026-11-23T10:00 > /dev/null
  $ hwk advance c-0213 lift-ladder
  hwk: error: 'lift-ladder' is on its last step (step 6 of 6: Ride to the 9th floor at work at a busy time)
    hint: use --to STEP or --back to move to another step
  [1]
