A --catch-up that is not a positive duration is a usage error (exit 2) and writes nothing, not even
the ledger's directory.

  $ cp -R "$FIXTURES/due" . && cd due
  $ find . | sort > ../before
  $ hwk remind --catch-up soon --now 2026-11-23T08:05:00-05:00
  hwk: error: invalid --catch-up 'soon'
    hint: write a duration such as 30m, 2h or 1d
  [2]
  $ hwk remind --catch-up 0m --now 2026-11-23T08:05:00-05:00
  hwk: error: invalid --catch-up '0m'
    hint: write a duration such as 30m, 2h or 1d
  [2]
  $ hwk remind --catch-up -2h --now 2026-11-23T08:05:00-05:00
  hwk: error: invalid --catch-up '-2h'
    hint: write a duration such as 30m, 2h or 1d
  [2]
  $ find . | sort | diff ../before -
