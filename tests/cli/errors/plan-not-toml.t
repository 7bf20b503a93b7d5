A plan that is not TOML: commands stop at the place, line:col, and write nothing.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ sed -i 's/^  "feel calmer at work",/  "feel calmer" "at work",/' clients/c-0042/plan.toml
  $ sed -n 7p clients/c-0042/plan.toml
    "feel calmer" "at work",
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 mood --set mood=5 2>&1
  clients/c-0042/plan.toml:7:17: error: invalid TOML: error while parsing array: expected comma or closing ']', saw '"'
  [1]
  $ hwk assign c-0042 thought-record 2>&1
  clients/c-0042/plan.toml:7:17: error: invalid TOML: error while parsing array: expected comma or closing ']', saw '"'
  clients/c-0042/plan.toml: note: fix the plan first (hwk edit c-0042); nothing was changed
  [1]
  $ hwk check 2>&1
  clients/c-0042/plan.toml:7:17: error: invalid TOML: error while parsing array: expected comma or closing ']', saw '"'
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
