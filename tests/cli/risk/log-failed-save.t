Where to get help does not wait for the disk: when a record that meets a risk condition cannot be
saved, hwk log says so, keeps it as a draft, and still shows the crisis text and the safety plan.
Recording the draft later shows them again. Fault injected: a file-size limit (ulimit -f).

  $ cp -R "$FIXTURES/risk" p && cd p
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ R="--set urge_substances=0 --set action_suicide=no --set action_substances=no"
  $ (ulimit -f 1; hwk log c-0042 dbt-diary-card --no-input --set urge_suicide=5 --set urge_self_harm=0 --set action_self_harm=no $R)
  clients/c-0042/log/2026-11.testwrtr.toml: error: cannot write: file too large
  .hwk/drafts/log-c-0042-01M85MG280[0-9A-Z]{16}.toml: note: nothing was recorded; what you entered is kept here (re)
    hint: record it with 'hwk log --draft .hwk/drafts/log-c-0042-01M85MG280[0-9A-Z]{16}.toml' once the problem is fixed (re)
  
  You rated Thoughts of suicide 4 or more.
  
  If you might hurt yourself, call 988 now. Or go to the nearest emergency room.
  
  Your safety plan:
    Warning signs: I stop answering texts and stay in bed
    Things I can do on my own: Walk the dog; cold water on my face
    People I can ask for help: My sister Dana, 555-0142
    Professionals and crisis lines: Dr Lee, 555-0100; crisis line 988
    My reasons for living: My dog; my nephew
  [1]
  $ draft=$(ls .hwk/drafts/log-c-0042-*.toml)
  $ hwk log --draft "$draft" | sed 's/ as [0-9A-Z]*,/ as ID,/'
  recorded dbt-diary-card (done) for c-0042 at 2026-11-23T21:00:00-05:00 as ID, from the draft
  
  You rated Thoughts of suicide 4 or more.
  
  If you might hurt yourself, call 988 now. Or go to the nearest emergency room.
  
  Your safety plan:
    Warning signs: I stop answering texts and stay in bed
    Things I can do on my own: Walk the dog; cold water on my face
    People I can ask for help: My sister Dana, 555-0142
    Professionals and crisis lines: Dr Lee, 555-0100; crisis line 988
    My reasons for living: My dog; my nephew
