A template that is not YAML: an error at line:col; a practice template in this state is not used.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ printf 'id: bad\nversion: 1\ntitle: Bad\n  kind: exposure\n' > templates/bad.yaml
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk template lint templates/bad.yaml 2>&1
  templates/bad.yaml:4:7: error: invalid YAML: illegal map value
  [1]
  $ hwk check 2>&1
  templates/bad.yaml:4:7: error: invalid YAML: illegal map value
  [1]
  $ hwk assign c-0043 bad 2>&1
  templates/bad.yaml:4:7: error: invalid YAML: illegal map value
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
