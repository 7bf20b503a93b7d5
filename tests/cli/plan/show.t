hwk plan show: the plan as a person reads it. Jordan is on step 2 of 6 since the step record of
2026-11-09; its rule "3 done with suds_peak <= 40" is met by the practices of 11-15 (40), 11-18
(35) and 11-21 (40); the 11-13 practice (55) and the partial of 11-19 do not count.

  $ cp -R "$FIXTURES/steps" p && cd p
  $ hwk plan show c-0213
  c-0213 (Jordan), Europe/London
  Last session: 2026-11-16T10:00
  Next session: 2026-11-30T10:00
  
  Goals
    - Get to work by lift instead of nine flights of stairs
    - Feel able to visit friends in tall buildings
  
  lift-ladder: Exposure step
    When: 4 per week, from 2026-11-02
    Why: Each step you stay with teaches you that the lift is safer than your fear says
    Goal: Take the lift to the 9th-floor office by January
    Steps (on 2 of 6 since 2026-11-09):
      1  done  Watch videos of lifts going up and down                 expected fear at peak 20
      2  now   Stand in a lift with the doors held open for 5 minutes  expected fear at peak 35
      3        Ride one floor with a friend                            expected fear at peak 50
      4        Ride one floor alone                                    expected fear at peak 60
      5        Ride five floors alone                                  expected fear at peak 75
      6        Ride to the 9th floor at work at a busy time            expected fear at peak 90
    Next step when: 3 done with suds_peak <= 40 (3 of 3 so far); met: ready for step 3
    When suds_after >= 70: try Paced breathing (paced-breathing); Fear that stays high after a step comes down on its own. Slow your breathing while it does.
    If it gets in the way: If the lift is out of order or too busy, do the step before instead
  
  paced-breathing: Paced breathing
    When: as needed, from 2026-11-02
    Why: A slow out-breath brings fear down after a hard step

A step advanced to is shown with its date; a rule not met shows how far it has come.

  $ hwk --now 2026-11-24T09:00:00Z advance c-0213 lift-ladder > /dev/null
  $ hwk --now 2026-11-24T09:00:00Z plan show c-0213 | grep -A9 'Steps'
    Steps (on 3 of 6 since 2026-11-24):
      1  done  Watch videos of lifts going up and down                 expected fear at peak 20
      2  done  Stand in a lift with the doors held open for 5 minutes  expected fear at peak 35
      3  now   Ride one floor with a friend                            expected fear at peak 50
      4        Ride one floor alone                                    expected fear at peak 60
      5        Ride five floors alone                                  expected fear at peak 75
      6        Ride to the 9th floor at work at a busy time            expected fear at peak 90
    Next step when: 3 done with suds_peak <= 40 (0 of 3 so far)
    When suds_after >= 70: try Paced breathing (paced-breathing); Fear that stays high after a step comes down on its own. Slow your breathing while it does.
    If it gets in the way: If the lift is out of order or too busy, do the step before instead

Text from the plan is made safe for the terminal.

  $ sed -i 's/^goals = \[.*/goals = ["\\u001b[31mred"]/' clients/c-0213/plan.toml
  $ hwk plan show c-0213 | grep -A1 Goals
  Goals
    - \x1b[31mred

Wrong usage.

  $ hwk plan
  hwk: error: 'hwk plan' needs a command: show
    hint: run 'hwk plan --help' for usage
  [2]
  $ hwk plan show nobody
  hwk: error: unknown client 'nobody'
    hint: add it with 'hwk client add nobody'
  [1]
