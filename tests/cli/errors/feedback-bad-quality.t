--quality is the clinician's rating of the practice, a whole number from 0 to 4; anything else
is wrong usage and nothing is written.

  $ cp -R "$FIXTURES/review" . && cd review
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk feedback 01M85MG2800000000000000023 --text "Good" --quality 5
  hwk: error: invalid --quality '5'
    hint: give a whole number from 0 (not attempted) to 4 (done as agreed, with skill or something new learned); 'hwk feedback --help' shows every point
  [2]
  $ hwk feedback 01M85MG2800000000000000023 --text "Good" --quality -1
  hwk: error: invalid --quality '-1'
    hint: give a whole number from 0 (not attempted) to 4 (done as agreed, with skill or something new learned); 'hwk feedback --help' shows every point
  [2]
  $ hwk feedback 01M85MG2800000000000000023 --text "Good" --quality 3.5
  hwk: error: invalid --quality '3.5'
    hint: give a whole number from 0 (not attempted) to 4 (done as agreed, with skill or something new learned); 'hwk feedback --help' shows every point
  [2]
  $ hwk feedback 01M85MG2800000000000000023 --text "Good" --quality two
  hwk: error: invalid --quality 'two'
    hint: give a whole number from 0 (not attempted) to 4 (done as agreed, with skill or something new learned); 'hwk feedback --help' shows every point
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
