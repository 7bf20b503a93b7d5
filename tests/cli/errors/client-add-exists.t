hwk client add refuses to overwrite a client; its files are unchanged.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk client add c-0042 --name Other 2>&1
  clients/c-0042: error: client 'c-0042' already exists; not overwriting it
    hint: edit its plan with 'hwk edit c-0042'
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
