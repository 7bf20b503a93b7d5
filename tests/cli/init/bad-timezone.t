An unknown --timezone is wrong usage, and nothing is created.

  $ hwk init practice --timezone Mars/Olympus 2>&1
  hwk: error: unknown time zone 'Mars/Olympus'
    hint: use an IANA name such as Europe/Berlin
  [2]
  $ ls -A
