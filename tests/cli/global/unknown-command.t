An unknown command, a missing command, or an unknown option is wrong usage, named in the message.

  $ hwk frobnicate 2>&1
  hwk: error: unknown command 'frobnicate'
    hint: run 'hwk --help' for the list of commands
  [2]
  $ hwk 2>&1
  hwk: error: a command is required
    hint: run 'hwk --help' for the list of commands
  [2]
  $ hwk init --frobnicate 2>&1
  hwk: error: unknown option '--frobnicate' for 'hwk init'
    hint: run 'hwk init --help' for usage
  [2]
  $ ls -A
