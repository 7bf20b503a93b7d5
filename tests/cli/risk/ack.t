hwk ack appends an acknowledgement record to this clone's own log file: the flag it names is
cleared everywhere the log goes (review, summary, due, remind, plan show). Acknowledging again
writes nothing.

  $ cp -R "$FIXTURES/risk" p && cd p
  $ hwk plan show c-0042 | head -3
  c-0042 (Alex), America/New_York
  Last session: 2026-11-16T09:00
  Risk: 2 records need your attention (hwk review c-0042)
  $ hwk ack c-0042 01M7VM2580HNVGXGPJZ2Y2QVG5 --note "Called Alex; safe" | sed 's/ as [0-9A-Z]*;/ as ID;/'
  acknowledged 01M7VM2580HNVGXGPJZ2Y2QVG5 (dbt-diary-card) for c-0042 as ID; 1 record needs your attention
  $ cat clients/c-0042/log/2026-11.$(cat .hwk/writer).toml | tail -n +4 | sed 's/^id = .*/id = ID/'
  [[records]]
  id = ID
  kind = "ack"
  at = 2026-11-23T21:00:00-05:00
  recorded = 2026-11-23T21:00:00-05:00
  assignment = "dbt-diary-card"
  answers = "01M7VM2580HNVGXGPJZ2Y2QVG5"
  note = "Called Alex; safe"
  $ hwk plan show c-0042 | grep '^Risk'
  Risk: 1 record needs your attention (hwk review c-0042)
  $ sha256sum clients/c-0042/log/* > ../before
  $ hwk ack c-0042 01M7VM2580HNVGXGPJZ2Y2QVG5 | sed 's/ (.*); / (ID); /'
  record 01M7VM2580HNVGXGPJZ2Y2QVG5 was already acknowledged on 2026-11-23T21:00:00-05:00 (ID); nothing was written
  $ sha256sum -c --quiet ../before
  $ hwk ack c-0042 01M80FZS70R9B13Q9RHVY2K657 | sed 's/ as [0-9A-Z]*;/ as ID;/'
  acknowledged 01M80FZS70R9B13Q9RHVY2K657 (dbt-diary-card) for c-0042 as ID; no other record needs your attention
  $ hwk plan show c-0042 | grep '^Risk'
  [1]

Mistakes are told plainly, and write nothing: a record that raised no flag, an id that is not in
the log (with the closest open one), a malformed id (wrong usage, exit 2), a note that is not UTF-8
text.

  $ cp -R "$FIXTURES/risk" q && cd q
  $ hwk ack c-0042 01M7P6P260ZV199XX0B5BYFKTH
  hwk: error: record '01M7P6P260ZV199XX0B5BYFKTH' raised no risk flag; there is nothing to acknowledge
    hint: records that need your attention: 01M7VM2580HNVGXGPJZ2Y2QVG5, 01M80FZS70R9B13Q9RHVY2K657
  [1]
  $ hwk ack c-0042 01M7VM2580HNVGXGPJZ2Y2QVG6
  hwk: error: no record '01M7VM2580HNVGXGPJZ2Y2QVG6' in the log of client 'c-0042'
    hint: did you mean '01M7VM2580HNVGXGPJZ2Y2QVG5'?
  [1]
  $ hwk ack c-0042 not-an-id
  hwk: error: invalid record id 'not-an-id'
    hint: 'hwk review c-0042' shows the records that need your attention
  [2]
  $ hwk ack c-0042 01M7VM2580HNVGXGPJZ2Y2QVG5 --note "$(printf 'seen\377')"
  hwk: error: --note: not valid UTF-8 text (at byte 5)
    hint: give UTF-8 text of at most 64 KiB (check your terminal's or file's encoding)
  [2]
  $ hwk ack c-0999 01M7VM2580HNVGXGPJZ2Y2QVG5
  hwk: error: unknown client 'c-0999'
    hint: add it with 'hwk client add c-0999'
  [1]
  $ ls .hwk 2>/dev/null; ls clients/c-0042/log
  2026-11.testwrtr.toml

A note is the clinician's own words, kept as typed; an escape sequence in it reaches no terminal.

  $ hwk ack c-0042 01M7VM2580HNVGXGPJZ2Y2QVG5 --note "$(printf 'seen\033[2J')" > /dev/null
  $ hwk review c-0042 | grep Acknowledged
      Acknowledged Mon 2026-11-23 21:00: seen\x1b[2J
