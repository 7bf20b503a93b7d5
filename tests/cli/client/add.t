hwk client add makes a client directory with an empty plan, a log/ and a templates/, private
to its owner; the time zone defaults to the practice's.

  $ umask 022
  $ hwk init practice --timezone America/Chicago > /dev/null
  $ cd practice
  $ hwk client add c-0042 --name Alex --timezone America/New_York
  added client c-0042 (Alex) in America/New_York
  $ hwk client add c-0043
  added client c-0043 in America/Chicago
  $ find clients | sort
  clients
  clients/.gitkeep
  clients/c-0042
  clients/c-0042/.gitignore
  clients/c-0042/log
  clients/c-0042/log/.gitkeep
  clients/c-0042/plan.toml
  clients/c-0042/templates
  clients/c-0042/templates/.gitkeep
  clients/c-0043
  clients/c-0043/.gitignore
  clients/c-0043/log
  clients/c-0043/log/.gitkeep
  clients/c-0043/plan.toml
  clients/c-0043/templates
  clients/c-0043/templates/.gitkeep
  $ cat clients/c-0042/plan.toml
  # Homework plan for c-0042. Written by people; hwk only appends to it.
  # See hwk-plan(5) for every key.
  
  client = "c-0042"
  name = "Alex"
  timezone = "America/New_York"
  goals = []
  # Planned sessions, local time: sessions = [2026-11-30T10:00:00]
  sessions = []
  $ cat clients/c-0042/.gitignore
  .hwk/
  .hwk-tmp-*
  $ cd clients/c-0042 && stat -c '%a %n' . plan.toml log templates .gitignore && cd ../..
  700 .
  600 plan.toml
  700 log
  700 templates
  600 .gitignore

The new plans are valid.

  $ hwk check
