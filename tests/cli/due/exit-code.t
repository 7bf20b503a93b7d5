--exit-code makes the status say whether anything is due or overdue (1) or not (0); upcoming
practice does not count.

  $ cp -R "$FIXTURES/due" . && cd due
  $ hwk due c-0043 > /dev/null
  $ hwk due c-0043 --exit-code > /dev/null
  [1]

On Thursday 19 November at 06:00 Berlin time Sam's assignment has not started; Friday's 09:00 is
upcoming within 2 days and does not count:

  $ hwk due c-0043 --exit-code --within 2d --now 2026-11-19T00:00:00-05:00
  c-0043 (Sam)
    upcoming  tomorrow 09:00  Mood check
  $ hwk due c-0043 --exit-code --now 2026-11-19T00:00:00-05:00
