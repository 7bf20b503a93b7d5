hwk template new makes a template in the practice's templates/ to adapt: a skeleton, or a copy of
another template with the new id and version 1; the result lints clean.

  $ umask 022
  $ cp -R "$FIXTURES/practice" . && cd practice
  $ hwk template new worry-time
  created templates/worry-time.yaml
  $ stat -c %a templates/worry-time.yaml
  600
  $ head -n 3 templates/worry-time.yaml
  # An activity template; see hwk-template(5) for every key.
  id: worry-time
  version: 1
  $ hwk template lint templates/worry-time.yaml
  $ hwk template show worry-time | head -n 1
  A short title  (worry-time, version 1)

--from copies a built-in, with only the id and version changed and a line saying where it came from:

  $ hwk template new my-breathing --from paced-breathing
  created templates/my-breathing.yaml
  $ diff -u "$TESTDIR/../../../templates/paced-breathing.yaml" templates/my-breathing.yaml | tail -n +3
  @@ -1,5 +1,6 @@
  +# Adapted from template 'paced-breathing'.
   # Paced, belly (diaphragmatic) breathing: slow the breath to calm the body, and record each practice.
  -id: paced-breathing
  +id: my-breathing
   version: 1
   title: Paced breathing
   kind: skills-practice
  $ hwk template lint templates/my-breathing.yaml
  $ hwk template list --modality DBT
  ID                       VERSION  KIND             MINUTES  TITLE                             SOURCE
  assertive-communication  2        skills-practice  15       Assertive communication practice  built-in
  boundary-setting         2        skills-practice  15       Boundary setting                  built-in
  coping-card              1        skills-practice  5        Coping card                       built-in
  dbt-diary-card           2        self-monitoring  5        DBT diary card                    built-in
  mindfulness-practice     1        skills-practice  15       Mindfulness practice              built-in
  my-breathing             1        skills-practice  10       Paced breathing                   practice
  paced-breathing          1        skills-practice  10       Paced breathing                   built-in
  safety-plan              1        safety-plan      30       My safety plan                    built-in
  urge-surfing             2        skills-practice  10       Urge surfing                      built-in

--from a practice template works as well:

  $ hwk template new mood-check-2 --from mood-check
  created templates/mood-check-2.yaml
  $ grep -n '^id\|^version' templates/mood-check-2.yaml
  3:id: mood-check-2
  4:version: 1

From a subdirectory, the path is shown from where you are:

  $ cd clients && hwk template new sleep-diary
  created ../templates/sleep-diary.yaml
