An --at of hwk assign that is not HH:MM is wrong usage; the plan is unchanged.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk assign c-0043 mood-check --at 8am 2>&1
  hwk: error: invalid --at '8am': not a time of day
    hint: write HH:MM, e.g. 08:00 or 20:30
  [2]
  $ hwk assign c-0043 mood-check --at 24:00 2>&1
  hwk: error: invalid --at '24:00': not a time of day
    hint: write HH:MM, e.g. 08:00 or 20:30
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
