A first walk through the core: a practice, a client, an assignment, a record.

  $ hwk --version
  hwk 0.1.0
  $ hwk init practice
  initialized an empty hwk practice in .*/practice (re)
  $ cd practice
  $ hwk client add c-0042 --name Alex --timezone America/New_York
  added client c-0042 (Alex) in America/New_York
