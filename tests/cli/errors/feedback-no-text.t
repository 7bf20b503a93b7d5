Feedback needs its text: without a terminal to ask on, --text is required; empty text and text
that is not UTF-8 are refused, and nothing is written.

  $ cp -R "$FIXTURES/review" . && cd review
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk feedback 01M85MG2800000000000000023 --quality 3 < /dev/null
  hwk: error: --text is required
    hint: give the feedback with --text TEXT, or --text - to read it from standard input
  [2]
  $ hwk feedback 01M85MG2800000000000000023 --text "   "
  hwk: error: the feedback text is empty
    hint: give it with --text TEXT
  [2]
  $ printf '\n\n' | hwk feedback 01M85MG2800000000000000023 --text -
  hwk: error: the feedback text is empty
    hint: give it with --text TEXT
  [2]
  $ printf 'caf\xe9' | hwk feedback 01M85MG2800000000000000023 --text -
  hwk: error: --text: not valid UTF-8 text (at byte 4)
    hint: give UTF-8 text of at most 64 KiB (check your terminal's or file's encoding)
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
