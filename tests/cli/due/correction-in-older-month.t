A correction is honoured wherever it is filed. Fault injected: the correction of a record of
today is filed in October (a record's month is its own date), a month that due and remind do not
read; the cache's index says which ids each file amends, so they need not read it.

  $ cp -R "$FIXTURES/due" . && cd due
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ hwk log c-0042 breathing --set tension_before=5 --set time_practised=10m --at 2026-11-23T08:05 --now 2026-11-23T08:06:00-05:00 | sed 's/ as .*//'
  recorded breathing (done) for c-0042 at 2026-11-23T08:05:00-05:00
  $ id=$(sed -n 's/^id = "\(.*\)"$/\1/p' clients/c-0042/log/2026-11.testwrtr.toml | tail -n 1)
  $ hwk due c-0042 --now 2026-11-23T09:00:00-05:00 | grep -c 'today 08:00'
  0
  [1]
  $ hwk remind --now 2026-11-23T09:00:00-05:00 --dry-run

The practice was not today after all: the correction says so, with the day it did happen.

  $ hwk log c-0042 breathing --amends $id --status skipped --reason "that was in October" --at 2026-10-20T08:00 --now 2026-11-23T08:30:00-05:00 | sed 's/ as .*//'
  recorded breathing (skipped) for c-0042 at 2026-10-20T08:00:00-04:00
  $ ls clients/c-0042/log
  2026-10.testwrtr.toml
  2026-11.testwrtr.toml
  $ hwk due c-0042 --now 2026-11-23T09:00:00-05:00 | grep 'today 08:00'
    due       today 08:00                    Paced breathing
  $ hwk remind --now 2026-11-23T09:00:00-05:00 --dry-run
  c-0042: Paced breathing at 08:00 (late, Mon 2026-11-23)

The same from a warm cache (the October file's entry is trusted, its records not read), and
without one; summary, which reads every month, agrees (no practice recorded in today's open window):

  $ hwk due c-0042 --now 2026-11-23T09:00:00-05:00 | grep 'today 08:00'
    due       today 08:00                    Paced breathing
  $ rm -r .hwk/cache
  $ hwk remind --now 2026-11-23T09:00:00-05:00 --dry-run
  c-0042: Paced breathing at 08:00 (late, Mon 2026-11-23)
  $ hwk summary c-0042 --since 2026-11-23 --now 2026-11-23T09:00:00-05:00 --format csv | grep breathing | cut -d, -f1,3,14
  c-0042,breathing,0
