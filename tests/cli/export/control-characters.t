A reflection saved by an older hwk whose prompt took the arrow keys as text: "I am boring" and
three presses of the left arrow (ESC [ D). Fault injected: the record is written from a script.
No export writes the raw ESC: CSV shows it as \x1b, as a terminal does; JSON escapes it exactly.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ hwk log c-0042 mood --set mood=4 --reflect "$(printf 'I am boring\033[D\033[D\033[D')" --set "note=$(printf 'bell\a, tab\there')" --at 2026-11-20T09:00 > /dev/null
  $ hwk export c-0042 --format csv -o out.csv
  $ grep -c "$(printf '\033')" out.csv
  0
  [1]
  $ tr -d '\r' < out.csv | cut -d, -f10,15- | tail -1
  I am boring\\x1b[D\\x1b[D\\x1b[D,,false,4,"bell\\x07, tab\there" (esc)
  $ hwk export c-0042 --format json | grep -o '"reflection":"I am[^"]*"'
  "reflection":"I am boring\u001b[D\u001b[D\u001b[D"
