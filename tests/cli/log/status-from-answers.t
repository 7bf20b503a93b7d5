A template may say that an answer means the practice was not (fully) done (hwk-template(5),
"status"). hwk log then records the status the answer means, refuses a --status that claims more
(naming both), and a record whose content says it was not done never counts as done. Each of the
four built-in templates that ask "did you do it" is covered; the clock is Monday 23 November 2026
21:00 in New York.

  $ hwk init p > /dev/null && cd p
  $ hwk client add c-1 --timezone America/New_York > /dev/null
  $ for t in behavioural-activation pleasant-activities values-action worry-postponement; do
  >   hwk assign c-1 $t --schedule daily --start 2026-11-16 > /dev/null; done
  $ hwk template show behavioural-activation --format json | python3 -c 'import json, sys; print([f["status"] for f in json.load(sys.stdin)["fields"] if "status" in f])'
  [{'part of it': 'partial', 'did not do it': 'skipped'}]

Activity scheduling: "did not do it" is skipped (a skipped record needs a reason), "part of it"
partial; with --status done each is refused and nothing is written.

  $ hwk log c-1 behavioural-activation --no-input --at 2026-11-16T10:00 --set activity=Walk --set done_as_planned="did not do it"
  hwk: error: a skipped record needs a reason
    hint: give one with --reason TEXT
  [1]
  $ hwk log c-1 behavioural-activation --no-input --at 2026-11-16T10:00 --set activity=Walk --set done_as_planned="did not do it" --reason rain | cut -d' ' -f1-3
  recorded behavioural-activation (skipped)
  $ hwk log c-1 behavioural-activation --no-input --at 2026-11-17T10:00 --set activity=Walk --set done_as_planned="part of it" | cut -d' ' -f1-3
  recorded behavioural-activation (partial)
  $ hwk log c-1 behavioural-activation --no-input --at 2026-11-18T10:00 --set activity=Walk --set done_as_planned="did not do it" --status done --reason rain
  hwk: error: the status 'done' contradicts Done as planned: \xe2\x80\x9cdid not do it\xe2\x80\x9d (esc)
    hint: that answer means skipped: give --status skipped (or leave --status out), or change the answer
  [1]
  $ hwk log c-1 behavioural-activation --no-input --at 2026-11-18T10:00 --set activity=Walk --set done_as_planned="part of it" --status done
  hwk: error: the status 'done' contradicts Done as planned: \xe2\x80\x9cpart of it\xe2\x80\x9d (esc)
    hint: that answer means partial: give --status partial (or leave --status out), or change the answer
  [1]
  $ hwk log c-1 behavioural-activation --no-input --at 2026-11-18T10:00 --set activity=Walk --set done_as_planned="as planned" | cut -d' ' -f1-3
  recorded behavioural-activation (done)

Pleasant activities (done: no), values and committed action (done: not yet, partly) and worry
postponement (worry time taken: no, which leaves it partial):

  $ hwk log c-1 pleasant-activities --no-input --at 2026-11-16T10:00 --set activity=Film --set done=no --reason tired | cut -d' ' -f1-3
  recorded pleasant-activities (skipped)
  $ hwk log c-1 pleasant-activities --no-input --at 2026-11-17T10:00 --set activity=Film --set done=no --status done 2>&1 | head -1
  hwk: error: the status 'done' contradicts Done: \xe2\x80\x9cno\xe2\x80\x9d (esc)
  $ hwk log c-1 values-action --no-input --at 2026-11-16T10:00 --set value=Family --set committed_action=Call --set done="not yet" --reason busy | cut -d' ' -f1-3
  recorded values-action (skipped)
  $ hwk log c-1 values-action --no-input --at 2026-11-17T10:00 --set value=Family --set committed_action=Call --set done=partly | cut -d' ' -f1-3
  recorded values-action (partial)
  $ hwk log c-1 values-action --no-input --at 2026-11-18T10:00 --set value=Family --set committed_action=Call --set done="not yet" --status partial --reason busy 2>&1 | head -1
  hwk: error: the status 'partial' contradicts Done: \xe2\x80\x9cnot yet\xe2\x80\x9d (esc)
  $ hwk log c-1 worry-postponement --no-input --at 2026-11-16T22:00 --set worries_postponed=3 --set worry_time_taken=no | cut -d' ' -f1-3
  recorded worry-postponement (partial)
  $ hwk log c-1 worry-postponement --no-input --at 2026-11-17T22:00 --set worries_postponed=3 --set worry_time_taken=no --status done 2>&1 | head -1
  hwk: error: the status 'done' contradicts Worry time taken: \xe2\x80\x9cno\xe2\x80\x9d (esc)
  $ hwk check

A record written by hand (or by an older hwk) that says done with "did not do it" counts as
skipped, and hwk check warns at the value, with the way to correct it:

  $ cat >> clients/c-1/log/2026-11.$(cat .hwk/writer).toml <<'TOML'
  > 
  > [[records]]
  > id = "01M85MG2800000000000000999"
  > kind = "practice"
  > at = 2026-11-19T10:00:00-05:00
  > recorded = 2026-11-19T10:00:00-05:00
  > assignment = "behavioural-activation"
  > template = "behavioural-activation"
  > template_version = 2
  > status = "done"
  > 
  > [records.values]
  > activity = "Swim"
  > done_as_planned = "did not do it"
  > TOML
  $ hwk check 2>&1 | sed 's/\.[a-z0-9]*\.toml/.WRITER.toml/'
  clients/c-1/log/2026-11.WRITER.toml:\d+:\d+: warning: record '01M85MG2800000000000000999' is done but done_as_planned is 'did not do it', which means skipped (re)
    hint: reports count it as skipped; record a correction with hwk log --amends 01M85MG2800000000000000999 to say which is right

Counted by hand, Monday 16 to Sunday 22 (7 days closed; today is open): activity scheduling has
the 16th skipped, the 17th partial, the 18th done, the 19th counted as skipped: 1 done, 1 partial,
2 skipped, 3 missed, (1 + 0.5) / 7 = 21%. Pleasant activities: 1 skipped, 6 missed. Values: 1
skipped, 1 partial, 5 missed, 7%. Worry postponement: 1 partial, 6 missed, 7%.

  $ hwk summary --since 2026-11-16 --format csv | cut -d, -f3,5-10 | tr -d '\r'
  assignment,expected,done,partial,skipped,missed,rate
  behavioural-activation,7,1,1,2,3,0.214
  pleasant-activities,7,0,0,1,6,0
  values-action,7,0,1,1,5,0.071
  worry-postponement,7,0,1,0,6,0.071
