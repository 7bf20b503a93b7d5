A record of an assignment the plan does not have is reported by hwk check, with a hint.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ cat > clients/c-0042/log/2026-11.testwrtr.toml <<'TOML'
  > # A record of an assignment that was never in the plan.
  > 
  > [[records]]
  > id = "01M85MG2800000000000000001"
  > at = 2026-11-20T08:00:00-05:00
  > recorded = 2026-11-20T08:05:00-05:00
  > assignment = "walking"
  > template = "mood-check"
  > template_version = 1
  > status = "done"
  > values = { mood = 5 }
  > TOML
  $ hwk check 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml:3:1: error: unknown assignment 'walking' in record '01M85MG2800000000000000001'
    hint: the plan of client 'c-0042' has no such assignment
  [1]
