Inside a practice, from a client's directory, the client may be left out.

  $ cp -R "$FIXTURES/practice" . && cd practice/clients/c-0042/log
  $ hwk log mood --set mood=3
  recorded mood \(done\) for c-0042 at 2026-11-23T21:00:00-05:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ ls ../../../.hwk
  writer
  writer-place
