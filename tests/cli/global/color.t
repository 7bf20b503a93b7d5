--color always colours even into a pipe, --color never and TERM=dumb do not; on a terminal,
colour is on unless NO_COLOR is set. A bad --color is wrong usage.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ hwk --color always log c-0042 nope 2>&1 | cat -v
  clients/c-0042/plan.toml: ^[[1;31merror^[[0m: unknown assignment 'nope' for client 'c-0042'
    hint: the plan's assignments are: breathing, mood
  $ hwk --color always client list | cat -v
  ^[[1mCLIENT  ^[[0m^[[1mNAME  ^[[0m^[[1mTIMEZONE          ^[[0m^[[1mASSIGNMENTS^[[0m
  c-0042  Alex  America/New_York  2
  c-0043  Sam   Europe/Berlin     0
  $ hwk --color never log c-0042 nope 2>&1 | cat -v
  clients/c-0042/plan.toml: error: unknown assignment 'nope' for client 'c-0042'
    hint: the plan's assignments are: breathing, mood
  $ hwk --color auto template show mood-check | head -n 1 | cat -v
  Mood check  (mood-check, version 1)

On a terminal (a pseudo-terminal made by script(1)):

  $ TERM=xterm script -qec 'hwk template show mood-check' /dev/null < /dev/null | head -n 1 | tr -d '\r' | cat -v
  ^[[1mMood check^[[0m  ^[[2m(mood-check, version 1)^[[0m
  $ TERM=xterm NO_COLOR=1 script -qec 'hwk template show mood-check' /dev/null < /dev/null | head -n 1 | tr -d '\r' | cat -v
  Mood check  (mood-check, version 1)
  $ TERM=xterm NO_COLOR=1 script -qec 'hwk --color always template show mood-check' /dev/null < /dev/null | head -n 1 | tr -d '\r' | cat -v
  ^[[1mMood check^[[0m  ^[[2m(mood-check, version 1)^[[0m
  $ TERM=dumb script -qec 'hwk template show mood-check' /dev/null < /dev/null | head -n 1 | tr -d '\r' | cat -v
  Mood check  (mood-check, version 1)

The user's config file can ask for colour; --color overrides it.

  $ mkdir -p "$XDG_CONFIG_HOME/hwk" && echo 'color = "always"' > "$XDG_CONFIG_HOME/hwk/config.toml"
  $ hwk template show mood-check | head -n 1 | cat -v
  ^[[1mMood check^[[0m  ^[[2m(mood-check, version 1)^[[0m
  $ hwk --color never template show mood-check | head -n 1 | cat -v
  Mood check  (mood-check, version 1)
  $ rm "$XDG_CONFIG_HOME/hwk/config.toml"

  $ hwk --color sometimes client list 2>&1
  hwk: error: --color: sometimes not in {auto,always,never}
    hint: run 'hwk --help' for usage
  [2]
