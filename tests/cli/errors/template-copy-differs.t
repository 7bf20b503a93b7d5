A template changed without raising its version differs from the copy a client already uses:
assign refuses, so older records keep their meaning; nothing is written.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ sed -i 's/^minutes: 5/minutes: 3/' templates/mood-check.yaml
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk assign c-0042 mood-check --id evening-mood 2>&1
  templates/mood-check.yaml: error: template 'mood-check' version 1 differs from the copy client 'c-0042' already uses
    hint: raise 'version' in the template when you change it, so older records keep their meaning
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
