An error message quotes a value from a log file terminal-safe and cut short: cron mails what
remind says on stderr, and a message must carry neither an escape sequence nor a whole text.
Fault injected: a status made of a terminal's title-setting sequence and 2,000 more bytes.

  $ cp -R "$FIXTURES/due" . && cd due
  $ { printf '\n[[records]]\nid = "01M85MG2800000000000000099"\nkind = "practice"\n'
  >   printf 'at = 2026-11-22T08:00:00-05:00\nrecorded = 2026-11-22T08:00:00-05:00\nassignment = "breathing"\n'
  >   printf 'template = "paced-breathing"\ntemplate_version = 1\nstatus = "\\u001b]0;pwned\\u0007%s"\n' "$(head -c 2000 /dev/zero | tr '\0' x)"
  > } >> clients/c-0042/log/2026-11.testwrtr.toml
  $ hwk remind --now 2026-11-23T08:05:00-05:00
  clients/c-0042/log/2026-11.testwrtr.toml:97:10: error: unknown status '\x1b]0;pwned\x07xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (2010 bytes)
    hint: use done, partial or skipped
  [1]
