hwk export --format csv: RFC 4180 with CRLF line ends; fields holding a comma, a quote or a line
break are quoted, quotes doubled; one column per field name seen, sorted; lists joined with "; ".

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ cat > clients/c-0042/log/2026-11.testwrtr.toml <<'TOML'
  > [[records]]
  > id = "01M85MG2800000000000000001"
  > kind = "session"
  > at = 2026-11-16T10:00:00-05:00
  > recorded = 2026-11-16T11:00:00-05:00
  > note = "first session"
  > 
  > [[records]]
  > id = "01M85MG2800000000000000002"
  > at = 2026-11-20T08:00:00-05:00
  > recorded = 2026-11-20T08:05:00-05:00
  > assignment = "mood"
  > template = "mood-check"
  > template_version = 1
  > status = "done"
  > reflection = "A walk helped;\nthen it rained, \"sadly\"."
  > values = { mood = 5, energy = 3, did = ["walk", "cook"], note = "slept well, mostly" }
  > 
  > [[records]]
  > id = "01M85MG2800000000000000003"
  > at = 2026-11-21T21:40:00-05:00
  > recorded = 2026-11-21T21:45:00-05:00
  > assignment = "breathing"
  > template = "paced-breathing"
  > template_version = 1
  > status = "partial"
  > values = { tension_before = 6, tension_after = 4, time_practised = "5m", place = "in bed", hard_to_pace = true }
  > 
  > [[records]]
  > id = "01M85MG2800000000000000004"
  > at = 2026-11-20T08:00:00-05:00
  > recorded = 2026-11-22T09:00:00-05:00
  > assignment = "mood"
  > template = "mood-check"
  > template_version = 1
  > status = "done"
  > amends = "01M85MG2800000000000000002"
  > values = { mood = 6, energy = 3 }
  > 
  > [[records]]
  > id = "01M85MG2800000000000000005"
  > at = 2026-11-22T08:00:00-05:00
  > recorded = 2026-11-22T20:00:00-05:00
  > assignment = "breathing"
  > template = "paced-breathing"
  > template_version = 1
  > status = "skipped"
  > reason = "away, travelling"
  > TOML
  $ sed -n '/000003"/,/^$/p' clients/c-0042/log/2026-11.testwrtr.toml | sed '1s/^/[[records]]\n/' > clients/c-0042/log/2026-11.bbbbbbbb.toml
  $ hwk check
  $ hwk export c-0042 --format csv
  id,kind,at,recorded,assignment,template,template_version,status,reason,reflection,amends,answers,week,quality,record_note,at_assumed,did,energy,hard_to_pace,mood,note,place,tension_after,tension_before,time_practised\r (esc)
  01M85MG2800000000000000003,practice,2026-11-21T21:40:00-05:00,2026-11-21T21:45:00-05:00,breathing,paced-breathing,1,partial,,,,,,,,false,,,true,,,in bed,4,6,5m\r (esc)
  01M85MG2800000000000000001,session,2026-11-16T10:00:00-05:00,2026-11-16T11:00:00-05:00,,,,,,,,,,,first session,false,,,,,,,,,\r (esc)
  01M85MG2800000000000000002,practice,2026-11-20T08:00:00-05:00,2026-11-20T08:05:00-05:00,mood,mood-check,1,done,,"A walk helped;
  then it rained, ""sadly"".",,,,,,false,walk; cook,3,,5,"slept well, mostly",,,,\r (esc)
  01M85MG2800000000000000004,practice,2026-11-20T08:00:00-05:00,2026-11-22T09:00:00-05:00,mood,mood-check,1,done,,,01M85MG2800000000000000002,,,,,false,,3,,6,,,,,\r (esc)
  01M85MG2800000000000000005,practice,2026-11-22T08:00:00-05:00,2026-11-22T20:00:00-05:00,breathing,paced-breathing,1,skipped,"away, travelling",,,,,,,false,,,,,,,,,\r (esc)
