hwk check looks at acknowledgements as it does at feedback: one that answers a record not (yet) in
the log is a warning (the record may come with a later merge); one that answers a session is an
error. hwk template lint and hwk check judge the reading grade of each English crisis text: a
person in a crisis reads less well, so it should read at grade 5 or lower.

  $ cp -R "$FIXTURES/risk" p && cd p
  $ hwk check
  $ cat >> clients/c-0042/log/2026-11.testwrtr.toml <<'EOF'
  > 
  > [[records]]
  > id = "01M85MG2800000000000000001"
  > kind = "ack"
  > at = 2026-11-23T20:00:00-05:00
  > recorded = 2026-11-23T20:00:00-05:00
  > assignment = "dbt-diary-card"
  > answers = "01M85MG2800000000000000000"
  > 
  > [[records]]
  > id = "01M85MG2800000000000000002"
  > kind = "ack"
  > at = 2026-11-23T20:00:00-05:00
  > recorded = 2026-11-23T20:00:00-05:00
  > assignment = "dbt-diary-card"
  > answers = "01M7JDYHC0R0RACR9RBRBNKQGF"
  > EOF
  $ hwk check
  clients/c-0042/log/2026-11.testwrtr.toml:100:1: warning: acknowledgement '01M85MG2800000000000000001' answers '01M85MG2800000000000000000', which is not in the log
  clients/c-0042/log/2026-11.testwrtr.toml:108:1: error: acknowledgement '01M85MG2800000000000000002' answers '01M7JDYHC0R0RACR9RBRBNKQGF', which is a session record
    hint: an acknowledgement answers the practice record that raised a risk flag
  [1]

  $ cp -R "$FIXTURES/risk" q && cd q
  $ sed -i 's/^en = .*/en = "Should you experience thoughts of harming yourself, immediately telephone the emergency psychiatric assessment service, or alternatively present yourself at the nearest emergency department."/' hwk.toml
  $ hwk check
  hwk.toml:21:1: warning: the crisis text (en) reads at about grade 21.1, above 5
    hint: someone in a crisis reads less well: use short sentences and short, everyday words
  $ hwk template lint
  hwk.toml:21:1: warning: the crisis text (en) reads at about grade 21.1, above 5
    hint: someone in a crisis reads less well: use short sentences and short, everyday words
