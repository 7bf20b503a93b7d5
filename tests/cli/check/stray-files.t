Files hwk does not know in a client's log/ and templates/ are warned about, not errors.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ touch clients/c-0042/log/notes.txt clients/c-0042/templates/old.yaml
  $ hwk check 2>&1
  clients/c-0042/log/notes.txt: warning: not a log file name (YYYY-MM.WRITER.toml); hwk ignores it
  clients/c-0042/templates/old.yaml: warning: not a template copy name (ID.vVERSION.yaml); hwk ignores it
