In a client's own repository the client may be left out, and the built-in templates are
available; the client's id comes from its plan.

  $ cp -R "$FIXTURES/practice/clients/c-0042" alex && cd alex
  $ hwk assign paced-breathing --id morning-breathing --at 07:00
  assigned Paced breathing (morning-breathing) to c-0042: daily at 07:00, from 2026-11-23
  $ tail -n 7 plan.toml
  [[assignments]]
  id = "morning-breathing"
  template = "paced-breathing"
  template_version = 1
  schedule = "daily"
  times = ["07:00"]
  start = 2026-11-23
  $ hwk assign c-0042 thought-record
  assigned Thought record (thought-record) to c-0042: daily, from 2026-11-23
  $ ls templates
  mood-check.v1.yaml
  paced-breathing.v1.yaml
  thought-record.v1.yaml

Naming another client is an error, with a hint.

  $ hwk assign c-0043 thought-record 2>&1
  hwk: error: unknown client 'c-0043'
    hint: this repository holds client 'c-0042' only
  [1]

Inside a practice, from the client's directory, the client may be left out too.

  $ cd .. && cp -R "$FIXTURES/practice" . && cd practice/clients/c-0043
  $ hwk assign mood-check
  assigned Mood check (mood-check) to c-0043: daily, from 2026-11-24
