--set without FIELD=VALUE, or the same field twice, is wrong usage; nothing is written.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 mood --set mood 2>&1
  hwk: error: invalid --set 'mood'
    hint: write --set FIELD=VALUE
  [2]
  $ hwk log c-0042 mood --set mood=5 --set mood=6 2>&1
  hwk: error: field 'mood' is set twice
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
