--set of a field the template does not have is wrong usage, with a hint; nothing is written.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 mood --set mod=5 2>&1
  hwk: error: template 'mood-check' has no field 'mod'
    hint: did you mean 'mood'?
  [2]
  $ hwk log c-0042 mood --set rating=5 2>&1
  hwk: error: template 'mood-check' has no field 'rating'
    hint: the fields of 'mood-check' are: mood, energy, steps, did, note
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
