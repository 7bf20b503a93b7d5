The derived cache is opened inside the practice's confinement and only when it is a regular file.
Faults injected: a .hwk that is a link leading out of the practice (which hwk check refuses), and a
FIFO where a client's cache file should be, read while remind holds its lock.

  $ cp -R "$FIXTURES/due" . && cd due
  $ hwk due c-0042 > /dev/null
  $ ls .hwk/cache/clients
  c-0042

A FIFO in the cache's place is no cache: remind neither waits for a writer nor fails, and the
cache written after it takes the FIFO's place.

  $ rm .hwk/cache/clients/c-0042 && mkfifo .hwk/cache/clients/c-0042
  $ timeout 20 hwk remind --now 2026-11-23T08:05:00-05:00
  c-0042: Paced breathing at 08:00
  $ test -f .hwk/cache/clients/c-0042

.hwk a link leading out of the practice: the cache is neither read nor written through it (a FIFO
there would hang a reader), and check names the link.

  $ rm -r .hwk && mkdir -p ../elsewhere/cache/clients && ln -s ../elsewhere .hwk
  $ mkfifo ../elsewhere/cache/clients/c-0042
  $ timeout 20 hwk due c-0042 | head -n 1
  c-0042 (Alex)
  $ rm ../elsewhere/cache/clients/c-0042
  $ timeout 20 hwk summary > /dev/null
  $ find ../elsewhere -type f
  $ hwk check 2>&1 | head -n 1
  .hwk: error: a symbolic link to '../elsewhere', outside the practice; hwk does not read or write through it
