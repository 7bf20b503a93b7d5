--help on hwk and on every command prints usage on stdout and exits 0; the hidden _complete
command is not listed.

  $ hwk --help
  hwk keeps therapy homework in plain text: activity templates, client plans, and
  append-only logs of practice and reflections.
  Usage: hwk [OPTIONS] SUBCOMMAND
  
  Options:
    -h,--help                   Print this help message and exit
    --version                   Print the version and exit
    -C DIR ...                  Run as if hwk was started in DIR (repeatable, as in git)
    --color WHEN:{auto,always,never}
                                Colour output: auto, always or never (default auto; NO_COLOR is honoured)
    --now TIME                  Take TIME as the current time (RFC 3339 or local YYYY-MM-DDTHH:MM); also HWK_NOW
  
  Subcommands:
    init                        Create a practice repository
    client                      Add and list clients
    template                    Browse, copy and validate activity templates
    assign                      Add an assignment to a client's plan
    edit                        Edit a client's plan in your editor, validated on save
    log                         Record a practice, its ratings and a reflection
    session                     Record that a session took place
    advance                     Move a graded assignment to its next step (or another)
    plan                        Show a client's plan: goals, assignments, steps and progress
    due                         Show overdue, due and upcoming practice
    today                       The client's view: today's practice, this week's, and the clinician's feedback
    summary                     Adherence per client and assignment
    review                      The session-prep report: what happened since the last session
    feedback                    Give feedback on a practice record or a week of practice
    ack                         Acknowledge a record's risk flag: you have seen it
    export                      Export a client's calendar (iCalendar) or data (JSON, CSV)
    remind                      Give the reminders whose time has come, once each (for cron)
    check                       Validate templates, plans and logs
    hooks                       Install git hooks that keep files owner-only; put linked clients on their branch
  
  Run 'hwk COMMAND --help' for a command's options; 'man hwk' for the whole manual.
  $ for c in init client 'client add' 'client list' template 'template list' 'template show' 'template new' 'template lint' assign edit log session due summary remind export check today hooks 'client link'; do
  >   hwk $c --help > out 2> err || echo "$c: failed"; test -s err && echo "$c: stderr"; grep -q "^Usage: hwk $c" out || echo "$c: no usage line"
  > done
  $ hwk log --help | grep -e --set -e --status -e --reflect -e --at
    --set FIELD=VALUE ...       A field's value; repeat for each field
    --reflect TEXT              The reflection; '-' reads it from standard input
    --status TEXT:{done,partial,skipped}
    --at TIME                   When it happened (default: now): YYYY-MM-DDTHH:MM, HH:MM today, or RFC 3339
  $ hwk -h | head -n 1
  hwk keeps therapy homework in plain text: activity templates, client plans, and
