hwk template lint validates template files: errors (exit 1) and warnings (exit 0) name the place.

  $ cp -R "$FIXTURES/practice" . && cd practice

With no FILE, the practice's templates/ is linted; the fixture's one template is clean.

  $ hwk template lint

Outside a practice, the built-in library is linted, and it is clean.

  $ cd .. && hwk template lint && cd practice

A template that is valid but lacks what a client needs gets warnings, and exit status 0.

  $ cat > templates/bare.yaml <<'YAML'
  > id: bare
  > version: 1
  > title: Bare
  > kind: exposure
  > fields:
  >   - id: fear
  >     type: scale
  >     min: 0
  >     max: 10
  > YAML
  $ hwk template lint templates/bare.yaml 2>&1
  templates/bare.yaml:1:1: warning: template 'bare' has no rationale
    hint: say in a few plain sentences why this helps
  templates/bare.yaml:1:1: warning: template 'bare' has no success criterion
    hint: say what counts as done, e.g. "4 records this week"
  templates/bare.yaml:1:1: warning: template 'bare' has no instructions
  templates/bare.yaml:1:1: warning: template 'bare' has no reflection prompts
  templates/bare.yaml:6:5: warning: field 'fear' has no prompt
    hint: write the question the client is asked
  templates/bare.yaml:6:5: warning: scale 'fear' has no anchor labels at both ends
    hint: add anchors, e.g. {0: none at all, 10: the most I can imagine}

A template in a file not named after its id is an error in the practice's templates/.

  $ cp templates/mood-check.yaml templates/mood.yaml
  $ hwk template lint templates/mood.yaml 2>&1
  templates/mood.yaml:1:1: error: template 'mood-check' is in a file named 'mood.yaml'
    hint: name the file mood-check.yaml
  [1]

A client's copy (ID.vN.yaml) is linted too, and its name is fine.

  $ hwk template lint clients/c-0042/templates/mood-check.v1.yaml clients/c-0042/templates/paced-breathing.v1.yaml

Several files: every problem is reported, then exit 1.

  $ printf 'id: x\nversion: 0\n' > templates/x.yaml
  $ hwk template lint templates/x.yaml templates/mood.yaml 2>&1
  templates/x.yaml:2:10: error: 'version' must be a whole number from 1 to 100000
  templates/x.yaml:1:1: error: the template has no 'title'
  templates/x.yaml:1:1: error: the template has no 'kind'
  templates/mood.yaml:1:1: error: template 'mood-check' is in a file named 'mood.yaml'
    hint: name the file mood-check.yaml
  [1]

A file that does not exist:

  $ hwk template lint templates/nope.yaml 2>&1
  templates/nope.yaml: error: cannot read: no such file or directory
  [1]
