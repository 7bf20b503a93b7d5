--version prints "hwk X.Y.Z" and exits 0, whatever else is on the command line.

  $ hwk --version
  hwk [0-9]+\.[0-9]+\.[0-9]+ (re)
  $ hwk --version 2>/dev/null | wc -l
  1
