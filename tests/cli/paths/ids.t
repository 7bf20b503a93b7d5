No id names a path: a client, assignment or template id, or a template reference in a plan, that
tries to climb out of the practice is refused before any file is opened. Fault injected: "../"
in every id hwk reads from the command line or a plan.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ hwk client add ../../x
  hwk: error: invalid client id '../../x': it must start with a lowercase letter or digit
    hint: use e.g. c-0042
  [2]
  $ hwk assign c-0042 ../../x
  hwk: error: invalid template id '../../x': it must start with a lowercase letter or digit
  [2]
  $ hwk assign c-0042 mood-check --id ../x
  hwk: error: invalid assignment id '../x': it must start with a lowercase letter or digit
  [2]
  $ hwk log c-0042 ../x --set mood=4
  hwk: error: invalid assignment id '../x': it must start with a lowercase letter or digit
  [2]
  $ hwk log ../c-0042 mood
  hwk: error: invalid client id '../c-0042': it must start with a lowercase letter or digit
  [2]
  $ hwk template show ../../etc/passwd
  hwk: error: invalid template id '../../etc/passwd': it must start with a lowercase letter or digit
  [2]
  $ cat >> clients/c-0043/plan.toml <<'TOML'
  > [[assignments]]
  > id = "sneaky"
  > template = "../../../etc/passwd"
  > schedule = "daily"
  > TOML
  $ hwk check clients/c-0043 2>&1
  clients/c-0043/plan.toml:9:12: error: invalid template id '../../../etc/passwd': it must start with a lowercase letter or digit
  [1]
  $ ls ..
  practice
