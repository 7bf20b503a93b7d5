hwk init creates a practice: hwk.toml, templates/, clients/, .gitignore and .gitattributes,
all private to their owner even under a permissive umask.

  $ umask 022
  $ hwk init practice --timezone Europe/Berlin
  initialized an empty hwk practice in .*/practice (re)
  $ cd practice
  $ find . | sort
  .
  ./.gitattributes
  ./.gitignore
  ./clients
  ./clients/.gitkeep
  ./hwk.toml
  ./templates
  ./templates/.gitkeep
  $ cat hwk.toml
  # hwk practice settings. This file marks the root of the practice repository.
  # See hwk(1) for every setting.
  
  # name = "Riverside Counselling"
  timezone = "Europe/Berlin"   # default time zone for new clients
  week_start = "monday"
  # discreet = true          # reminders say "practice time" instead of the activity's title
  
  # Crisis text. hwk is not a crisis service: no one watches records as they are made. When a
  # client's record meets a risk condition of its template (a high rating of suicidal thoughts,
  # say), hwk log shows the client this text at once, and the record is flagged for you in review,
  # summary, due and remind until you acknowledge it (hwk ack). Until you set your own, clients
  # see a short general text with no phone numbers, and hwk check warns. Write your local crisis
  # lines and what to do, in short, plain sentences (grade 5 or lower), in each language your
  # clients read; a plan may set its own.
  #
  # [crisis]                 # the numbers below are the United States': write your own
  # en = "If you might hurt yourself, call 988 or 911 now. You can also go to the nearest emergency room."
  # es = "Si puede hacerse da\xc3\xb1o, llame ahora al 988 o al 911. Tambi\xc3\xa9n puede ir a la sala de emergencias m\xc3\xa1s cercana." (esc)
  $ cat .gitignore
  # Per-machine state of hwk: writer id, reminder ledger, drafts. Never shared.
  .hwk/
  # Temporary files of an interrupted write.
  .hwk-tmp-*
  $ cat .gitattributes
  # Plans, templates and logs are plain text with Unix line endings on every machine.
  # Logs need no merge driver (no merge=union): each clone appends only to its own files,
  # one per month and writer id, so git never has to merge two versions of a log.
  *.toml text eol=lf
  *.yaml text eol=lf
  $ stat -c '%a %n' . hwk.toml .gitignore .gitattributes templates clients
  700 .
  600 hwk.toml
  600 .gitignore
  600 .gitattributes
  700 templates
  700 clients

The practice is usable at once, and hwk check finds nothing to say.

  $ hwk check
  $ hwk client list
