Feedback must answer a record of the client's log: an unknown id is an error (with the closest
id as a hint when one is close), and nothing is written.

  $ cp -R "$FIXTURES/review" . && cd review
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk feedback c-0042 01M85MG2800000000000000024 --text "Well done"
  hwk: error: no record '01M85MG2800000000000000024' in the log of client 'c-0042'
    hint: did you mean '01M85MG2800000000000000020'?
  [1]
  $ hwk feedback c-0042 01KAB3NDEKTSV4RRFFQ69G5FAV --text "Well done"
  hwk: error: no record '01KAB3NDEKTSV4RRFFQ69G5FAV' in the log of client 'c-0042'
    hint: 'hwk review c-0042' shows the records of the period with their ids
  [1]
  $ hwk feedback c-0042 not-a-record --text "Well done"
  hwk: error: invalid record id 'not-a-record'
    hint: a record id has 26 characters, like 01M85MG280GT40E79XFD548VXM; 'hwk review' and 'hwk export' show them
  [2]
  $ hwk feedback c-0042 --text "Well done"
  hwk: error: invalid record id 'c-0042'
    hint: a record id has 26 characters, like 01M85MG280GT40E79XFD548VXM; 'hwk review' and 'hwk export' show them
  [2]
  $ hwk feedback --text "Well done"
  hwk: error: name the record the feedback answers, or the week with --week WHEN
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
