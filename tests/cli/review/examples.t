The review examples in examples/ are what hwk review prints today for the example practice, at the
time its records were made (README shows them): regenerate them with the commands below, without
the cmp, when the review changes on purpose.

  $ examples="$TESTDIR/../../../examples"
  $ hwk -C "$examples/practice" review c-0042 --format md | cmp - "$examples/review-c-0042.md"
  $ hwk -C "$examples/practice" review c-0042 --format html | cmp - "$examples/review-c-0042.html"
  $ hwk -C "$examples/practice" review c-0318 --format md | cmp - "$examples/review-c-0318.md"
  $ hwk -C "$examples/practice" check 2>/dev/null
