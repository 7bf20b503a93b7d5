An assignment that would end before it starts is wrong usage; the plan is unchanged.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk assign c-0043 mood-check --start 2026-12-01 --end 2026-11-30 2>&1
  hwk: error: --end 2026-11-30 is before the start 2026-12-01
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
