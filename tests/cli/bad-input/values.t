Values that look right but are not: huge numbers, dates that do not exist, times past midnight,
time zones that do not exist, numbers that are not finite. Each is refused at its place, in files
and on the command line; nothing is written.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ cp clients/c-0043/plan.toml ../plan.toml

Huge numbers.

  $ sed 's/^version: 1/version: 99999999999999999999/' templates/mood-check.yaml > templates/huge.yaml
  $ sed -i 's/^id: mood-check/id: huge/; s/^    max: 100000$/    max: 1e400/' templates/huge.yaml
  $ hwk template lint templates/huge.yaml 2>&1
  templates/huge.yaml:3:10: error: 'version' must be a whole number from 1 to 100000
  templates/huge.yaml:33:10: error: 'max' must be a number
  [1]
  $ rm templates/huge.yaml
  $ printf '[[assignments]]\nid = "m"\ntemplate = "mood-check"\ntemplate_version = 99999999999999999999\nschedule = "daily"\n' >> clients/c-0043/plan.toml
  $ hwk plan show c-0043 2>&1
  clients/c-0043/plan.toml:10:40: error: invalid TOML: error while parsing decimal integer: '99999999999999999999' is not representable in 64 bits
  [1]
  $ cp ../plan.toml clients/c-0043/plan.toml
  $ hwk log c-0042 mood --set mood=99999999999999999999 2>&1
  hwk: error: field 'mood': '99999999999999999999' is not a whole number from 0 to 10
    hint: run 'hwk template show mood-check' to see what it takes
  [1]
  $ hwk log c-0042 mood --set mood=5 --set steps=1e400 2>&1
  hwk: error: field 'steps': '1e400' is not a number
    hint: run 'hwk template show mood-check' to see what it takes
  [1]
  $ hwk log c-0042 mood --set mood=5 --set steps=nan 2>&1
  hwk: error: field 'steps': 'nan' is not a number
    hint: run 'hwk template show mood-check' to see what it takes
  [1]
  $ hwk log c-0042 mood --set mood=5 --set steps=inf 2>&1
  hwk: error: field 'steps': 'inf' is not a number
    hint: run 'hwk template show mood-check' to see what it takes
  [1]

Dates that do not exist.

  $ printf '[[assignments]]\nid = "m"\ntemplate = "mood-check"\nschedule = "daily"\nstart = 2026-02-30\n' >> clients/c-0043/plan.toml
  $ hwk plan show c-0043 2>&1
  clients/c-0043/plan.toml:11:19: error: invalid TOML: error while parsing date: expected day between 1 and 28 (inclusive), saw 30
  [1]
  $ cp ../plan.toml clients/c-0043/plan.toml
  $ printf '\n[[assignments]]\nid = "m"\ntemplate = "mood-check"\ntemplate_version = 1\nschedule = "once 2026-02-30"\n' >> clients/c-0042/plan.toml
  $ hwk plan show c-0042 2>&1
  clients/c-0042/plan.toml:36:18: error: '2026-02-30' is not a day of the calendar
    hint: write a real date, e.g. 2026-12-01
  [1]
  $ cp -R "$FIXTURES/practice/clients/c-0042/plan.toml" clients/c-0042/plan.toml
  $ printf '[[records]]\nid = "01M85MG2800000000000000001"\nkind = "session"\nat = 2026-02-30T08:00:00-05:00\nrecorded = 2026-11-20T08:05:00-05:00\n' > clients/c-0043/log/2026-02.testwrtr.toml
  $ hwk check 2>&1
  clients/c-0043/log/2026-02.testwrtr.toml:4:16: error: invalid TOML: error while parsing date: expected day between 1 and 28 (inclusive), saw 30
  [1]
  $ rm clients/c-0043/log/2026-02.testwrtr.toml
  $ hwk log c-0042 mood --set mood=5 --at 2026-02-30T08:00 2>&1
  hwk: error: invalid --at '2026-02-30T08:00': not a valid date: '2026-02-30'
    hint: or say it like 'yesterday 8am' or 'tuesday 20:00'
  [2]
  $ hwk summary c-0042 --since 2026-02-30 2>&1
  hwk: error: invalid --since '2026-02-30'
    hint: write a date (2026-11-01), a duration back from now (4w, 10d), last-session, this-week, last-week, this-month or last-month
  [2]

Times past midnight.

  $ sed -i 's/^times = \["08:00", "21:30"\]/times = ["08:00", "24:30"]/' clients/c-0042/plan.toml
  $ hwk plan show c-0042 2>&1
  clients/c-0042/plan.toml:18:19: error: a time must be "HH:MM" (00:00 to 23:59)
  [1]
  $ cp -R "$FIXTURES/practice/clients/c-0042/plan.toml" clients/c-0042/plan.toml
  $ hwk log c-0042 mood --set mood=5 --at 24:30 2>&1
  hwk: error: invalid --at '24:30': not a time of day (HH:MM, 00:00 to 23:59)
    hint: or say it like 'yesterday 8am' or 'tuesday 20:00'
  [2]
  $ hwk session c-0042 --at 2026-11-20T24:30 2>&1
  hwk: error: invalid --at '2026-11-20T24:30': not a valid time of day: '24:30'
    hint: or say it like 'yesterday 8am' or 'tuesday 20:00'
  [2]

Time zones that do not exist.

  $ sed -i "s|^timezone = 'America/New_York'|timezone = 'Mars/Olympus_Mons'|" clients/c-0042/plan.toml
  $ hwk plan show c-0042 2>&1
  clients/c-0042/plan.toml:4:12: error: unknown time zone 'Mars/Olympus_Mons'
    hint: use an IANA name such as America/New_York
  [1]
  $ cp -R "$FIXTURES/practice/clients/c-0042/plan.toml" clients/c-0042/plan.toml
  $ cp hwk.toml ../hwk.toml
  $ sed -i 's|^timezone = "America/New_York"|timezone = "America/New_Yrok"|' hwk.toml
  $ hwk check 2>&1
  hwk.toml:2:12: error: unknown time zone 'America/New_Yrok'
    hint: use an IANA name such as Europe/Berlin
  [1]
  $ cp ../hwk.toml hwk.toml
  $ hwk client add c-0050 --timezone Europe/Berlim 2>&1
  hwk: error: unknown time zone 'Europe/Berlim'
    hint: use an IANA name such as America/New_York
  [2]

Nothing was written by any of the refused commands.

  $ ls clients/c-0042/log clients/c-0043/log
  clients/c-0042/log:
  
  clients/c-0043/log:
  $ ls clients
  c-0042
  c-0043
