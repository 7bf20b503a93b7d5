hwk log, right after saving a record that meets a risk condition, names what was met by the
field's label, shows the practice's crisis text in the plan's language, and the client's own
safety plan. A record that meets none says nothing more.

  $ cp -R "$FIXTURES/risk" p && cd p
  $ R="--set urge_substances=0 --set action_suicide=no --set action_substances=no"
  $ hwk log c-0042 dbt-diary-card --no-input --set urge_suicide=4 --set urge_self_harm=2 --set action_self_harm=yes $R | sed 's/ as [0-9A-Z]*$/ as ID/'
  recorded dbt-diary-card (done) for c-0042 at 2026-11-23T21:00:00-05:00 as ID
  
  You rated Thoughts of suicide 4 or more.
  You answered yes to Self-harm today.
  
  If you might hurt yourself, call 988 now. Or go to the nearest emergency room.
  
  Your safety plan:
    Warning signs: I stop answering texts and stay in bed
    Things I can do on my own: Walk the dog; cold water on my face
    People I can ask for help: My sister Dana, 555-0142
    Professionals and crisis lines: Dr Lee, 555-0100; crisis line 988
    My reasons for living: My dog; my nephew
  $ hwk log c-0042 dbt-diary-card --no-input --set urge_suicide=3 --set urge_self_harm=3 --set action_self_harm=no $R | sed 's/ as [0-9A-Z]*$/ as ID/'
  recorded dbt-diary-card (done) for c-0042 at 2026-11-23T21:00:00-05:00 as ID

In the plan's language, with the practice's text in that language.

  $ sed -i 's/^timezone = .*/&\nlanguage = "es"/' clients/c-0042/plan.toml
  $ hwk log c-0042 dbt-diary-card --no-input --set urge_suicide=5 --set urge_self_harm=0 --set action_self_harm=no $R | sed 's/ as [0-9A-Z]*$/ as ID/'
  recorded dbt-diary-card (done) for c-0042 at 2026-11-23T21:00:00-05:00 as ID
  
  Calificaste Thoughts of suicide con 4 o m\xc3\xa1s. (esc)
  
  Si puede hacerse da\xc3\xb1o, llame ahora al 988. O vaya a la sala de emergencias m\xc3\xa1s (esc)
  cercana.
  
  Tu plan de seguridad:
    Se\xc3\xb1ales de alerta: I stop answering texts and stay in bed (esc)
    Lo que puedo hacer por mi cuenta: Walk the dog; cold water on my face
    Personas a las que puedo pedir ayuda: My sister Dana, 555-0142
    Profesionales y l\xc3\xadneas de crisis: Dr Lee, 555-0100; crisis line 988 (esc)
    Mis razones para vivir: My dog; my nephew

A plan's own crisis text comes before the practice's. Without any, hwk's own general text is
shown, and hwk check says that clients see no local numbers.

  $ sed -i 's/^language = .*/crisis = "Call Dr Lee now: 555-0100. At night, call 988."/' clients/c-0042/plan.toml
  $ hwk log c-0042 dbt-diary-card --no-input --set urge_suicide=5 --set urge_self_harm=0 --set action_self_harm=no $R | sed -n '4,5p'
  
  Call Dr Lee now: 555-0100. At night, call 988.
  $ sed -i '/^crisis = /d' clients/c-0042/plan.toml
  $ sed -i '/^\[crisis\]/,$d' hwk.toml
  $ hwk log c-0042 dbt-diary-card --no-input --set urge_suicide=5 --set urge_self_harm=0 --set action_self_harm=no $R | sed -n '4,8p'
  
  Thank you for writing this down. If you might hurt yourself, or you do not
  feel safe now, get help now. Call your local emergency number, or go to the
  nearest emergency room. You can also call a crisis line. No one reads this
  record right away, so please tell your therapist too.
  $ hwk check
  clients/c-0042/plan.toml:11:1: warning: assignment 'dbt-diary-card' can raise a risk flag, but no crisis text is set: a client who meets a risk condition is shown only hwk's general text, with no local numbers
    hint: add a [crisis] table to hwk.toml with your crisis lines (see hwk-init(1)), or crisis = "\xe2\x80\xa6" to the plan (esc)
