Encodings a file picks up on other machines. Text that is not UTF-8 is refused at the place of its
first bad byte; a byte-order mark and CRLF line ends (Windows editors) are read as if absent.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ cp templates/mood-check.yaml ../mood-check.yaml
  $ cp clients/c-0042/plan.toml ../plan.toml

Invalid UTF-8 (Latin-1 "café") in a template, a plan and a log file.

  $ printf 'id: latin\nversion: 1\ntitle: Caf\351\nkind: exposure\n' > templates/latin.yaml
  $ sed -i 's/^name    =   "Alex"/name = "Caf\xe9"/' clients/c-0042/plan.toml
  $ printf '[[records]]\nid = "01M85MG2800000000000000001"\nnote = "\xc3"\n' > clients/c-0043/log/2026-11.testwrtr.toml
  $ find . -type f -not -path './.hwk/*' | sort | xargs sha256sum > ../before
  $ hwk check 2>&1
  clients/c-0042/plan.toml:3:12: error: the text is not valid UTF-8
    hint: save the file as UTF-8 in your editor
  clients/c-0043/log/2026-11.testwrtr.toml:3:9: error: the text is not valid UTF-8
    hint: save the file as UTF-8 in your editor
  templates/latin.yaml:3:11: error: the text is not valid UTF-8
    hint: save the file as UTF-8 in your editor
  [1]
  $ hwk template lint templates/latin.yaml 2>&1
  templates/latin.yaml:3:11: error: the text is not valid UTF-8
    hint: save the file as UTF-8 in your editor
  [1]
  $ hwk plan show c-0042 2>&1
  clients/c-0042/plan.toml:3:12: error: the text is not valid UTF-8
    hint: save the file as UTF-8 in your editor
  [1]
  $ hwk log c-0042 mood --set mood=5 2>&1
  clients/c-0042/plan.toml:3:12: error: the text is not valid UTF-8
    hint: save the file as UTF-8 in your editor
  [1]
  $ find . -type f -not -path './.hwk/*' | sort | xargs sha256sum | cmp - ../before

A NUL byte is not text either.

  $ printf 'id: nul\nversion: 1\ntitle: N\000l\nkind: exposure\n' > templates/latin.yaml
  $ hwk template lint templates/latin.yaml 2>&1
  templates/latin.yaml:3:9: error: the text holds a NUL byte
    hint: is this a binary file?
  [1]
  $ rm templates/latin.yaml

A byte-order mark and CRLF line ends are accepted everywhere, and hwk log appends to such a file.

  $ printf '\357\273\277' > templates/mood-check.yaml && sed 's/$/\r/' ../mood-check.yaml >> templates/mood-check.yaml
  $ printf '\357\273\277' > clients/c-0042/plan.toml && { cat ../plan.toml; echo; } | sed 's/$/\r/' >> clients/c-0042/plan.toml
  $ printf '\357\273\277' > clients/c-0043/log/2026-11.testwrtr.toml
  $ printf '[[records]]\r\nid = "01M85MG2800000000000000001"\r\nkind = "session"\r\nat = 2026-11-20T08:00:00-05:00\r\nrecorded = 2026-11-20T08:05:00-05:00\r\nnote = "first"\r\n' >> clients/c-0043/log/2026-11.testwrtr.toml
  $ hwk check
  $ hwk template lint templates/mood-check.yaml
  $ hwk plan show c-0042 | head -3
  c-0042 (Alex), America/New_York
  
  Goals
  $ mkdir -p .hwk && echo testwrtr > .hwk/writer
  $ hwk session c-0043 --note second --at 2026-11-21T08:00 >/dev/null
  $ cat -A clients/c-0043/log/2026-11.testwrtr.toml | sed -n '1p;6,8p'
  M-oM-;M-?[[records]]^M$
  note = "first"^M$
  $
  [[records]]$
  $ hwk check
  $ hwk review c-0043 | grep -i session
  Review of c-0043 (Sam), since the session of Sat 2026-11-21 08:00 to Tue 2026-11-24 03:00
