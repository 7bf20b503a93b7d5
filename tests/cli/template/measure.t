Measures (hwk-template(5), MEASURES): hwk ships PHQ-9 and GAD-7 without the publisher's wording;
show says so, assign refuses them until the practice adds the wording with template new --wording,
and then they are assigned, logged and flagged like any template.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ cp clients/c-0043/plan.toml plan.before
  $ hwk template show phq-9
  PHQ-9 mood questionnaire  (phq-9, version 1, built-in)
  measure \xc2\xb7 about 5 minutes (esc)
  
  Nine short questions about your mood over the last two weeks.
  
  Why it helps
    Your answers give a score that shows how much low mood is getting in your way. Doing it again every week or two shows whether things are getting better. You and your therapist can then see if the plan is working, and change it if it is not.
  
  Steps
    1. Think about the last two weeks.
    2. For each question, pick how often it has bothered you.
    3. There are no right or wrong answers.
  
  What you record
    interest  (item1, scale)
      0 to 3, 0 = not on any day, 1 = on some days, 2 = on most days, 3 = almost every day
    low mood  (item2, scale)
      0 to 3, 0 = not on any day, 1 = on some days, 2 = on most days, 3 = almost every day
    sleep  (item3, scale)
      0 to 3, 0 = not on any day, 1 = on some days, 2 = on most days, 3 = almost every day
    energy  (item4, scale)
      0 to 3, 0 = not on any day, 1 = on some days, 2 = on most days, 3 = almost every day
    appetite  (item5, scale)
      0 to 3, 0 = not on any day, 1 = on some days, 2 = on most days, 3 = almost every day
    self-view  (item6, scale)
      0 to 3, 0 = not on any day, 1 = on some days, 2 = on most days, 3 = almost every day
    concentration  (item7, scale)
      0 to 3, 0 = not on any day, 1 = on some days, 2 = on most days, 3 = almost every day
    moving/speed  (item8, scale)
      0 to 3, 0 = not on any day, 1 = on some days, 2 = on most days, 3 = almost every day
    self-harm thoughts  (item9, scale)
      0 to 3, 0 = not on any day, 1 = on some days, 2 = on most days, 3 = almost every day
  
  Needs attention when
    - self-harm thoughts: more than 0
  
  Scoring
    total 0 to 27: 0 minimal, 5 mild, 10 moderate, 15 moderately severe, 20 severe
    a change of 6 points or more is reliable; 10 or more is in the clinical range
    up to 2 unanswered items: the total is prorated
    LOINC 44249-1, total 44261-6
  
  Wording
    missing, so it cannot be assigned yet: get the publisher's wording from https://www.phqscreeners.com (Pfizer; free to reproduce, translate, display or distribute), write it in a wording file and run 'hwk template new phq-9 --wording FILE'

Without the wording, a measure cannot be assigned, and nothing is written:

  $ hwk assign c-0043 phq-9
  hwk: error: measure 'phq-9' has no wording yet: the practice must add the publisher's wording before assigning it
    hint: get the publisher's wording from https://www.phqscreeners.com (Pfizer; free to reproduce, translate, display or distribute), write it in a wording file and run 'hwk template new phq-9 --wording FILE'
  [1]
  $ cmp plan.before clients/c-0043/plan.toml && ls clients/c-0043/templates | grep phq
  [1]

The wording file must give every item and every answer exactly once, each with text; each problem
is at its place, and nothing is written:

  $ W="$FIXTURES/wording/phq-9.yaml"
  $ sed '/item4:/d; s/item9:/item10:/' "$W" > missing.yaml
  $ hwk template new phq-9 --wording missing.yaml
  missing.yaml:18:3: error: the measure has no item 'item10'
    hint: did you mean 'item1'?
  missing.yaml:11:3: error: item 'item4' has no text
    hint: give the publisher's text of every item
  missing.yaml:11:3: error: item 'item9' has no text
    hint: give the publisher's text of every item
  [1]
  $ sed 's/item2:.*/item2: "  "/; s/^  3:.*/  3: ""/' "$W" > empty.yaml
  $ hwk template new phq-9 --wording empty.yaml
  empty.yaml:9:6: error: the text of answer '3' is empty
  empty.yaml:12:10: error: the text of item 'item2' is empty
  [1]
  $ printf 'source: x\nresponses: {0: a}\nitems: [a]\nextra: 1\n' > bad.yaml
  $ hwk template new phq-9 --wording bad.yaml
  bad.yaml:2:12: error: answer '1' has no text
    hint: give the publisher's text of every answer
  bad.yaml:2:12: error: answer '2' has no text
    hint: give the publisher's text of every answer
  bad.yaml:2:12: error: answer '3' has no text
    hint: give the publisher's text of every answer
  bad.yaml:3:8: error: 'items' must map each item to its text
  bad.yaml:4:1: error: unknown key 'extra' in the wording file
  [1]
  $ hwk template new phq-9 --wording nowhere.yaml
  nowhere.yaml: error: cannot read: no such file or directory
  [1]
  $ ls templates
  mood-check.yaml

--wording is only for a measure:

  $ hwk template new breathing --wording "$W"
  hwk: error: --wording fills in a built-in measure, and there is none called 'breathing'
    hint: name one with --from
  [2]
  $ hwk template new my-breathing --from paced-breathing --wording "$W"
  hwk: error: --wording is for a template of kind measure; 'paced-breathing' is skills-practice
  [2]

With a complete wording file, the practice's templates/phq-9.yaml is the built-in with the texts
filled in, and it lints clean:

  $ hwk template new phq-9 --wording "$W"
  created templates/phq-9.yaml
  $ stat -c %a templates/phq-9.yaml
  600
  $ grep -c -e 'wording: included' -e 'text: Test' templates/phq-9.yaml
  14
  $ hwk template lint templates/phq-9.yaml
  $ hwk template show phq-9 | sed -n '/^Steps/,/^  low mood/p;/^Wording/,$p'
  Steps
    1. Test instructions: think of the last two weeks.
    2. Think about the last two weeks.
    3. For each question, pick how often it has bothered you.
    4. There are no right or wrong answers.
  
  What you record
    interest  (item1, scale)
      Test question one
      0 to 3, 0 = Test answer zero, 1 = Test answer one, 2 = Test answer two, 3 = Test answer three
    low mood  (item2, scale)
  Wording
    the publisher's, from Made-up test wording (not the publisher's)

Now it is assigned, its items are recorded like fields, and a self-harm answer above 0 raises the
risk flag:

  $ hwk assign c-0043 phq-9 --schedule 'every 14 days'
  assigned PHQ-9 mood questionnaire (phq-9) to c-0043: every 14 days, from 2026-11-24
  $ hwk log c-0043 phq-9 --set item1=1 --set item2=2 --set item3=0 --set item4=1 --set item5=0 --set item6=0 --set item7=1 --set item8=0 --set item9=1 | head -n 3
  recorded phq-9 \(done\) for c-0043 at 2026-11-24T03:00:00\+01:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  
  You rated self-harm thoughts more than 0.
  $ hwk log c-0043 phq-9 --set item1=4
  hwk: error: field 'item1': 4 is outside the scale 0 to 3
    hint: run 'hwk template show phq-9' to see what it takes
  [1]
  $ hwk review c-0043 | sed -n '/^Risk/,/^$/p' | sed -E 's/01M[0-9A-Z]{23}/RECORD-ID/'
  Risk: 1 record needs your attention
    Tue 2026-11-24 03:00  PHQ-9 mood questionnaire (phq-9)  [RECORD-ID]
      self-harm thoughts: 1 (more than 0)
      Not acknowledged yet: hwk ack c-0043 RECORD-ID
  

A practice measure that lost an item's text fails lint and check:

  $ sed -i '/text: Test question four/d' templates/phq-9.yaml
  $ hwk template lint templates/phq-9.yaml
  templates/phq-9.yaml:41:7: error: item 'item4' has no 'text'
    hint: a measure with wording: included needs the publisher's text of every item and answer
  [1]
  $ hwk check > /dev/null
  clients/c-0043/plan.toml:8:1: warning: assignment 'phq-9' can raise a risk flag, but no crisis text is set: a client who meets a risk condition is shown only hwk's general text, with no local numbers
    hint: add a [crisis] table to hwk.toml with your crisis lines (see hwk-init(1)), or crisis = "\xe2\x80\xa6" to the plan (esc)
  templates/phq-9.yaml:41:7: error: item 'item4' has no 'text'
    hint: a measure with wording: included needs the publisher's text of every item and answer
  [1]
