With several clients, leaving the client out is wrong usage.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log mood --set mood=5 2>&1
  hwk: error: name the client: this practice has 2 clients
    hint: run 'hwk client list' to see them
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
