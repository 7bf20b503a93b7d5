hwk export -o FILE writes the export to a private file (0600, even with a loose umask) instead
of standard output, and refuses to replace a file that exists unless --force is given.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ umask 022
  $ hwk export c-0042 --format ics -o calendar.ics
  $ stat -c '%a %n' calendar.ics
  600 calendar.ics
  $ hwk export c-0042 --format ics | cmp - calendar.ics
  $ ls -a | grep hwk-tmp
  [1]

An existing file is kept as it was, and nothing else is written.

  $ echo 'keep me' > calendar.ics
  $ hwk export c-0042 --format json -o calendar.ics 2>&1
  calendar.ics: error: already exists, not overwriting it
    hint: add --force to replace it
  [1]
  $ cat calendar.ics
  keep me
  $ hwk export c-0042 --format json -o calendar.ics --force
  $ stat -c '%a' calendar.ics
  600
  $ head -c 30 calendar.ics; echo
  {"version":1,"client":{"id":"c

-o is taken relative to the directory given with -C, like every path.

  $ cd .. && hwk -C practice export c-0043 --format csv --output sam.csv && cat practice/sam.csv
  id,kind,at,recorded,assignment,template,template_version,status,reason,reflection,amends,answers,week,quality,record_note,at_assumed\r (esc)
  $ ls sam.csv
  ls: cannot access 'sam.csv': No such file or directory
  [2]
