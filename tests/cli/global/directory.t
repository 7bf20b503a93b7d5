-C DIR works as in git: hwk runs as if started in DIR; paths in messages are shown from there.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice
  $ hwk -C practice client list
  CLIENT  NAME  TIMEZONE          ASSIGNMENTS
  c-0042  Alex  America/New_York  2
  c-0043  Sam   Europe/Berlin     0
  $ hwk -C practice/clients/c-0042 log mood --set mood=5
  recorded mood \(done\) for c-0042 at 2026-11-23T21:00:00-05:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)
  $ hwk -C practice log c-0042 mod 2>&1
  clients/c-0042/plan.toml: error: unknown assignment 'mod' for client 'c-0042'
    hint: did you mean 'mood'?
  [1]

Several -C options add up, each relative to the one before, as in git:

  $ hwk -C practice -C clients/c-0043 session --at 2026-11-23T16:00
  recorded a session with c-0043 at 2026-11-23T16:00:00\+01:00 as 01M85MG280[0-9A-HJKMNP-TV-Z]{16} (re)

  $ hwk -C nowhere client list 2>&1
  hwk: error: cannot change to 'nowhere': no such file or directory
  [2]
  $ hwk -C practice/hwk.toml client list 2>&1
  hwk: error: cannot change to 'practice/hwk.toml': not a directory
  [2]
