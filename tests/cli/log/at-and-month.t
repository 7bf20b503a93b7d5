--at takes HH:MM (today, client's time), a local date and time, or RFC 3339 with an offset; a
record goes in the file of its month in the client's time zone, not the machine's or UTC.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ mkdir .hwk && echo testwrtr > .hwk/writer

1 November 2026 03:30 UTC is still 31 October in New York:

  $ hwk log c-0042 mood --set mood=5 --at 2026-11-01T03:30:00Z
  recorded mood \(done\) for c-0042 at 2026-10-31T23:30:00-04:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ hwk log c-0042 mood --set mood=5 --at 2026-11-01T10:00
  recorded mood \(done\) for c-0042 at 2026-11-01T10:00:00-05:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ ls clients/c-0042/log
  2026-10.testwrtr.toml
  2026-11.testwrtr.toml
  $ grep '^at' clients/c-0042/log/*.toml
  clients/c-0042/log/2026-10.testwrtr.toml:at = 2026-10-31T23:30:00-04:00
  clients/c-0042/log/2026-11.testwrtr.toml:at = 2026-11-01T10:00:00-05:00

For the Berlin client it is already 24 November, so HH:MM is a time of the 24th:

  $ hwk assign c-0043 mood-check > /dev/null
  $ hwk log c-0043 mood-check --set mood=5 --at 01:30
  recorded mood-check \(done\) for c-0043 at 2026-11-24T01:30:00\+01:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)

--now (or HWK_NOW) moves the clock, and the time part of the record id with it; a local --now is
the machine's local time:

  $ TZ=America/New_York hwk --now 2026-11-30T09:00 log c-0042 mood --set mood=5
  recorded mood \(done\) for c-0042 at 2026-11-30T09:00:00-05:00 as 01M8PC2QR0[0-9A-HJKMNP-TV-Z]{16} (re)
  $ HWK_NOW=2026-11-30T14:00:00Z hwk log c-0042 mood --set mood=6
  recorded mood \(done\) for c-0042 at 2026-11-30T09:00:00-05:00 as 01M8PC2QR0[0-9A-HJKMNP-TV-Z]{16} (re)
  $ grep -c '^recorded = 2026-11-30T09:00:00-05:00' clients/c-0042/log/2026-11.testwrtr.toml
  2
  $ chmod -R go-rwx . && hwk check
