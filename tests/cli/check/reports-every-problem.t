hwk check reports every problem of templates, plans and logs, each at path:line:col, sorted by
place, and exits 1. The fixture "broken" has one problem of each kind.

  $ cp -R "$FIXTURES/broken" . && chmod -R go-rwx broken && cd broken
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk check
  clients/c-0042/log/2026-10.testwrtr.toml:3:1: error: record '01M85MG2800000000000000001' of 2026-11-02 is in the log file of another month
    hint: a record belongs in the file of its month in the client's time zone
  clients/c-0042/log/2026-11.testwrtr.toml:3:1: error: unknown assignment 'walking' in record '01M85MG2800000000000000002'
    hint: the plan of client 'c-0042' has no such assignment
  clients/c-0042/log/2026-11.testwrtr.toml:28:1: error: record '01M85MG2800000000000000003': tension_before: 11 is outside the scale 0 to 10
  clients/c-0042/log/2026-11.testwrtr.toml:31:1: error: record id '01M85MG2800000000000000001' is used by two different records
    hint: the other one is at log/2026-10.testwrtr.toml:3
  clients/c-0042/plan.toml:17:21: error: expected a day name (mon, tue, wed, thu, fri, sat, sun), found 'fry'
  clients/c-0042/plan.toml:24:1: error: unknown key 'gaol' in the assignment
    hint: did you mean 'goal'?
  templates/worry-time.yaml:2:1: error: the template has no 'title'
  templates/worry-time.yaml:4:1: error: unknown key 'titel' in the template
    hint: did you mean 'title'?
  templates/worry-time.yaml:8:11: error: unknown field type 'scael'
    hint: did you mean 'scale'?
  [1]

PATH limits the report to some files or directories; -q only sets the exit status.

  $ hwk check templates 2>&1
  templates/worry-time.yaml:2:1: error: the template has no 'title'
  templates/worry-time.yaml:4:1: error: unknown key 'titel' in the template
    hint: did you mean 'title'?
  templates/worry-time.yaml:8:11: error: unknown field type 'scael'
    hint: did you mean 'scale'?
  [1]
  $ hwk check clients/c-0042/plan.toml 2>&1
  clients/c-0042/plan.toml:17:21: error: expected a day name (mon, tue, wed, thu, fri, sat, sun), found 'fry'
  clients/c-0042/plan.toml:24:1: error: unknown key 'gaol' in the assignment
    hint: did you mean 'goal'?
  [1]
  $ hwk check -q
  [1]

From a subdirectory, places are shown from where you are.

  $ cd clients/c-0042
  $ hwk check plan.toml
  plan.toml:17:21: error: expected a day name (mon, tue, wed, thu, fri, sat, sun), found 'fry'
  plan.toml:24:1: error: unknown key 'gaol' in the assignment
    hint: did you mean 'goal'?
  [1]
  $ cd ../..

Nothing was changed.

  $ find . -type f | sort | xargs sha256sum | cmp - ../before
  $ hwk check nowhere 2>&1
  hwk: error: no such file or directory: 'nowhere'
  [2]
