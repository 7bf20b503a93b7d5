A --start or --end that is not a real date is wrong usage; the plan is unchanged.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk assign c-0043 mood-check --start 2026-02-30 2>&1
  hwk: error: invalid date '2026-02-30'
    hint: write YYYY-MM-DD, e.g. 2026-11-23
  [2]
  $ hwk assign c-0043 mood-check --end 'next week' 2>&1
  hwk: error: invalid date 'next week'
    hint: write YYYY-MM-DD, e.g. 2026-11-23
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
