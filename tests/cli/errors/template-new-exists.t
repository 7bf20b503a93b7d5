hwk template new refuses to overwrite a template.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk template new mood-check --from paced-breathing 2>&1
  templates/mood-check.yaml: error: template 'mood-check' already exists; not overwriting it
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
