An unknown assignment, with a hint to the closest one or the list of them; nothing is written.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 breathng --set tension_before=5 2>&1
  clients/c-0042/plan.toml: error: unknown assignment 'breathng' for client 'c-0042'
    hint: did you mean 'breathing'?
  [1]
  $ hwk log c-0043 mood --set mood=5 2>&1
  clients/c-0043/plan.toml: error: unknown assignment 'mood' for client 'c-0043'
    hint: the plan has no assignments yet; add one with 'hwk assign'
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
