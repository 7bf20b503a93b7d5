hwk log appends a record to log/YYYY-MM.WRITER.toml, as stable TOML text: the header once, then
one [[records]] table per practice, field values in the template's order.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ hwk log c-0042 mood --set note='slept "well"' --set did='walk, Cook' --set steps=4500 --set energy=some --set mood=7 --reflect 'A walk helped.'
  recorded mood \(done\) for c-0042 at 2026-11-23T21:00:00-05:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ ls clients/c-0042/log
  2026-11.testwrtr.toml
  $ cat clients/c-0042/log/2026-11.testwrtr.toml
  # hwk log of c-0042 for 2026-11, written by testwrtr. Append-only: correct a record
  # with a new one whose 'amends' names its id. See hwk-log(5).
  
  [[records]]
  id = "01M85MG280[0-9A-HJKMNP-TV-Z]{16}" (re)
  kind = "practice"
  at = 2026-11-23T21:00:00-05:00
  recorded = 2026-11-23T21:00:00-05:00
  at_assumed = true
  assignment = "mood"
  template = "mood-check"
  template_version = 1
  status = "done"
  reflection = "A walk helped."
  
  [records.values]
  mood = 7
  energy = 3
  steps = 4500
  did = ["walk", "cook"]
  note = "slept \"well\""

Nobody said when that practice happened, so 'at' is the moment of recording and the record says
so (at_assumed): it counts for the day, but not as recorded in the moment. A second record, with
the time given by --at, is appended below the first, which is kept as it was, and assumes nothing.

  $ cp clients/c-0042/log/2026-11.testwrtr.toml before.toml
  $ hwk log c-0042 breathing --set tension_before=6 --set tension_after=3 --set time_practised=45 --set place=2 --set hard_to_pace=no --at 08:15
  recorded breathing \(done\) for c-0042 at 2026-11-23T08:15:00-05:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ head -c "$(stat -c %s before.toml)" clients/c-0042/log/2026-11.testwrtr.toml | cmp - before.toml
  $ tail -n +22 clients/c-0042/log/2026-11.testwrtr.toml
  
  [[records]]
  id = "01M85MG280[0-9A-HJKMNP-TV-Z]{16}" (re)
  kind = "practice"
  at = 2026-11-23T08:15:00-05:00
  recorded = 2026-11-23T21:00:00-05:00
  assignment = "breathing"
  template = "paced-breathing"
  template_version = 1
  status = "done"
  
  [records.values]
  tension_before = 6
  tension_after = 3
  time_practised = "45m"
  place = "in bed"
  hard_to_pace = false

The log is private and checks clean.

  $ stat -c '%a %n' clients/c-0042/log/2026-11.testwrtr.toml
  600 clients/c-0042/log/2026-11.testwrtr.toml
  $ chmod -R go-rwx . && hwk check
