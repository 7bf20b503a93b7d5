hwk client list shows each client's id, name, time zone and number of assignments, as text or
JSON; a client whose plan is broken is still listed.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ hwk client list
  CLIENT  NAME  TIMEZONE          ASSIGNMENTS
  c-0042  Alex  America/New_York  2
  c-0043  Sam   Europe/Berlin     0
  $ hwk client list --format json
  {"version":1,"clients":[{"id":"c-0042","name":"Alex","timezone":"America/New_York","assignments":2,"valid":true},{"id":"c-0043","name":"Sam","timezone":"Europe/Berlin","assignments":0,"valid":true}]}

  $ echo 'name = ' >> clients/c-0043/plan.toml
  $ hwk client list
  CLIENT  NAME  TIMEZONE          ASSIGNMENTS
  c-0042  Alex  America/New_York  2
  c-0043                          plan invalid: run hwk check
  $ hwk client list --format json
  {"version":1,"clients":[{"id":"c-0042","name":"Alex","timezone":"America/New_York","assignments":2,"valid":true},{"id":"c-0043","name":"","timezone":"","assignments":0,"valid":false}]}

A practice without clients lists nothing, and says nothing.

  $ cd .. && hwk init empty > /dev/null && hwk -C empty client list
  $ hwk -C empty client list --format json
  {"version":1,"clients":[]}
