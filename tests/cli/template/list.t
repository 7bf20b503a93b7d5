hwk template list shows the built-in library and the practice's own templates, marked by source,
as text or JSON, filtered by kind or modality.

Outside any practice, only the built-in library:

  $ hwk template list
  ID                      VERSION  KIND                 MINUTES  TITLE                SOURCE
  behavioural-activation  1        activity-scheduling  10       Activity scheduling  built-in
  paced-breathing         1        skills-practice      10       Paced breathing      built-in
  thought-record          1        self-monitoring      15       Thought record       built-in

In a practice, its own templates join the list:

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ hwk template list
  ID                      VERSION  KIND                 MINUTES  TITLE                SOURCE
  behavioural-activation  1        activity-scheduling  10       Activity scheduling  built-in
  mood-check              1        self-monitoring      5        Mood check           practice
  paced-breathing         1        skills-practice      10       Paced breathing      built-in
  thought-record          1        self-monitoring      15       Thought record       built-in
  $ hwk template list --kind self-monitoring
  ID              VERSION  KIND             MINUTES  TITLE           SOURCE
  mood-check      1        self-monitoring  5        Mood check      practice
  thought-record  1        self-monitoring  15       Thought record  built-in
  $ hwk template list --modality dbt
  ID               VERSION  KIND             MINUTES  TITLE            SOURCE
  paced-breathing  1        skills-practice  10       Paced breathing  built-in
  $ hwk template list --modality EMDR
  $ hwk template list --kind exposure --format json
  {"version":1,"templates":[]}
  $ hwk template list --modality DBT --format json
  {"version":1,"templates":[{"id":"paced-breathing","template_version":1,"title":"Paced breathing","kind":"skills-practice","modalities":["CBT","DBT"],"minutes":10,"builtin":true}]}

A practice template with a built-in's id overrides the built-in.

  $ sed -e 's/^title: .*/title: Slow breathing/' -e 's/^version: 1/version: 2/' "$TESTDIR/../../../templates/paced-breathing.yaml" > templates/paced-breathing.yaml
  $ hwk template list --modality DBT
  ID               VERSION  KIND             MINUTES  TITLE           SOURCE
  paced-breathing  2        skills-practice  10       Slow breathing  practice

An invalid template is skipped with a warning on stderr, and the others are listed.

  $ printf 'id: broken\n' > templates/broken.yaml
  $ hwk template list --kind self-monitoring 2>&1
  templates/broken.yaml: warning: template is not valid; run 'hwk template lint' on it
  ID              VERSION  KIND             MINUTES  TITLE           SOURCE
  mood-check      1        self-monitoring  5        Mood check      practice
  thought-record  1        self-monitoring  15       Thought record  built-in

An unknown kind is wrong usage.

  $ hwk template list --kind homework > /dev/null 2>&1
  [2]
