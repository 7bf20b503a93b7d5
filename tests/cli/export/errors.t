Errors from hwk export: a wrong client is invalid data (exit status 1), a wrong or missing
format is wrong usage (2); nothing is printed to standard output and nothing is written.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk export c-042 --format ics -o out.ics
  hwk: error: unknown client 'c-042'
    hint: did you mean 'c-0042'?
  [1]
  $ hwk export c-0042 --format xml -o out.xml
  hwk: error: --format: xml not in {ics,json,csv}
    hint: run 'hwk export --help' for usage
  [2]
  $ hwk export c-0042 -o out.ics
  hwk: error: --format is required
    hint: run 'hwk export --help' for usage
  [2]

With several clients, the client must be named.

  $ hwk export --format json
  hwk: error: name the client: this practice has 2 clients
    hint: run 'hwk client list' to see them
  [2]

A plan that is not valid is reported at its place, and no export is made.

  $ sed -i 's/schedule = "weekdays"/schedule = "weekdayz"/' clients/c-0042/plan.toml
  $ hwk export c-0042 --format ics -o out.ics
  clients/c-0042/plan.toml:29:13: error: unknown schedule word 'weekdayz'
    hint: did you mean 'weekdays'?
  [1]
  $ sed -i 's/schedule = "weekdayz"/schedule = "weekdays"/' clients/c-0042/plan.toml
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
