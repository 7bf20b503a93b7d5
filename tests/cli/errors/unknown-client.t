An unknown client, with a hint to the closest one; nothing is written.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-042 mood --set mood=5 2>&1
  hwk: error: unknown client 'c-042'
    hint: did you mean 'c-0042'?
  [1]
  $ hwk assign zz-9999 mood-check 2>&1
  hwk: error: unknown client 'zz-9999'
    hint: add it with 'hwk client add zz-9999'
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
