A practice is recorded after it happened: --at in the future is refused; nothing is written.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 mood --set mood=5 --at 2026-11-24T09:00 2>&1
  hwk: error: --at 2026-11-24T09:00 is in the future
    hint: give the time it happened, which cannot be later than now
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
