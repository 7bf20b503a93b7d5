The review's period: from the last session by default, else the last four weeks; --since and
--until name another, in the client's time zone; a client without assignments has nothing to
review. Four weeks back is taken in the client's zone: in Berlin it is already Tuesday.

  $ cp -R "$FIXTURES/review" . && cd review
  $ hwk review | head -1
  Review of c-0042 (Alex), since the session of Mon 2026-11-16 10:00 to Mon 2026-11-23 21:00
  $ hwk review --since last-session | head -1
  Review of c-0042 (Alex), since the session of Mon 2026-11-16 10:00 to Mon 2026-11-23 21:00
  $ hwk review --since 2026-11-09 --until 2026-11-15 | head -1
  Review of c-0042 (Alex), from Mon 2026-11-09 00:00 to Mon 2026-11-16 00:00
Last week, by hand: the walk's 16-22 November = 7 expected, done 16, 21, 22, partial 19 and 20,
skipped 18, missed 17: (3 + 1) / 7 = 57%, streak 2; the check-in's Mon, Wed, Fri = 3, done Wed,
skipped Fri, missed Mon: 33%.

  $ hwk review --since last-week --until last-week | grep -e '^Review' -e Adherence:
  Review of c-0042 (Alex), from Mon 2026-11-16 00:00 to Mon 2026-11-23 00:00
    Adherence: 3 of 7 expected done (adherence 57%): 3 done, 2 partial, 1 skipped, 1 missed; streak 2, longest 2
    Adherence: 1 of 3 expected done (adherence 33%): 1 done, 0 partial, 1 skipped, 1 missed; streak 0, longest 1

The session was recorded at 10:00 on the 16th; with --until before it, the review starts four weeks
back (the weeks before the first session), and so it does without any session.

  $ hwk review --until 2026-11-15 | head -1
  Review of c-0042 (Alex), from Mon 2026-10-26 00:00 to Mon 2026-11-16 00:00
  $ perl -0pi -e 's/\n\[\[records\]\]\nid = "01M85MG2800000000000000015"\n.*?note = "Walks agreed"\n//s' clients/c-0042/log/2026-11.testwrtr.toml
  $ grep -c session clients/c-0042/log/2026-11.testwrtr.toml
  0
  [1]
  $ hwk check
  $ hwk review | head -1
  Review of c-0042 (Alex), from Mon 2026-10-26 00:00 to Mon 2026-11-23 21:00
  $ hwk client add c-0099 --timezone Europe/Berlin > /dev/null
  $ hwk review c-0099
  Review of c-0099, from Tue 2026-10-27 00:00 to Tue 2026-11-24 03:00
  
  No assignments.
