A client id that could name a path outside the practice is refused as wrong usage.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk client add ../evil 2>&1
  hwk: error: invalid client id '../evil': it must start with a lowercase letter or digit
    hint: use e.g. c-0042
  [2]
  $ hwk log C-0042 mood --set mood=5 2>&1
  hwk: error: invalid client id 'C-0042': it must start with a lowercase letter or digit
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
  $ ls ..
  before
  practice
