A writer accepts only what every reader accepts: a text over the 64 KiB a reader takes in one value,
or not UTF-8, is refused at every path by which text reaches a log file, and nothing is written.
Faults injected: a 70,000-byte text and a Latin-1 byte, by --reflect -, --reason, --set on a text
field without a length, session --note, advance --note and feedback --text -.

  $ cp -R "$FIXTURES/steps" p && cd p
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ sed -i '0,/^    max_length: 300$/{//d}' clients/c-0213/templates/exposure-step.v1.yaml
  $ sed -n '/id: step$/,/id: suds_before/p' clients/c-0213/templates/exposure-step.v1.yaml | grep -c max_length
  0
  [1]
  $ big=$(head -c 70000 /dev/zero | tr '\0' a)
  $ find clients -type f | sort | xargs sha256sum > ../before
  $ printf '%s' "$big" | hwk log c-0213 lift-ladder --set step=x --set suds_before=10 --set suds_peak=20 --set suds_after=10 --reflect -
  hwk: error: --reflect: a text value of 70000 bytes; hwk reads at most 64 KiB in one value
    hint: give UTF-8 text of at most 64 KiB (check your terminal's or file's encoding)
  [2]
  $ hwk log c-0213 lift-ladder --status skipped --reason "$big"
  hwk: error: --reason: a text value of 70000 bytes; hwk reads at most 64 KiB in one value
    hint: give UTF-8 text of at most 64 KiB (check your terminal's or file's encoding)
  [2]
  $ hwk log c-0213 lift-ladder --status skipped --reason "$(printf 'caf\351')"
  hwk: error: --reason: not valid UTF-8 text (at byte 4)
    hint: give UTF-8 text of at most 64 KiB (check your terminal's or file's encoding)
  [2]
  $ hwk log c-0213 lift-ladder --set step="$big" --set suds_before=10 --set suds_peak=20 --set suds_after=10
  hwk: error: field 'step': a text value of 70000 bytes; hwk reads at most 64 KiB in one value
    hint: run 'hwk template show exposure-step' to see what it takes
  [1]
  $ hwk session c-0213 --note "$big"
  hwk: error: --note: a text value of 70000 bytes; hwk reads at most 64 KiB in one value
    hint: give UTF-8 text of at most 64 KiB (check your terminal's or file's encoding)
  [2]
  $ hwk advance c-0213 lift-ladder --note "$big"
  hwk: error: --note: a text value of 70000 bytes; hwk reads at most 64 KiB in one value
    hint: give UTF-8 text of at most 64 KiB (check your terminal's or file's encoding)
  [2]
  $ printf '%s' "$big" | hwk feedback c-0213 --week this-week --assignment lift-ladder --text -
  hwk: error: --text: a text value of 70000 bytes; hwk reads at most 64 KiB in one value
    hint: give UTF-8 text of at most 64 KiB (check your terminal's or file's encoding)
  [2]
  $ find clients -type f | sort | xargs sha256sum | cmp - ../before
  $ ls .hwk
  writer

A text of exactly 64 KiB is written and read back.

  $ head -c 65536 /dev/zero | tr '\0' b | hwk session c-0213 --at 2026-11-23T11:00 --note "$(cat)" | sed 's/ as .*//'
  recorded a session with c-0213 at 2026-11-23T11:00:00+00:00
  $ hwk check
  $ hwk review c-0213 > /dev/null
