hwk log tells the follow-up a record calls for right away (Jordan's trigger: suds_after >= 70
suggests paced-breathing, which the plan assigns), notes the step the record was made on, and says
when the record completes the step's rule.

  $ cp -R "$FIXTURES/steps" p && cd p
  $ hwk advance c-0213 lift-ladder > /dev/null
  $ hwk log c-0213 lift-ladder --no-input --set step="One floor with Sam" --set suds_before=60 --set suds_peak=80 --set suds_after=70 | sed 's/ as [0-9A-Z]*$/ as ID/'
  recorded lift-ladder (done, step 3 of 6) for c-0213 at 2026-11-24T02:00:00+00:00 as ID
  
  You rated Fear after 70 or more.
    Fear that stays high after a step comes down on its own. Slow your breathing while it does.
    Try Paced breathing now. Record it with: hwk log c-0213 paced-breathing
  $ cat clients/c-0213/log/*.toml | grep -c 'step = "one-floor-with-friend"'
  2

Below the threshold nothing more is said.

  $ hwk --now 2026-11-24T03:00:00Z log c-0213 lift-ladder --no-input --set step="One floor with Sam" --set suds_before=50 --set suds_peak=40 --set suds_after=65 | sed 's/ as [0-9A-Z]*$/ as ID/'
  recorded lift-ladder (done, step 3 of 6) for c-0213 at 2026-11-24T03:00:00+00:00 as ID

A late record for the step before does not count for this one, and says nothing of steps.

  $ hwk --now 2026-11-24T04:00:00Z log c-0213 lift-ladder --no-input --at 2026-11-23T12:00 --set step="Doors open" --set suds_before=40 --set suds_peak=30 | sed 's/ as [0-9A-Z]*$/ as ID/'
  recorded lift-ladder (done, step 2 of 6) for c-0213 at 2026-11-23T12:00:00+00:00 as ID

The third practice at or under 40 on step 3 completes it.

  $ hwk --now 2026-11-24T05:00:00Z log c-0213 lift-ladder --no-input --set step="One floor with Sam" --set suds_before=40 --set suds_peak=30 | sed 's/ as [0-9A-Z]*$/ as ID/'
  recorded lift-ladder (done, step 3 of 6) for c-0213 at 2026-11-24T05:00:00+00:00 as ID
  $ hwk --now 2026-11-24T06:00:00Z log c-0213 lift-ladder --no-input --set step="One floor alone, Sam waiting" --set suds_before=40 --set suds_peak=35 | sed 's/ as [0-9A-Z]*$/ as ID/'
  recorded lift-ladder (done, step 3 of 6) for c-0213 at 2026-11-24T06:00:00+00:00 as ID
  
  That completes step 3 of 6: Ride one floor with a friend (3 done with suds_peak <= 40). You are ready for the next step: talk it over with your clinician.
  $ hwk --now 2026-11-24T07:00:00Z due c-0213 | grep ready
    ready    next step          Exposure step (step 3 of 6) met 3 done with suds_peak <= 40: ready for "Ride one floor alone" (hwk advance c-0213 lift-ladder)
