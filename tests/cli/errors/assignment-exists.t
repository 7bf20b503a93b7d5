Assigning with an id the plan already has is refused; the plan is unchanged.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk assign c-0042 paced-breathing --id breathing 2>&1
  clients/c-0042/plan.toml: error: client 'c-0042' already has an assignment 'breathing'
    hint: give the new one its own id with --id, e.g. --id breathing-2
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
