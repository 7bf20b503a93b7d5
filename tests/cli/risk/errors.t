A risk condition that names a field the template lacks, or an answer the field cannot take, is an
error at its place in the template, and the template cannot be used; the same condition language
in a plan's trigger is checked the same way.

  $ cp -R "$FIXTURES/risk" p && cd p
  $ hwk template new my-card --from dbt-diary-card > /dev/null
  $ grep -n -A2 '^risk:' templates/my-card.yaml
  147:risk:
  148-  - urge_suicide >= 4
  149-  - urge_self_harm >= 4
  $ sed -i 's/^  - urge_suicide >= 4/  - urge_suicidal >= 4/' templates/my-card.yaml
  $ hwk template lint templates/my-card.yaml
  templates/my-card.yaml:148:5: error: template 'my-card' has no field 'urge_suicidal'; did you mean 'urge_suicide'?
  [1]
  $ sed -i 's/^  - urge_suicidal >= 4/  - action_self_harm >= 1/' templates/my-card.yaml
  $ hwk template lint templates/my-card.yaml
  templates/my-card.yaml:148:25: error: field 'action_self_harm' of template 'my-card' is answered yes or no, not '1'
  [1]
  $ sed -i 's/^  - action_self_harm >= 1/  - action_self_harm = maybe/' templates/my-card.yaml
  $ hwk template lint templates/my-card.yaml
  templates/my-card.yaml:148:24: error: field 'action_self_harm' of template 'my-card' is answered yes or no, not 'maybe'
  [1]
  $ sed -i 's/^  - action_self_harm = maybe/  - medication = "most of it"/' templates/my-card.yaml
  $ hwk template lint templates/my-card.yaml
  templates/my-card.yaml:148:18: error: field 'medication' of template 'my-card' has no option "most of it"; did you mean 'some of it'?
  [1]
  $ sed -i 's/^  - medication = "most of it"/  - urge_self_harm >= 11/' templates/my-card.yaml
  $ hwk template lint templates/my-card.yaml
  templates/my-card.yaml:148:23: error: field 'urge_self_harm' of template 'my-card' runs from 0 to 5; 11 is not an answer it can take
  [1]
  $ sed -i 's/^  - urge_self_harm >= 11/  - notes = bad/' templates/my-card.yaml
  $ hwk template lint templates/my-card.yaml
  templates/my-card.yaml:148:5: error: field 'notes' of template 'my-card' holds text, which no condition compares; name a rating, yes/no, choice or checklist field
  [1]
  $ sed -i 's/^  - notes = bad/  - urge_suicide >= 4 and medication = "none"/' templates/my-card.yaml
  $ hwk template lint templates/my-card.yaml
  templates/my-card.yaml:148:40: error: field 'medication' of template 'my-card' has no option 'none'; its options are as prescribed, some of it, none of it, I have none
  [1]

Triggers take conditions on every field type: here a yes/no answer.

  $ rm templates/my-card.yaml
  $ sed -i '0,/^start = 2026-11-16/s//&\n\n[[assignments.triggers]]\nwhen = "action_self_harm = yes"\nmessage = "Tell your therapist at the start of the next session."/' clients/c-0042/plan.toml
  $ hwk check
  $ hwk log c-0042 dbt-diary-card --no-input --set urge_suicide=0 --set urge_self_harm=0 --set action_self_harm=yes --set urge_substances=0 --set action_suicide=no --set action_substances=no | sed 's/ as [0-9A-Z]*$/ as ID/'
  recorded dbt-diary-card (done) for c-0042 at 2026-11-23T21:00:00-05:00 as ID
  
  You answered yes to Self-harm today.
  
  If you might hurt yourself, call 988 now. Or go to the nearest emergency room.
  
  Your safety plan:
    Warning signs: I stop answering texts and stay in bed
    Things I can do on my own: Walk the dog; cold water on my face
    People I can ask for help: My sister Dana, 555-0142
    Professionals and crisis lines: Dr Lee, 555-0100; crisis line 988
    My reasons for living: My dog; my nephew
  
  You answered yes to Self-harm today.
    Tell your therapist at the start of the next session.
  $ sed -i 's/when = "action_self_harm = yes"/when = "action_self_harm > yes"/' clients/c-0042/plan.toml
  $ hwk check
  clients/c-0042/plan.toml:20:28: error: field 'action_self_harm' of template 'dbt-diary-card' is answered yes or no: compare it with = or !=, not >
  [1]

A crisis text in hwk.toml that is not a text, or a language code hwk does not know, is an error at
its line.

  $ cp -R "$FIXTURES/risk" q && cd q
  $ sed -i 's/^en = .*/en = 988/' hwk.toml
  $ hwk check
  hwk.toml:22:6: error: the crisis text for 'en' must be a text
    hint: write crisis = "\xe2\x80\xa6", or a [crisis] table with a text per language: en = "\xe2\x80\xa6" (esc)
  [1]
  $ cp "$FIXTURES/risk/hwk.toml" .
  $ sed -i 's/^es = /xx = /' hwk.toml
  $ hwk check
  hwk.toml:23:6: error: unknown language code 'xx' in crisis
    hint: use a code such as en, es, fr or pt-BR
  [1]
  $ cp "$FIXTURES/risk/hwk.toml" . && sed -i 's/^\[crisis\]/crisis = ["988"]\n[other]/' hwk.toml
  $ hwk check
  hwk.toml:21:10: error: crisis must be a text or a table of texts by language
    hint: write crisis = "\xe2\x80\xa6", or a [crisis] table with a text per language: en = "\xe2\x80\xa6" (esc)
  hwk.toml:22:2: warning: unknown key 'other' in hwk.toml
  [1]
