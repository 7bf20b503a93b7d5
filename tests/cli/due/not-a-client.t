A folder of clients/ is a client when it holds a plan.toml. The reports over every client list the
folders first and look for each plan while reading the others: a folder without a plan, a file, or
a name that is not a client id is passed over without a word, as `hwk client list` passes it over.

  $ cp -R "$FIXTURES/due" . && cd due
  $ mkdir clients/c-0044 clients/c-0045 clients/Not_An_Id && touch clients/c-0046 clients/c-0045/notes.txt
  $ hwk client list
  CLIENT  NAME  TIMEZONE          ASSIGNMENTS
  c-0042  Alex  America/New_York  4
  c-0043  Sam   Europe/Berlin     1
  $ hwk due | grep '^c-'
  c-0042 (Alex)
  c-0043 (Sam)
  $ hwk remind --dry-run >/dev/null; echo $?
  0
  $ hwk summary --format csv | cut -d, -f1 | sort -u
  c-0042
  c-0043
  client

A folder whose plan.toml is not a file is still a client, whose error says what is wrong, as in
`hwk check`; the other clients are reported all the same:

  $ mkdir -p clients/c-0047/plan.toml
  $ hwk due c-0043 c-0047
  clients/c-0047/plan.toml: error: is a directory, not a file
  c-0043 (Sam)
    overdue   Fri 2026-11-20 09:00  Mood check
    overdue   Sat 2026-11-21 09:00  Mood check
    overdue   Sun 2026-11-22 09:00  Mood check
    overdue   Mon 2026-11-23 09:00  Mood check
    upcoming  today 09:00           Mood check
  [1]
  $ hwk due 2>&1 >/dev/null
  clients/c-0047/plan.toml: error: is a directory, not a file
  [1]
  $ hwk due 2>/dev/null | grep '^c-'
  c-0042 (Alex)
  c-0043 (Sam)
  $ rmdir clients/c-0047/plan.toml

Naming a folder that is not a client is an error, before anything is printed:

  $ hwk due c-0042 c-0044
  hwk: error: unknown client 'c-0044'
    hint: did you mean 'c-0042'?
  [1]
