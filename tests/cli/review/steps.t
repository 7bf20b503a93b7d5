hwk review of a graded assignment (Jordan's lift ladder, tests/fixtures/steps): the current step
and its rule's progress, each trigger with how often it fired in the period, and the suggestion to
move on when the rule is met. A record that sets the trigger off (suds_after 75 >= 70) is made first.
The week of the 23rd is still open, so its one practice so far is no sign of low adherence, and no
step back is offered beside the step forward.

  $ cp -R "$FIXTURES/steps" p && cd p
  $ hwk --now 2026-11-23T20:00:00Z log c-0213 lift-ladder --no-input --at 2026-11-23T08:00 --set step="Doors open" --set suds_before=40 --set suds_peak=60 --set suds_after=75 > /dev/null
  $ hwk review c-0213 | grep -E '^  (Step|Follow-up):'
    Step: 2 of 6, \xe2\x80\x9cStand in a lift with the doors held open for 5 minutes\xe2\x80\x9d, since Mon 2026-11-09; next when 3 done with suds_peak <= 40: 3 of 3, met (esc)
    Follow-up: suds_after >= 70 (try paced-breathing; Fear that stays high after a step comes down on its own. Slow your breathing while it does.): fired 1 time
  $ hwk review c-0213 | grep -A1 'Step 2 met'
      - Step 2 met its rule (3 done with suds_peak <= 40): consider moving on to step 3, \xe2\x80\x9cRide one floor with a friend\xe2\x80\x9d (hwk advance c-0213 lift-ladder). (esc)
      - \xe2\x80\x9csuds_after >= 70\xe2\x80\x9d set off its follow-up 1 time: ask how the client coped, and whether the follow-up helped. (esc)
  $ hwk review c-0213 --format md | grep -E '^- (Step|Follow-up):'
  - Step: 2 of 6, \xe2\x80\x9cStand in a lift with the doors held open for 5 minutes\xe2\x80\x9d, since Mon 2026-11-09; next when 3 done with suds\\_peak \\<= 40: 3 of 3, met (esc)
  - Follow-up: suds\_after >= 70 (try paced-breathing; Fear that stays high after a step comes down on its own. Slow your breathing while it does.): fired 1 time
  $ hwk review c-0213 --format html | grep -E '<dt>(Step|Follow-up)</dt>'
  <dt>Step</dt><dd>2 of 6, \xe2\x80\x9cStand in a lift with the doors held open for 5 minutes\xe2\x80\x9d, since Mon 2026-11-09; next when 3 done with suds_peak &lt;= 40: 3 of 3, met</dd> (esc)
  <dt>Follow-up</dt><dd>suds_after &gt;= 70 (try paced-breathing; Fear that stays high after a step comes down on its own. Slow your breathing while it does.): fired 1 time</dd>
