A session is recorded after it took place: --at in the future is refused, as it is for hwk log,
and nothing is written.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ hwk session c-0042 --at 2026-11-30T10:00 2>&1
  hwk: error: --at 2026-11-30T10:00 is in the future
    hint: .* (re)
  [2]
  $ ls clients/c-0042/log
