hwk check reports what a merge by hand can leave behind, each at its place: git's conflict
markers (in a plan or a log), a record that does not parse, and (see
errors/duplicate-record-ids.t) two different records with one id. Fault injected: a plan edited
on two machines and merged by hand without removing the markers, a log with markers, a record
missing its time.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ cat > clients/c-0043/plan.toml <<'TOML'
  > # Homework plan for c-0043.
  > client = "c-0043"
  > <<<<<<< HEAD
  > name = "Sam"
  > =======
  > name = "Samuel"
  > >>>>>>> origin/main
  > timezone = "Europe/Berlin"
  > TOML
  $ cat > clients/c-0042/log/2026-11.aaaaaaaa.toml <<'TOML'
  > [[records]]
  > id = "01M85MG2800000000000000001"
  > at = 2026-11-20T08:00:00-05:00
  > recorded = 2026-11-20T08:05:00-05:00
  > assignment = "mood"
  > template = "mood-check"
  > template_version = 1
  > status = "done"
  > <<<<<<< ours
  > values = { mood = 5 }
  > ||||||| base
  > =======
  > values = { mood = 6 }
  > >>>>>>> theirs
  > 
  > [[records]]
  > id = "01M85MG2800000000000000002"
  > kind = "session"
  > at = 2026-11-21T08:00:00-05:00
  > recorded = 2026-11-21T08:05:00-05:00
  > 
  > <<<<<<< ours
  > =======
  > >>>>>>> theirs
  > TOML
  $ cat > clients/c-0042/log/2026-10.bbbbbbbb.toml <<'TOML'
  > [[records]]
  > id = "01M85MG2800000000000000003"
  > kind = "session"
  > recorded = 2026-10-21T08:05:00-05:00
  > TOML
  $ hwk check 2>&1
  clients/c-0042/log/2026-10.bbbbbbbb.toml:1:1: error: the record has no 'at'
  clients/c-0042/log/2026-11.aaaaaaaa.toml:9:1: error: unresolved merge conflicts at lines 9-14 and 22-24
    hint: someone merged by hand and left git's markers: keep what belongs from each side (every record, in a log) and delete the lines '<<<<<<<', '=======' and '>>>>>>>'
  clients/c-0043/plan.toml:3:1: error: unresolved merge conflict at lines 3-7
    hint: someone merged by hand and left git's markers: keep what belongs from each side (every record, in a log) and delete the lines '<<<<<<<', '=======' and '>>>>>>>'
  [1]

Other commands say the same rather than a TOML syntax error.

  $ hwk due c-0043
  clients/c-0043/plan.toml:3:1: error: unresolved merge conflict at lines 3-7
    hint: someone merged by hand and left git's markers: keep what belongs from each side (every record, in a log) and delete the lines '<<<<<<<', '=======' and '>>>>>>>'
  [1]

A line "=======" in a reflection is text, not a conflict.

  $ rm clients/c-0042/log/* && cat > clients/c-0042/log/2026-11.aaaaaaaa.toml <<'TOML'
  > [[records]]
  > id = "01M85MG2800000000000000002"
  > kind = "session"
  > at = 2026-11-21T08:00:00-05:00
  > recorded = 2026-11-21T08:05:00-05:00
  > note = """
  > Title
  > =======
  > >>>>>>> not a marker without a start
  > """
  > TOML
  $ hwk check clients/c-0042
