hwk check on feedback records: one that answers a record not (yet) in the log is a warning (it
may come with a later merge); one that answers a session, or names another assignment than the
record it answers, or holds a rating off 0-4, is an error.

  $ cp -R "$FIXTURES/review" . && cd review
  $ fb() { printf '\n[[records]]\nid = "%s"\nkind = "feedback"\nat = 2026-11-23T09:00:00-05:00\nrecorded = 2026-11-23T09:00:00-05:00\n%s\n' "$1" "$2"; }
  $ {
  >   fb 01M85MG2800000000000000050 $'assignment = "walk"\nanswers = "01M85MG2800000000000000099"\nnote = "x"'
  >   fb 01M85MG2800000000000000051 $'assignment = "walk"\nanswers = "01M85MG2800000000000000015"\nnote = "x"'
  >   fb 01M85MG2800000000000000052 $'assignment = "checkin"\nanswers = "01M85MG2800000000000000022"\nnote = "x"'
  >   fb 01M85MG2800000000000000053 $'assignment = "walk"\nweek = 2026-11-16\nquality = 7\nnote = "x"'
  >   fb 01M85MG2800000000000000054 $'assignment = "wlak"\nweek = 2026-11-16\nnote = "x"'
  > } > clients/c-0042/log/2026-11.k7wrtr22.toml
  $ hwk check
  clients/c-0042/log/2026-11.k7wrtr22.toml:2:1: warning: feedback '01M85MG2800000000000000050' answers '01M85MG2800000000000000099', which is not in the log
  clients/c-0042/log/2026-11.k7wrtr22.toml:11:1: error: feedback '01M85MG2800000000000000051' answers '01M85MG2800000000000000015', which is a session record
    hint: feedback answers a practice record, or a week of practice
  clients/c-0042/log/2026-11.k7wrtr22.toml:20:1: error: feedback '01M85MG2800000000000000052' names assignment 'checkin' but answers a record of 'walk'
  clients/c-0042/log/2026-11.k7wrtr22.toml:36:11: error: quality must be from 0 to 4
  clients/c-0042/log/2026-11.k7wrtr22.toml:39:1: error: unknown assignment 'wlak' in record '01M85MG2800000000000000054'
    hint: the plan of client 'c-0042' has no such assignment
  [1]
