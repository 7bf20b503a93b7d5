hwk due lists, per client, what is overdue (since the last session, or the last 7 days when there
is none), due now, and upcoming (by default the rest of today in the client's time zone). The clock
is Monday 2026-11-23 21:00 in New York, already Tuesday 03:00 in Berlin.

  $ cp -R "$FIXTURES/due" . && cd due

Alex's last session was Thursday 10:00: Thursday's 21:30 breathing is overdue, and so are its 08:00
and its mood check, which were due before the session but whose day ended after it (a practice
counts in the period in which its time to do it ends: hwk-summary(1)).
Friday is all answered; a partial record answers Saturday's 08:00 and a skipped one Sunday's. Last
week's walks (3 per week, weeks from Monday) had none. Sam has had no session, so overdue goes back
7 days, to the start of the assignment; Sam's "today" is Tuesday:

  $ hwk due
  c-0042 (Alex)
    overdue   Thu 2026-11-19                 Mood check
    overdue   Thu 2026-11-19 08:00           Paced breathing
    overdue   Thu 2026-11-19 21:30           Paced breathing
    overdue   Sat 2026-11-21 21:30           Paced breathing
    overdue   by Sun 2026-11-22              Mood check: 3 more
    overdue   Sun 2026-11-22 21:30           Paced breathing
    due       today                          Mood check
    due       today 08:00                    Paced breathing
    due       this week (by Sun 2026-11-29)  Mood check: 2 more
    upcoming  today 21:30                    Paced breathing
  c-0043 (Sam)
    overdue   Fri 2026-11-20 09:00  Mood check
    overdue   Sat 2026-11-21 09:00  Mood check
    overdue   Sun 2026-11-22 09:00  Mood check
    overdue   Mon 2026-11-23 09:00  Mood check
    upcoming  today 09:00           Mood check

One client, and upcoming within a duration, in time order (a day without a time sorts at the start
of that day in the client's zone):

  $ hwk due c-0042 --within 2d
  c-0042 (Alex)
    overdue   Thu 2026-11-19                 Mood check
    overdue   Thu 2026-11-19 08:00           Paced breathing
    overdue   Thu 2026-11-19 21:30           Paced breathing
    overdue   Sat 2026-11-21 21:30           Paced breathing
    overdue   by Sun 2026-11-22              Mood check: 3 more
    overdue   Sun 2026-11-22 21:30           Paced breathing
    due       today                          Mood check
    due       today 08:00                    Paced breathing
    due       this week (by Sun 2026-11-29)  Mood check: 2 more
    upcoming  today 21:30                    Paced breathing
    upcoming  tomorrow                       Mood check
    upcoming  tomorrow 08:00                 Paced breathing
    upcoming  tomorrow 21:30                 Paced breathing
    upcoming  Wed 2026-11-25                 Mood check
    upcoming  Wed 2026-11-25 08:00           Paced breathing
    upcoming  Wed 2026-11-25 18:00           Mood check

  $ hwk due c-0043 --within 30m
  c-0043 (Sam)
    overdue  Fri 2026-11-20 09:00  Mood check
    overdue  Sat 2026-11-21 09:00  Mood check
    overdue  Sun 2026-11-22 09:00  Mood check
    overdue  Mon 2026-11-23 09:00  Mood check

Recording a practice at 20:00 answers the earliest unanswered occurrence of its day, the 08:00:

  $ mkdir -p .hwk && echo testwrtr > .hwk/writer
  $ hwk log c-0042 breathing --set tension_before=5 --set time_practised=10m --at 2026-11-23T20:00 > /dev/null
  $ hwk due c-0042 | grep Paced
    overdue   Thu 2026-11-19 08:00           Paced breathing
    overdue   Thu 2026-11-19 21:30           Paced breathing
    overdue   Sat 2026-11-21 21:30           Paced breathing
    overdue   Sun 2026-11-22 21:30           Paced breathing
    upcoming  today 21:30                    Paced breathing

A practice with nothing due prints nothing when the output is not a terminal:

  $ hwk due c-0043 --now 2026-11-19T12:00:00-05:00
