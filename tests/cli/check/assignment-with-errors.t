A record of an assignment whose plan entry has a mistake is not also reported as a record of an
unknown assignment: the plan's one mistake is reported once, at its place.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ hwk log c-0042 mood --set mood=5 > /dev/null
  $ sed -i 's/^schedule = "weekdays"/schedule = "weekdyas"/' clients/c-0042/plan.toml
  $ hwk check 2>&1
  clients/c-0042/plan.toml:29:13: error: unknown schedule word 'weekdyas'
    hint: did you mean 'weekdays'?
  [1]
