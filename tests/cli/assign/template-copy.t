hwk assign copies the exact template version into clients/ID/templates/ID.vN.yaml, private to
its owner, once; later assignments of the same version reuse it.

  $ umask 022
  $ cp -R "$FIXTURES/practice" . && cd practice
  $ ls clients/c-0043/templates
  $ hwk assign c-0043 thought-record
  assigned Thought record (thought-record) to c-0043: daily, from 2026-11-24
  $ ls clients/c-0043/templates
  thought-record.v1.yaml
  $ cmp clients/c-0043/templates/thought-record.v1.yaml "$TESTDIR/../../../templates/thought-record.yaml"
  $ stat -c %a clients/c-0043/templates/thought-record.v1.yaml clients/c-0043/plan.toml
  600
  600

The practice's own templates are copied the same way.

  $ hwk assign c-0043 mood-check --schedule weekdays
  assigned Mood check (mood-check) to c-0043: weekdays, from 2026-11-24
  $ cmp clients/c-0043/templates/mood-check.v1.yaml templates/mood-check.yaml

A second assignment of the same template and version reuses the copy.

  $ hwk assign c-0043 mood-check --id evening-mood --schedule daily --at 21:00
  assigned Mood check (evening-mood) to c-0043: daily at 21:00, from 2026-11-24
  $ ls clients/c-0043/templates
  mood-check.v1.yaml
  thought-record.v1.yaml

A new version of a template is copied beside the old one, which older records still need.

  $ sed -i -e 's/^version: 1/version: 2/' -e 's/^minutes: 5/minutes: 3/' templates/mood-check.yaml
  $ hwk assign c-0043 mood-check --id quick-mood
  assigned Mood check (quick-mood) to c-0043: daily, from 2026-11-24
  $ ls clients/c-0043/templates
  mood-check.v1.yaml
  mood-check.v2.yaml
  thought-record.v1.yaml
  $ tail -n 6 clients/c-0043/plan.toml
  [[assignments]]
  id = "quick-mood"
  template = "mood-check"
  template_version = 2
  schedule = "daily"
  start = 2026-11-24
