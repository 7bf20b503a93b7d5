A log file may grow to 16 MiB, its readers' limit: every command that appends reads it with that
limit, not the 1 MiB of a plan. Fault injected: this writer's month file is already past 1 MiB.

  $ cp -R "$FIXTURES/steps" p && cd p
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ log=clients/c-0213/log/2026-11.testwrtr.toml
  $ { echo '# hwk log of c-0213 for 2026-11, written by testwrtr.'; head -c 1200000 /dev/zero | tr '\0' '#'; echo; } > $log
  $ hwk log c-0213 lift-ladder --set step="doors open" --set suds_before=30 --set suds_peak=40 --set suds_after=20 --at 2026-11-23T10:00 | head -n 1 | sed "s/ as .*//"
  recorded lift-ladder (done, step 2 of 6) for c-0213 at 2026-11-23T10:00:00+00:00
  $ hwk session c-0213 --at 2026-11-23T11:00 | sed 's/ as .*//'
  recorded a session with c-0213 at 2026-11-23T11:00:00+00:00
  $ hwk feedback c-0213 --week this-week --assignment lift-ladder --text "Well done" | sed 's/ as .*//'
  recorded feedback on the week of 2026-11-23 of lift-ladder for c-0213
  $ hwk advance c-0213 lift-ladder --at 2026-11-23T12:00 | tail -n 1 | sed 's/ as .*//'
  recorded for c-0213 at 2026-11-23T12:00:00+00:00
  $ grep -c '^\[\[records\]\]' $log
  4
  $ hwk check

A record that would take the file past 16 MiB is refused, and kept as a draft; the file is as it was.

  $ head -c $((16 * 1024 * 1024 - $(stat -c %s $log) - 10)) /dev/zero | tr '\0' '#' >> $log
  $ echo >> $log
  $ cp $log ../before.toml
  $ hwk log c-0213 lift-ladder --status skipped --reason "too busy" --at 2026-11-23T13:00 2>&1 | sed 's/01M[0-9A-Z]*/ID/g'
  clients/c-0213/log/2026-11.testwrtr.toml: error: cannot add 278 bytes: the file would be larger than 16 MiB, the most hwk reads in a file of its kind
    hint: hwk-check(1) lists the limits on files
  .hwk/drafts/log-c-0213-ID.toml: note: nothing was recorded; what you entered is kept here
    hint: record it with 'hwk log --draft .hwk/drafts/log-c-0213-ID.toml' once the problem is fixed
  $ cmp $log ../before.toml
