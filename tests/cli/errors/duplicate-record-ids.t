The same record arriving twice (in two writers' files, after a merge) is fine; two different
records with one id are an error, at the second, naming the first.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ cat > clients/c-0042/log/2026-11.aaaaaaaa.toml <<'TOML'
  > [[records]]
  > id = "01M85MG2800000000000000001"
  > at = 2026-11-20T08:00:00-05:00
  > recorded = 2026-11-20T08:05:00-05:00
  > assignment = "mood"
  > template = "mood-check"
  > template_version = 1
  > status = "done"
  > values = { mood = 5 }
  > TOML
  $ cp clients/c-0042/log/2026-11.aaaaaaaa.toml clients/c-0042/log/2026-11.bbbbbbbb.toml
  $ hwk check
  $ sed -i 's/mood = 5/mood = 6/' clients/c-0042/log/2026-11.bbbbbbbb.toml
  $ hwk check 2>&1
  clients/c-0042/log/2026-11.bbbbbbbb.toml:1:1: error: record id '01M85MG2800000000000000001' is used by two different records
    hint: the other one is at log/2026-11.aaaaaaaa.toml:1
  [1]
