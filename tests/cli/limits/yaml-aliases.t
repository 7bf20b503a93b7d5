YAML aliases are refused at their place, so no alias is ever expanded ("billion laughs"); an
anchor alone is harmless.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ cat > templates/laughs.yaml <<'YAML'
  > id: laughs
  > version: 1
  > title: &a Laughs
  > kind: exposure
  > summary: *a
  > instructions: &b [lol, lol, lol, lol, lol, lol, lol, lol, lol]
  > reflection: [*b, *b, *b, *b, *b, *b, *b, *b, *b]
  > YAML
  $ hwk template lint templates/laughs.yaml 2>&1
  templates/laughs.yaml:5:10: error: YAML aliases (*name) are not allowed in hwk's files
    hint: write the value out in full where it is used
  [1]
  $ hwk check 2>&1
  templates/laughs.yaml:5:10: error: YAML aliases (*name) are not allowed in hwk's files
    hint: write the value out in full where it is used
  [1]
