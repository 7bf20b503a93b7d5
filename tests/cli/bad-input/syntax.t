Mistakes of syntax a person makes by hand: tabs in YAML, a key twice, a value of the wrong type,
an empty file. Each is reported at its place; nothing is written.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice

A tab in a template's indentation.

  $ printf 'id: tabs\nversion: 1\ntitle: Tabs\nkind: exposure\ninstructions:\n\t- Breathe.\n' > templates/tabs.yaml
  $ hwk template lint templates/tabs.yaml 2>&1
  templates/tabs.yaml:6:2: error: invalid YAML: illegal block entry
    hint: YAML does not allow tabs in indentation; indent with spaces
  [1]

A key twice: in a template (YAML would keep one silently), in a plan and in a log file.

  $ printf 'id: twice\nversion: 1\ntitle: Twice\nkind: exposure\ntitle: Again\n' > templates/tabs.yaml
  $ hwk template lint templates/tabs.yaml 2>&1
  templates/tabs.yaml:5:1: error: key 'title' appears twice in the same map
    hint: keep one of them: YAML does not allow a key twice
  [1]
  $ rm templates/tabs.yaml
  $ cp clients/c-0043/plan.toml ../plan.toml
  $ echo 'client = "c-0043"' >> clients/c-0043/plan.toml
  $ hwk plan show c-0043 2>&1
  clients/c-0043/plan.toml:7:10: error: invalid TOML: error while parsing key-value pair: cannot redefine existing string 'client'
  [1]
  $ cp ../plan.toml clients/c-0043/plan.toml
  $ printf '[[records]]\nid = "01M85MG2800000000000000001"\nkind = "session"\nkind = "practice"\n' > clients/c-0042/log/2026-11.testwrtr.toml
  $ hwk check 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml:4:8: error: invalid TOML: error while parsing key-value pair: cannot redefine existing string 'kind'
  [1]
  $ rm clients/c-0042/log/2026-11.testwrtr.toml

Wrong types.

  $ printf 'id: types\nversion: one\ntitle: [a, b]\nkind: exposure\nfields:\n  - {id: x, type: yesno, required: maybe}\n' > templates/types.yaml
  $ hwk template lint templates/types.yaml 2>&1
  templates/types.yaml:2:10: error: 'version' must be a whole number from 1 to 100000
  templates/types.yaml:3:8: error: 'title' must be text
  templates/types.yaml:6:36: error: 'required' must be true or false
  [1]
  $ rm templates/types.yaml
  $ sed -i 's/^name = .*/name = 43/; s/^goals = .*/goals = "sleep"/' clients/c-0043/plan.toml
  $ hwk plan show c-0043 2>&1
  clients/c-0043/plan.toml:3:8: error: 'name' must be a string, not an integer
  clients/c-0043/plan.toml:5:9: error: 'goals' must be an array of strings, not a string
  [1]
  $ cp ../plan.toml clients/c-0043/plan.toml
  $ printf '[[records]]\nid = 1\nkind = "session"\nat = "yesterday"\nrecorded = 2026-11-20T08:05:00-05:00\nnote = ["a"]\n' > clients/c-0042/log/2026-11.testwrtr.toml
  $ hwk check 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml:2:6: error: 'id' must be a string, not an integer
  clients/c-0042/log/2026-11.testwrtr.toml:4:6: error: 'at' must be a date-time with a UTC offset, e.g. 2026-11-23T20:15:00-05:00
  clients/c-0042/log/2026-11.testwrtr.toml:6:8: error: 'note' must be a string, not an array
  [1]
  $ rm clients/c-0042/log/2026-11.testwrtr.toml

Empty files: a template and a plan are refused; an empty log file has no records, and an empty
hwk.toml marks a practice with the default settings.

  $ : > templates/empty.yaml
  $ : > clients/c-0043/plan.toml
  $ : > clients/c-0042/log/2026-11.testwrtr.toml
  $ find . -type f -not -path './.hwk/*' | sort | xargs sha256sum > ../before
  $ hwk check 2>&1
  clients/c-0043/plan.toml:1:1: error: the plan has no 'client'
  clients/c-0043/plan.toml:1:1: error: the plan has no 'timezone'
  templates/empty.yaml:1:1: error: a template must be a map of keys (id, version, title, \xe2\x80\xa6) (esc)
  [1]
  $ find . -type f -not -path './.hwk/*' | sort | xargs sha256sum | cmp - ../before
  $ rm templates/empty.yaml && cp ../plan.toml clients/c-0043/plan.toml
  $ cp hwk.toml ../hwk.toml && : > hwk.toml
  $ hwk check 2>&1
  $ cp ../hwk.toml hwk.toml
