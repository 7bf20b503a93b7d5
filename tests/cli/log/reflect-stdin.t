--reflect - reads the reflection from standard input; a reflection of several lines is written
as a TOML multi-line string.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ printf 'The walk helped.\nI slept better, "really".\n\n' | hwk log c-0042 mood --set mood=6 --reflect -
  recorded mood \(done\) for c-0042 at 2026-11-23T21:00:00-05:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ sed -n '/^reflection/,/"""$/p' clients/c-0042/log/2026-11.testwrtr.toml
  reflection = """
  The walk helped.
  I slept better, \"really\"."""
  $ chmod -R go-rwx . && hwk check
