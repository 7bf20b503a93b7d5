--status partial and --status skipped: a partial record needs no required field, a skipped one
needs a reason and holds no values.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ hwk log c-0042 breathing --status partial --reason 'the phone rang' --set tension_before=6
  recorded breathing \(partial\) for c-0042 at 2026-11-23T21:00:00-05:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ hwk log c-0042 mood --status skipped --reason '  too tired  '
  recorded mood \(skipped\) for c-0042 at 2026-11-23T21:00:00-05:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ tail -n +4 clients/c-0042/log/2026-11.testwrtr.toml
  [[records]]
  id = "01M85MG280[0-9A-HJKMNP-TV-Z]{16}" (re)
  kind = "practice"
  at = 2026-11-23T21:00:00-05:00
  recorded = 2026-11-23T21:00:00-05:00
  at_assumed = true
  assignment = "breathing"
  template = "paced-breathing"
  template_version = 1
  status = "partial"
  reason = "the phone rang"
  
  [records.values]
  tension_before = 6
  
  [[records]]
  id = "01M85MG280[0-9A-HJKMNP-TV-Z]{16}" (re)
  kind = "practice"
  at = 2026-11-23T21:00:00-05:00
  recorded = 2026-11-23T21:00:00-05:00
  at_assumed = true
  assignment = "mood"
  template = "mood-check"
  template_version = 1
  status = "skipped"
  reason = "too tired"
  $ chmod -R go-rwx . && hwk check

An unknown status is wrong usage.

  $ hwk log c-0042 mood --status maybe > /dev/null 2>&1
  [2]
