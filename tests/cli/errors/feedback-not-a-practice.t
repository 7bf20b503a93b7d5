Feedback answers a practice record (or a week of practice): a session or another feedback
record is refused, and nothing is written.

  $ cp -R "$FIXTURES/review" . && cd review
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk feedback 01M85MG2800000000000000015 --text "Good session"
  hwk: error: record '01M85MG2800000000000000015' is a session record, not a practice
    hint: feedback answers a practice record, or a week of practice with --week
  [1]
  $ hwk feedback 01M85MG2800000000000000040 --text "More"
  hwk: error: record '01M85MG2800000000000000040' is a feedback record, not a practice
    hint: feedback answers a practice record, or a week of practice with --week
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
