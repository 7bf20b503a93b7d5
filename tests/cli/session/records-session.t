hwk session records that a session took place: a record of kind "session" in the same log files,
with an optional short note.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ hwk session c-0042
  recorded a session with c-0042 at 2026-11-23T21:00:00-05:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ hwk session c-0043 --at 2026-11-23T16:00 --note 'second session; plan "adjusted"'
  recorded a session with c-0043 at 2026-11-23T16:00:00\+01:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ cat clients/c-0042/log/2026-11.testwrtr.toml
  # hwk log of c-0042 for 2026-11, written by testwrtr. Append-only: correct a record
  # with a new one whose 'amends' names its id. See hwk-log(5).
  
  [[records]]
  id = "01M85MG280[0-9A-HJKMNP-TV-Z]{16}" (re)
  kind = "session"
  at = 2026-11-23T21:00:00-05:00
  recorded = 2026-11-23T21:00:00-05:00
  $ tail -n +4 clients/c-0043/log/2026-11.testwrtr.toml
  [[records]]
  id = "01M85MG280[0-9A-HJKMNP-TV-Z]{16}" (re)
  kind = "session"
  at = 2026-11-23T16:00:00+01:00
  recorded = 2026-11-24T03:00:00+01:00
  note = "second session; plan \"adjusted\""

An RFC 3339 time with another offset is shown in the client's time zone; a session in the last
days of October goes in October's file.

  $ hwk session c-0042 --at 2026-10-30T14:00:00Z
  recorded a session with c-0042 at 2026-10-30T10:00:00-04:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ ls clients/c-0042/log
  2026-10.testwrtr.toml
  2026-11.testwrtr.toml
  $ chmod -R go-rwx . && hwk check

With one client in the practice (or in its own repository) the client may be left out.

  $ cp -R clients/c-0042 ../alex && cd ../alex
  $ hwk session --at 10:00
  recorded a session with c-0042 at 2026-11-23T10:00:00-05:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)

With several clients, it must be named.

  $ cd ../practice && hwk session 2>&1
  hwk: error: name the client: this practice has 2 clients
    hint: run 'hwk client list' to see them
  [2]
