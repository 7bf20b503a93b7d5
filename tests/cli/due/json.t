hwk due --format json: one object, items in the order of the text, "at" with the client's offset
(null for a practice without a time), "remaining" for quotas.

  $ cp -R "$FIXTURES/due" . && cd due
  $ export TZ=America/New_York
  $ hwk due --format json | python3 -m json.tool --indent 1 | grep -v '"title"'
  {
   "version": 1,
   "now": "2026-11-23T21:00:00-05:00",
   "items": [
    {
     "client": "c-0042",
     "assignment": "mood",
     "status": "overdue",
     "date": "2026-11-19",
     "at": null,
     "remaining": null,
     "step": null
    },
    {
     "client": "c-0042",
     "assignment": "breathing",
     "status": "overdue",
     "date": "2026-11-19",
     "at": "2026-11-19T08:00:00-05:00",
     "remaining": null,
     "step": null
    },
    {
     "client": "c-0042",
     "assignment": "breathing",
     "status": "overdue",
     "date": "2026-11-19",
     "at": "2026-11-19T21:30:00-05:00",
     "remaining": null,
     "step": null
    },
    {
     "client": "c-0042",
     "assignment": "breathing",
     "status": "overdue",
     "date": "2026-11-21",
     "at": "2026-11-21T21:30:00-05:00",
     "remaining": null,
     "step": null
    },
    {
     "client": "c-0042",
     "assignment": "walk",
     "status": "overdue",
     "date": "2026-11-22",
     "at": null,
     "remaining": 3,
     "step": null
    },
    {
     "client": "c-0042",
     "assignment": "breathing",
     "status": "overdue",
     "date": "2026-11-22",
     "at": "2026-11-22T21:30:00-05:00",
     "remaining": null,
     "step": null
    },
    {
     "client": "c-0042",
     "assignment": "mood",
     "status": "due",
     "date": "2026-11-23",
     "at": null,
     "remaining": null,
     "step": null
    },
    {
     "client": "c-0042",
     "assignment": "breathing",
     "status": "due",
     "date": "2026-11-23",
     "at": "2026-11-23T08:00:00-05:00",
     "remaining": null,
     "step": null
    },
    {
     "client": "c-0042",
     "assignment": "walk",
     "status": "due",
     "date": "2026-11-29",
     "at": null,
     "remaining": 2,
     "step": null
    },
    {
     "client": "c-0042",
     "assignment": "breathing",
     "status": "upcoming",
     "date": "2026-11-23",
     "at": "2026-11-23T21:30:00-05:00",
     "remaining": null,
     "step": null
    },
    {
     "client": "c-0043",
     "assignment": "mood",
     "status": "overdue",
     "date": "2026-11-20",
     "at": "2026-11-20T09:00:00+01:00",
     "remaining": null,
     "step": null
    },
    {
     "client": "c-0043",
     "assignment": "mood",
     "status": "overdue",
     "date": "2026-11-21",
     "at": "2026-11-21T09:00:00+01:00",
     "remaining": null,
     "step": null
    },
    {
     "client": "c-0043",
     "assignment": "mood",
     "status": "overdue",
     "date": "2026-11-22",
     "at": "2026-11-22T09:00:00+01:00",
     "remaining": null,
     "step": null
    },
    {
     "client": "c-0043",
     "assignment": "mood",
     "status": "overdue",
     "date": "2026-11-23",
     "at": "2026-11-23T09:00:00+01:00",
     "remaining": null,
     "step": null
    },
    {
     "client": "c-0043",
     "assignment": "mood",
     "status": "upcoming",
     "date": "2026-11-24",
     "at": "2026-11-24T09:00:00+01:00",
     "remaining": null,
     "step": null
    }
   ],
   "ready": []
  }
