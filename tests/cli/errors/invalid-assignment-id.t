An --id that is not an id is wrong usage, and the plan is unchanged.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk assign c-0043 mood-check --id 'Evening Mood' 2>&1
  hwk: error: invalid assignment id 'Evening Mood': it must start with a lowercase letter or digit
  [2]
  $ hwk assign c-0043 mood-check --id 'evening mood' 2>&1
  hwk: error: invalid assignment id 'evening mood': it may contain only lowercase letters, digits, '-' and '_'
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
