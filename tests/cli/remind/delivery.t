A reminder is recorded as given only once it was delivered: printed and flushed without error.
Fault injected: standard output on /dev/full (every write fails with ENOSPC). The run fails
(exit 1, on stderr, which cron mails), the ledger does not count the reminder, and the next run
gives it.

  $ cp -R "$FIXTURES/due" . && cd due
  $ hwk remind --now 2026-11-23T08:05:00-05:00 > /dev/full
  hwk: error: cannot write to standard output: no space left on device
    hint: the reminders were not recorded as given: the next run gives them again
  [1]
  $ cat .hwk/reminders 2>/dev/null | grep -c breathing
  0
  [1]
  $ hwk remind --now 2026-11-23T08:10:00-05:00 --format json > /dev/full
  hwk: error: cannot write to standard output: no space left on device
    hint: the reminders were not recorded as given: the next run gives them again
  [1]
  $ hwk remind --now 2026-11-23T08:10:00-05:00
  c-0042: Paced breathing at 08:00
  $ hwk remind --now 2026-11-23T08:15:00-05:00

A run with nothing to give prints nothing, so a full output does not matter to it.

  $ hwk remind --now 2026-11-23T08:20:00-05:00 > /dev/full

Fault injected: one run with a longer --catch-up than the runs before it. The ledger forgets what
fell due more than two days before a run's window; a later run with a longer window must not give
again what it forgot (Monday's), and gives what the runs before it never gave (Tuesday's and
Wednesday's, while the machine slept). Reminders that fell due before what the ledger remembers
count as given.

  $ hwk remind --now 2026-11-23T21:35:00-05:00
  c-0042: Paced breathing at 21:30
  $ hwk remind --now 2026-11-26T08:05:00-05:00 --catch-up 10m
  c-0042: Paced breathing at 08:00
  $ grep -c '2026-11-23' .hwk/reminders
  0
  [1]
  $ hwk remind --now 2026-11-26T08:10:00-05:00 --catch-up 4d
  c-0042: Paced breathing at 08:00 (late, Tue 2026-11-24)
  c-0042: Paced breathing at 21:30 (late, Tue 2026-11-24)
  c-0042: Paced breathing at 08:00 (late, Wed 2026-11-25)
  c-0042: Mood check at 18:00 (late, Wed 2026-11-25)
  c-0042: Paced breathing at 21:30 (late, Wed 2026-11-25)
  c-0043: Mood check at 09:00 (late, Tue 2026-11-24)
  c-0043: Mood check at 09:00 (late, Wed 2026-11-25)
  c-0043: Mood check at 09:00 (late, Thu 2026-11-26)

Any output to a standard output that fails is an error, not a success.

  $ hwk export c-0042 --format csv > /dev/full
  hwk: error: cannot write to standard output: no space left on device
  [1]
  $ hwk due > /dev/full
  hwk: error: cannot write to standard output: no space left on device
  [1]
