hwk export --format json: the client, the plan's assignments and every record as read (amended
ones too, each id once even when a merge brought it twice), times with the client's offset.

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
  $ hwk export c-0042 --format json > out.json
  $ tail -c 1 out.json | od -An -c
    \n
  $ python3 -m json.tool --indent 1 out.json
  {
   "version": 1,
   "client": {
    "id": "c-0042",
    "name": "Alex",
    "timezone": "America/New_York"
   },
   "assignments": [
    {
     "id": "breathing",
     "template": "paced-breathing",
     "template_version": 1,
     "schedule": "daily",
     "times": [
      "08:00",
      "21:30"
     ],
     "start": "2026-11-17",
     "end": null
    },
    {
     "id": "mood",
     "template": "mood-check",
     "template_version": 1,
     "schedule": "weekdays",
     "times": [],
     "start": "2026-11-17",
     "end": null
    }
   ],
   "records": [
    {
     "id": "01M85MG2800000000000000003",
     "kind": "practice",
     "at": "2026-11-21T21:40:00-05:00",
     "recorded": "2026-11-21T21:45:00-05:00",
     "at_assumed": false,
     "assignment": "breathing",
     "template": "paced-breathing",
     "template_version": 1,
     "status": "partial",
     "reason": null,
     "reflection": null,
     "amends": null,
     "step": null,
     "note": null,
     "answers": null,
     "week": null,
     "quality": null,
     "values": {
      "hard_to_pace": true,
      "place": "in bed",
      "tension_after": 4,
      "tension_before": 6,
      "time_practised": "5m"
     }
    },
    {
     "id": "01M85MG2800000000000000001",
     "kind": "session",
     "at": "2026-11-16T10:00:00-05:00",
     "recorded": "2026-11-16T11:00:00-05:00",
     "at_assumed": false,
     "assignment": null,
     "template": null,
     "template_version": null,
     "status": null,
     "reason": null,
     "reflection": null,
     "amends": null,
     "step": null,
     "note": "first session",
     "answers": null,
     "week": null,
     "quality": null,
     "values": {}
    },
    {
     "id": "01M85MG2800000000000000002",
     "kind": "practice",
     "at": "2026-11-20T08:00:00-05:00",
     "recorded": "2026-11-20T08:05:00-05:00",
     "at_assumed": false,
     "assignment": "mood",
     "template": "mood-check",
     "template_version": 1,
     "status": "done",
     "reason": null,
     "reflection": "A walk helped;\nthen it rained, \"sadly\".",
     "amends": null,
     "step": null,
     "note": null,
     "answers": null,
     "week": null,
     "quality": null,
     "values": {
      "did": [
       "walk",
       "cook"
      ],
      "energy": 3,
      "mood": 5,
      "note": "slept well, mostly"
     }
    },
    {
     "id": "01M85MG2800000000000000004",
     "kind": "practice",
     "at": "2026-11-20T08:00:00-05:00",
     "recorded": "2026-11-22T09:00:00-05:00",
     "at_assumed": false,
     "assignment": "mood",
     "template": "mood-check",
     "template_version": 1,
     "status": "done",
     "reason": null,
     "reflection": null,
     "amends": "01M85MG2800000000000000002",
     "step": null,
     "note": null,
     "answers": null,
     "week": null,
     "quality": null,
     "values": {
      "energy": 3,
      "mood": 6
     }
    },
    {
     "id": "01M85MG2800000000000000005",
     "kind": "practice",
     "at": "2026-11-22T08:00:00-05:00",
     "recorded": "2026-11-22T20:00:00-05:00",
     "at_assumed": false,
     "assignment": "breathing",
     "template": "paced-breathing",
     "template_version": 1,
     "status": "skipped",
     "reason": "away, travelling",
     "reflection": null,
     "amends": null,
     "step": null,
     "note": null,
     "answers": null,
     "week": null,
     "quality": null,
     "values": {}
    }
   ]
  }
