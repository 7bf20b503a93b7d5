hwk template list shows the built-in library and the practice's own templates, marked by source,
as text or JSON, filtered by kind or modality.

Outside any practice, only the built-in library:

  $ hwk template list
  ID                             VERSION  KIND                    MINUTES  TITLE                             SOURCE
  assertive-communication        2        skills-practice         15       Assertive communication practice  built-in
  behavioural-activation         2        activity-scheduling     10       Activity scheduling               built-in
  behavioural-experiment         1        behavioural-experiment  20       Behavioural experiment            built-in
  boundary-setting               2        skills-practice         15       Boundary setting                  built-in
  cognitive-defusion             1        skills-practice         10       Cognitive defusion                built-in
  coping-card                    1        skills-practice         5        Coping card                       built-in
  dbt-diary-card                 2        self-monitoring         5        DBT diary card                    built-in
  erp-practice                   1        exposure                30       Exposure and response prevention  built-in
  exposure-step                  1        exposure                30       Exposure step                     built-in
  gad-7                          1        measure                 3        GAD-7 anxiety questionnaire       built-in
  gratitude-journal              1        skills-practice         10       Three good things                 built-in
  mindfulness-practice           1        skills-practice         15       Mindfulness practice              built-in
  paced-breathing                1        skills-practice         10       Paced breathing                   built-in
  phq-9                          1        measure                 5        PHQ-9 mood questionnaire          built-in
  pleasant-activities            2        activity-scheduling     10       Pleasant activities               built-in
  problem-solving                1        skills-practice         20       Problem solving                   built-in
  progressive-muscle-relaxation  1        skills-practice         20       Progressive muscle relaxation     built-in
  psychoeducation-reading        1        psychoeducation         20       Reading with check questions      built-in
  safety-plan                    1        safety-plan             30       My safety plan                    built-in
  self-compassion                1        skills-practice         5        Self-compassion break             built-in
  silver-linings                 1        skills-practice         10       Finding silver linings            built-in
  sleep-diary                    1        self-monitoring         5        Sleep diary                       built-in
  stress-diary                   1        self-monitoring         5        Stress diary                      built-in
  thought-record                 1        self-monitoring         15       Thought record                    built-in
  urge-surfing                   2        skills-practice         10       Urge surfing                      built-in
  values-action                  2        activity-scheduling     15       Values and committed action       built-in
  worry-postponement             2        skills-practice         20       Worry postponement                built-in

In a practice, its own templates join the list:

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ hwk template list
  ID                             VERSION  KIND                    MINUTES  TITLE                             SOURCE
  assertive-communication        2        skills-practice         15       Assertive communication practice  built-in
  behavioural-activation         2        activity-scheduling     10       Activity scheduling               built-in
  behavioural-experiment         1        behavioural-experiment  20       Behavioural experiment            built-in
  boundary-setting               2        skills-practice         15       Boundary setting                  built-in
  cognitive-defusion             1        skills-practice         10       Cognitive defusion                built-in
  coping-card                    1        skills-practice         5        Coping card                       built-in
  dbt-diary-card                 2        self-monitoring         5        DBT diary card                    built-in
  erp-practice                   1        exposure                30       Exposure and response prevention  built-in
  exposure-step                  1        exposure                30       Exposure step                     built-in
  gad-7                          1        measure                 3        GAD-7 anxiety questionnaire       built-in
  gratitude-journal              1        skills-practice         10       Three good things                 built-in
  mindfulness-practice           1        skills-practice         15       Mindfulness practice              built-in
  mood-check                     1        self-monitoring         5        Mood check                        practice
  paced-breathing                1        skills-practice         10       Paced breathing                   built-in
  phq-9                          1        measure                 5        PHQ-9 mood questionnaire          built-in
  pleasant-activities            2        activity-scheduling     10       Pleasant activities               built-in
  problem-solving                1        skills-practice         20       Problem solving                   built-in
  progressive-muscle-relaxation  1        skills-practice         20       Progressive muscle relaxation     built-in
  psychoeducation-reading        1        psychoeducation         20       Reading with check questions      built-in
  safety-plan                    1        safety-plan             30       My safety plan                    built-in
  self-compassion                1        skills-practice         5        Self-compassion break             built-in
  silver-linings                 1        skills-practice         10       Finding silver linings            built-in
  sleep-diary                    1        self-monitoring         5        Sleep diary                       built-in
  stress-diary                   1        self-monitoring         5        Stress diary                      built-in
  thought-record                 1        self-monitoring         15       Thought record                    built-in
  urge-surfing                   2        skills-practice         10       Urge surfing                      built-in
  values-action                  2        activity-scheduling     15       Values and committed action       built-in
  worry-postponement             2        skills-practice         20       Worry postponement                built-in
  $ hwk template list --kind self-monitoring
  ID              VERSION  KIND             MINUTES  TITLE           SOURCE
  dbt-diary-card  2        self-monitoring  5        DBT diary card  built-in
  mood-check      1        self-monitoring  5        Mood check      practice
  sleep-diary     1        self-monitoring  5        Sleep diary     built-in
  stress-diary    1        self-monitoring  5        Stress diary    built-in
  thought-record  1        self-monitoring  15       Thought record  built-in
  $ hwk template list --modality dbt
  ID                       VERSION  KIND             MINUTES  TITLE                             SOURCE
  assertive-communication  2        skills-practice  15       Assertive communication practice  built-in
  boundary-setting         2        skills-practice  15       Boundary setting                  built-in
  coping-card              1        skills-practice  5        Coping card                       built-in
  dbt-diary-card           2        self-monitoring  5        DBT diary card                    built-in
  mindfulness-practice     1        skills-practice  15       Mindfulness practice              built-in
  paced-breathing          1        skills-practice  10       Paced breathing                   built-in
  safety-plan              1        safety-plan      30       My safety plan                    built-in
  urge-surfing             2        skills-practice  10       Urge surfing                      built-in
  $ hwk template list --modality EMDR
  $ hwk template list --kind exposure --format json
  {"version":1,"templates":[{"id":"erp-practice","template_version":1,"title":"Exposure and response prevention","kind":"exposure","modalities":["CBT","ERP"],"minutes":30,"builtin":true},{"id":"exposure-step","template_version":1,"title":"Exposure step","kind":"exposure","modalities":["CBT"],"minutes":30,"builtin":true}]}
  $ hwk template list --modality DBT --format json
  {"version":1,"templates":[{"id":"assertive-communication","template_version":2,"title":"Assertive communication practice","kind":"skills-practice","modalities":["CBT","DBT"],"minutes":15,"builtin":true},{"id":"boundary-setting","template_version":2,"title":"Boundary setting","kind":"skills-practice","modalities":["CBT","DBT"],"minutes":15,"builtin":true},{"id":"coping-card","template_version":1,"title":"Coping card","kind":"skills-practice","modalities":["CBT","DBT"],"minutes":5,"builtin":true},{"id":"dbt-diary-card","template_version":2,"title":"DBT diary card","kind":"self-monitoring","modalities":["DBT"],"minutes":5,"builtin":true},{"id":"mindfulness-practice","template_version":1,"title":"Mindfulness practice","kind":"skills-practice","modalities":["MBCT","ACT","DBT"],"minutes":15,"builtin":true},{"id":"paced-breathing","template_version":1,"title":"Paced breathing","kind":"skills-practice","modalities":["CBT","DBT"],"minutes":10,"builtin":true},{"id":"safety-plan","template_version":1,"title":"My safety plan","kind":"safety-plan","modalities":["CBT","DBT"],"minutes":30,"builtin":true},{"id":"urge-surfing","template_version":2,"title":"Urge surfing","kind":"skills-practice","modalities":["MBRP","DBT","CBT"],"minutes":10,"builtin":true}]}

A practice template with a built-in's id overrides the built-in.

  $ sed -e 's/^title: .*/title: Slow breathing/' -e 's/^version: 1/version: 2/' "$TESTDIR/../../../templates/paced-breathing.yaml" > templates/paced-breathing.yaml
  $ hwk template list --modality DBT
  ID                       VERSION  KIND             MINUTES  TITLE                             SOURCE
  assertive-communication  2        skills-practice  15       Assertive communication practice  built-in
  boundary-setting         2        skills-practice  15       Boundary setting                  built-in
  coping-card              1        skills-practice  5        Coping card                       built-in
  dbt-diary-card           2        self-monitoring  5        DBT diary card                    built-in
  mindfulness-practice     1        skills-practice  15       Mindfulness practice              built-in
  paced-breathing          2        skills-practice  10       Slow breathing                    practice
  safety-plan              1        safety-plan      30       My safety plan                    built-in
  urge-surfing             2        skills-practice  10       Urge surfing                      built-in

An invalid template is skipped with a warning on stderr, and the others are listed.

  $ printf 'id: broken\n' > templates/broken.yaml
  $ hwk template list --kind self-monitoring 2>&1
  templates/broken.yaml: warning: not listed: the template has no 'version'
    hint: 'hwk template lint' on it tells every problem
  ID              VERSION  KIND             MINUTES  TITLE           SOURCE
  dbt-diary-card  2        self-monitoring  5        DBT diary card  built-in
  mood-check      1        self-monitoring  5        Mood check      practice
  sleep-diary     1        self-monitoring  5        Sleep diary     built-in
  stress-diary    1        self-monitoring  5        Stress diary    built-in
  thought-record  1        self-monitoring  15       Thought record  built-in

A template that cannot even be read (here a folder named like one) is a warning too, not the end
of the list:

  $ rm templates/broken.yaml && mkdir templates/folder.yaml
  $ hwk template list --kind safety-plan 2>&1
  templates/folder.yaml: warning: not listed: is a directory, not a file
    hint: 'hwk template lint' on it tells every problem
  ID           VERSION  KIND         MINUTES  TITLE           SOURCE
  safety-plan  1        safety-plan  30       My safety plan  built-in
  $ rmdir templates/folder.yaml

An unknown kind is wrong usage.

  $ hwk template list --kind homework > /dev/null 2>&1
  [2]
