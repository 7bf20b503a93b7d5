A record in the log file of another month (by the client's time zone, and by the offset it was
written with) is reported by hwk check. 23:30 on 31 October in New York is already November in
UTC: it belongs in October's file.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ cat > clients/c-0042/log/2026-11.testwrtr.toml <<'TOML'
  > [[records]]
  > id = "01M85MG2800000000000000001"
  > at = 2026-10-31T23:30:00-04:00
  > recorded = 2026-10-31T23:35:00-04:00
  > assignment = "mood"
  > template = "mood-check"
  > template_version = 1
  > status = "done"
  > values = { mood = 5 }
  > TOML
  $ hwk check 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml:1:1: error: record '01M85MG2800000000000000001' of 2026-10-31 is in the log file of another month
    hint: a record belongs in the file of its month in the client's time zone
  [1]
