hwk init refuses to make a practice where one is, or in a client's repository; nothing changes.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk init 2>&1
  hwk.toml: error: a practice already exists here; not overwriting it
  [1]
  $ cd .. && hwk init practice 2>&1 && cd practice
  practice/hwk.toml: error: a practice already exists here; not overwriting it
  [1]
  $ hwk init practice/clients/c-0042 2>&1
  practice/clients/c-0042/plan.toml: error: this is a client's repository; not making it a practice
  [1]
  $ cd practice
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
