A template changed without raising its version differs from the copy a client already uses:
assign keeps the client's copy (its records were made with it), says so, and adds the assignment.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ cp clients/c-0042/templates/mood-check.v1.yaml ../copy-before
  $ sed -i 's/^minutes: 5/minutes: 3/' templates/mood-check.yaml
  $ hwk assign c-0042 mood-check --id evening-mood 2>&1
  templates/mood-check.yaml: warning: template 'mood-check' version 1 differs from the copy client 'c-0042' already uses; keeping that copy
    hint: raise 'version' in the template when you change what it asks, so records keep their meaning
  assigned Mood check (evening-mood) to c-0042: daily, from 2026-11-23
  $ cmp clients/c-0042/templates/mood-check.v1.yaml ../copy-before
  $ tail -6 clients/c-0042/plan.toml
  [[assignments]]
  id = "evening-mood"
  template = "mood-check"
  template_version = 1
  schedule = "daily"
  start = 2026-11-23
