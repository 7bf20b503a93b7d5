Ids that are not ids: with slashes, dots, spaces, capitals or Unicode look-alikes (a Cyrillic 'а'
in place of a Latin 'a', which looks the same). They are refused wherever they are read: on the
command line, in a plan, in a template, in a log, and as the name of a client's folder. See also
paths/ids.t for ids that try to climb out of the practice.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ for id in c/0050 c.0050 'c 0050' C-0050 "c-005$(printf '\320\260')" ''; do hwk client add "$id" 2>&1; done
  hwk: error: invalid client id 'c/0050': it may contain only lowercase letters, digits, '-' and '_'
    hint: use e.g. c-0042
  hwk: error: invalid client id 'c.0050': it may contain only lowercase letters, digits, '-' and '_'
    hint: use e.g. c-0042
  hwk: error: invalid client id 'c 0050': it may contain only lowercase letters, digits, '-' and '_'
    hint: use e.g. c-0042
  hwk: error: invalid client id 'C-0050': it must start with a lowercase letter or digit
    hint: use e.g. c-0042
  hwk: error: invalid client id 'c-005\xd0\xb0': it may contain only lowercase letters, digits, '-' and '_' (esc)
    hint: use e.g. c-0042
  hwk: error: invalid client id '': it is empty
    hint: use e.g. c-0042
  [2]
  $ o=$(printf '\320\276')
  $ hwk log c-0042 "m${o}${o}d" --set mood=5 2>&1
  hwk: error: invalid assignment id 'm\xd0\xbe\xd0\xbed': it may contain only lowercase letters, digits, '-' and '_' (esc)
  [2]
  $ cp clients/c-0043/plan.toml ../plan.toml
  $ printf '[[assignments]]\nid = "my walk"\ntemplate = "mood.check"\nschedule = "daily"\n' >> clients/c-0043/plan.toml
  $ hwk plan show c-0043 2>&1
  clients/c-0043/plan.toml:8:6: error: invalid assignment id 'my walk': it may contain only lowercase letters, digits, '-' and '_'
  clients/c-0043/plan.toml:9:12: error: invalid template id 'mood.check': it may contain only lowercase letters, digits, '-' and '_'
  [1]
  $ cp ../plan.toml clients/c-0043/plan.toml
  $ sed "s/^id: mood-check/id: m${o}${o}d-check/" templates/mood-check.yaml > templates/look-alike.yaml
  $ hwk template lint templates/look-alike.yaml 2>&1
  templates/look-alike.yaml:2:5: error: invalid template id 'm\xd0\xbe\xd0\xbed-check': it may contain only lowercase letters, digits, '-' and '_' (esc)
  [1]
  $ rm templates/look-alike.yaml
  $ printf '[[records]]\nid = "01M85MG2800000000000000001"\nat = 2026-11-20T08:00:00-05:00\nrecorded = 2026-11-20T08:05:00-05:00\nassignment = "mo/od"\ntemplate = "mood-check"\ntemplate_version = 1\nstatus = "done"\n' > clients/c-0042/log/2026-11.testwrtr.toml
  $ hwk check 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml:5:14: error: invalid assignment id 'mo/od'
  [1]
  $ rm clients/c-0042/log/2026-11.testwrtr.toml
  $ cp -R clients/c-0043 "clients/c-004$(printf '\320\267')" && cp -R clients/c-0043 clients/C.0044
  $ hwk check 2>&1
  clients/C.0044: warning: not a client id: it must start with a lowercase letter or digit; hwk ignores this folder
    hint: rename it to an id such as c-0042
  clients/c-004\xd0\xb7: warning: not a client id: it may contain only lowercase letters, digits, '-' and '_'; hwk ignores this folder (esc)
    hint: rename it to an id such as c-0042
  $ hwk client list 2>&1
  CLIENT  NAME  TIMEZONE          ASSIGNMENTS
  c-0042  Alex  America/New_York  2
  c-0043  Sam   Europe/Berlin     0
