Each clone writes only its own log files, named by its writer id; the id is bound to where it was
made (this machine and this .hwk folder, in .hwk/writer-place). Fault injected: the practice copied
with its .hwk/ (cp -a, as rsync -a or a restored backup would): the copy takes a writer id of its
own, so the two never write the same file; the original keeps its id, moved or not.

  $ cp -R "$FIXTURES/practice" original && cd original
  $ hwk log c-0042 mood --set mood=4 --at 2026-11-20T09:00 > /dev/null
  $ writer=$(cat .hwk/writer)
  $ sed "s/$(cat /etc/machine-id 2>/dev/null || echo unknown)/MACHINE/; s/^folder [0-9]*$/folder INODE/" .hwk/writer-place
  # Where this clone's writer id belongs (see hwk-log(5)); a copy of .hwk/ elsewhere takes a new one.
  machine MACHINE
  folder INODE
  $ cd .. && cp -a original copy && cd copy
  $ hwk log c-0042 mood --set mood=5 --at 2026-11-21T09:00 > /dev/null
  $ test "$(cat .hwk/writer)" != "$writer"
  $ ls clients/c-0042/log | grep -c "2026-11\.$writer\.toml"
  1
  $ ls clients/c-0042/log | grep -vc "2026-11\.$writer\.toml"
  1
  $ grep -c '^\[\[records\]\]' "clients/c-0042/log/2026-11.$writer.toml"
  1
  $ hwk check

The original keeps its id, also when it is moved (the same folder on the same machine):

  $ cd .. && mv original moved && cd moved
  $ hwk log c-0042 mood --set mood=6 --at 2026-11-22T09:00 > /dev/null
  $ test "$(cat .hwk/writer)" = "$writer"
  $ ls clients/c-0042/log
  2026-11.*.toml (glob)

A writer id written by hand (or by an older hwk) is kept, and bound to its place from then on.

  $ cd .. && cp -R "$FIXTURES/practice" handmade && cd handmade
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ hwk log c-0042 mood --set mood=4 > /dev/null
  $ cat .hwk/writer
  testwrtr
  $ test -f .hwk/writer-place
