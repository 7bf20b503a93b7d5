With several clients, leaving the client out is wrong usage.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log mood --set mood=5 2>&1
  hwk: error: name the client: 'mood' is not a client of this practice
    hint: write hwk log CLIENT [ASSIGNMENT]; 'hwk client list' shows the clients
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
