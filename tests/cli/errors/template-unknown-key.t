A template with a misspelt key: the missing key and the unknown one, each at its place.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ sed -i 's/^title:/titel:/' templates/mood-check.yaml
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk template lint templates/mood-check.yaml 2>&1
  templates/mood-check.yaml:2:1: error: the template has no 'title'
  templates/mood-check.yaml:4:1: error: unknown key 'titel' in the template
    hint: did you mean 'title'?
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
