Without a terminal, hwk log does not prompt: a missing required field is an error naming it.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 breathing --set tension_after=2 < /dev/null 2>&1
  hwk: error: required field 'tension_before' is missing
    hint: give it with --set tension_before=VALUE
  hwk: error: required field 'time_practised' is missing
    hint: give it with --set time_practised=VALUE
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
