hwk check goes on after a file it cannot read or parse at all, and reports every problem of
every file, in file order: here one broken file of each kind the bad-input and limits tests
meet, in one practice, beside an ordinary problem in a plan (see reports-every-problem.t for one
of each of those).

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ sed -i 's/^schedule = "weekdays"/schedule = "weekdayz"/' clients/c-0042/plan.toml
  $ printf 'id: latin\nversion: 1\ntitle: Caf\351\nkind: exposure\n' > templates/latin.yaml
  $ printf 'id: a\nversion: 1\ntitle: &t A\nkind: exposure\nsummary: *t\n' > templates/alias.yaml
  $ mkdir templates/folder.yaml
  $ truncate -s 2M templates/huge.yaml
  $ mkdir -p clients/c-0050/log clients/c-0051/log
  $ { echo 'client = "c-0050"'; echo 'timezone = "UTC"'; python3 -c "print('x.' * 100 + 'y = 1')"; } > clients/c-0050/plan.toml
  $ printf 'client = "c-0051"\ntimezone = "UTC"\n' > clients/c-0051/plan.toml
  $ printf '[[records]]\nid = "01M85MG2800000000000000009"\nnote = "cut' > clients/c-0051/log/2026-11.testwrtr.toml
  $ mkdir clients/c-0051/log/2026-10.testwrtr.toml
  $ hwk check 2>&1
  clients/c-0042/plan.toml:29:13: error: unknown schedule word 'weekdayz'
    hint: did you mean 'weekdays'?
  clients/c-0050/plan.toml:3:128: error: nested 65 levels deep; hwk reads at most 64
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  clients/c-0051/log/2026-10.testwrtr.toml: error: is a directory, not a file
  clients/c-0051/log/2026-11.testwrtr.toml:3:12: error: invalid TOML: error while parsing string: encountered end-of-file
  templates/alias.yaml:5:10: error: YAML aliases (*name) are not allowed in hwk's files
    hint: write the value out in full where it is used
  templates/folder.yaml: error: is a directory, not a file
  templates/huge.yaml: error: the file is larger than 1 MiB, the most hwk reads in a file of its kind
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  templates/latin.yaml:3:11: error: the text is not valid UTF-8
    hint: save the file as UTF-8 in your editor
  [1]
