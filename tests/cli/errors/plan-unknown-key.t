A plan with an unknown key in an assignment: an error at the key, with a hint; nothing is written.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ sed -i 's/^# no end: open on purpose/gaol = "sleep"/' clients/c-0042/plan.toml
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 mood --set mood=5 2>&1
  clients/c-0042/plan.toml:31:1: error: unknown key 'gaol' in the assignment
    hint: did you mean 'goal'?
  [1]
  $ hwk check clients/c-0042 2>&1
  clients/c-0042/plan.toml:31:1: error: unknown key 'gaol' in the assignment
    hint: did you mean 'goal'?
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
