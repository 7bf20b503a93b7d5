A mistyped command or option at any level gets the closest one; a command that needs a command
names them; a schedule of several words not quoted is told how to quote it. Exit status 2, nothing
written.

  $ hwk init p --timezone America/New_York > /dev/null && cd p
  $ hwk client add c-0042 > /dev/null
  $ find . | sort > ../before
  $ hwk template lst
  hwk: error: unknown command 'template lst'
    hint: did you mean 'template list'?
  [2]
  $ hwk client ad c-0043
  hwk: error: unknown command 'client ad'
    hint: did you mean 'client add'?
  [2]
  $ hwk client zzz
  hwk: error: unknown command 'client zzz'
    hint: its commands are add, link or list
  [2]
  $ hwk client
  hwk: error: 'hwk client' needs a command: add, link or list
    hint: run 'hwk client --help' for usage
  [2]
  $ hwk log c-0042 --sett tension=3
  hwk: error: unknown option '--sett' for 'hwk log'
    hint: did you mean '--set'?
  [2]
  $ hwk due --withn=2h
  hwk: error: unknown option '--withn' for 'hwk due'
    hint: did you mean '--within'?
  [2]
  $ hwk template list --xyzzy
  hwk: error: unknown option '--xyzzy' for 'hwk template list'
    hint: run 'hwk template list --help' for usage
  [2]
  $ hwk assign c-0042 paced-breathing --schedule mon wed fri
  hwk: error: too many arguments: at most 2 ([CLIENT] TEMPLATE), 4 given
    hint: a schedule of several words is one argument: quote it, as in --schedule 'mon wed fri'
  [2]
  $ hwk assign c-0042 paced-breathing extra
  hwk: error: too many arguments: at most 2 ([CLIENT] TEMPLATE), 3 given
    hint: run 'hwk assign --help' for usage
  [2]
  $ find . | sort | diff ../before -

Help names the arguments, not CLI11's placeholder:

  $ hwk log --help | sed -n 2p
  Usage: hwk log [OPTIONS] [CLIENT] [ASSIGNMENT]
  $ hwk assign --help | grep -c 'ARGS'
  0
  [1]
