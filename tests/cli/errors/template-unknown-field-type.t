A field of an unknown type, with a hint.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ sed -i 's/^    type: likert/    type: likret/' templates/mood-check.yaml
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk template lint templates/mood-check.yaml 2>&1
  templates/mood-check.yaml:24:11: error: unknown field type 'likret'
    hint: did you mean 'likert'?
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
