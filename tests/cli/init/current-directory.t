hwk init with no DIR makes the current directory a practice, keeping an existing .gitignore
and adding only the lines it lacks.

  $ mkdir notes && cd notes
  $ printf '*.swp\n.hwk/\n' > .gitignore
  $ hwk init
  initialized an empty hwk practice in .*/notes (re)
  $ cat .gitignore
  *.swp
  .hwk/
  .hwk-tmp-*
  $ ls
  clients
  hwk.toml
  templates

The time zone defaults to the machine's.

  $ grep '^timezone' hwk.toml
  timezone = "[A-Za-z_/+-]+"   # default time zone for new clients (re)

It is found from any directory below it, like git.

  $ mkdir -p deep/er && cd deep/er
  $ hwk client add c-0001 --timezone UTC
  added client c-0001 in UTC
  $ ls ../../clients
  c-0001
