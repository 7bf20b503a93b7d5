A skipped record needs a reason; nothing is written.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 mood --status skipped < /dev/null 2>&1
  hwk: error: a skipped record needs a reason
    hint: give one with --reason TEXT
  [1]
  $ hwk log c-0042 mood --status skipped --reason '   ' < /dev/null 2>&1
  hwk: error: a skipped record needs a reason
    hint: give one with --reason TEXT
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
