A client's directory can be its own git repository: in a clone, hwk log works with the client
left out, writes only a new log file of its own, and git ignores the clone's .hwk/ state.

  $ cp -R "$FIXTURES/practice" . && cd practice/clients/c-0042
  $ git init -q && git add -A && git -c user.name=T -c user.email=t@example.org commit -qm plan
  $ cd ../../.. && git clone -q practice/clients/c-0042 alex && cd alex
  $ hwk log mood --set mood=8 --reflect 'Good day.'
  recorded mood \(done\) for c-0042 at 2026-11-23T21:00:00-05:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ git status --short
  \?\? log/2026-11.[0-9a-hjkmnp-tv-z]{8}.toml (re)
  $ grep -A 3 '^assignment' log/2026-11.*.toml
  assignment = "mood"
  template = "mood-check"
  template_version = 1
  status = "done"

From a subdirectory of the clone, and naming the client, works too.

  $ cd log && hwk log c-0042 breathing --status skipped --reason 'ill' && cd ..
  recorded breathing \(skipped\) for c-0042 at 2026-11-23T21:00:00-05:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ grep -c '^\[\[records\]\]' log/2026-11.*.toml
  2
  $ chmod -R go-rwx . && hwk check

Another client is refused, and nothing is written.

  $ hwk log c-0043 mood --set mood=1 2>&1
  hwk: error: unknown client 'c-0043'
    hint: this repository holds client 'c-0042' only
  [1]
  $ grep -c '^\[\[records\]\]' log/2026-11.*.toml
  2
