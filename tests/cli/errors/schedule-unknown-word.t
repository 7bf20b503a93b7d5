A plan with an unknown schedule word: hwk log stops, pointing at the word's column in the plan.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ sed -i 's/^schedule = "weekdays"/schedule = "weekdyas"/' clients/c-0042/plan.toml
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 breathing --set tension_before=5 --set time_practised=10m 2>&1
  clients/c-0042/plan.toml:29:13: error: unknown schedule word 'weekdyas'
    hint: did you mean 'weekdays'?
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
