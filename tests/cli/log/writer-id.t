The first record written from a clone picks a writer id for it, kept in .hwk/writer (which git
ignores); every later record from that clone goes to the same file.

  $ umask 022
  $ cp -R "$FIXTURES/practice" . && cd practice
  $ test -e .hwk
  [1]
  $ hwk log c-0042 mood --set mood=4 > /dev/null
  $ cat .hwk/writer
  [0-9a-hjkmnp-tv-z]{8} (re)
  $ stat -c '%a %n' .hwk .hwk/writer
  700 .hwk
  600 .hwk/writer
  $ writer=$(cat .hwk/writer)
  $ ls clients/c-0042/log
  2026-11.[0-9a-hjkmnp-tv-z]{8}.toml (re)
  $ test -f "clients/c-0042/log/2026-11.$writer.toml"
  $ hwk log c-0042 mood --set mood=5 > /dev/null
  $ ls clients/c-0042/log
  2026-11.[0-9a-hjkmnp-tv-z]{8}.toml (re)
  $ grep -c '^\[\[records\]\]' "clients/c-0042/log/2026-11.$writer.toml"
  2
  $ head -n 1 "clients/c-0042/log/2026-11.$writer.toml" | sed "s/$writer/WRITER/"
  # hwk log of c-0042 for 2026-11, written by WRITER. Append-only: correct a record
