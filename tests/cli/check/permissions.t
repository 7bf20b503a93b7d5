hwk check warns when client data is readable by others (a warning: exit status 0).

  $ umask 022
  $ cp -R "$FIXTURES/practice" . && cd practice
  $ chmod -R go-rwx clients/c-0043
  $ hwk check 2>&1
  clients/c-0042: warning: client data is readable or writable by others
    hint: run 'chmod -R go-rwx' on the client's directory
  $ chmod -R go-rwx clients/c-0042 && hwk check 2>&1

The per-machine .hwk/ holds the cache and drafts, so every reflection: check warns about it too.
Fault injected: a .hwk/ made with umask 022 and a draft others can read.

  $ mkdir -p .hwk/drafts && echo testwrtr > .hwk/writer && chmod 700 .hwk .hwk/drafts && chmod 600 .hwk/writer
  $ hwk check 2>&1
  $ echo '# a draft' > .hwk/drafts/plan-c-0042.toml
  $ hwk check 2>&1
  .hwk: warning: hwk's per-machine state (its cache and drafts hold every reflection) is readable or writable by others
    hint: run 'chmod -R go-rwx' on it
  $ chmod -R go-rwx .hwk && hwk check 2>&1
