hwk check warns when client data is readable by others (a warning: exit status 0).

  $ umask 022
  $ cp -R "$FIXTURES/practice" . && cd practice
  $ chmod -R go-rwx clients/c-0043
  $ hwk check 2>&1
  clients/c-0042: warning: client data is readable or writable by others
    hint: run 'chmod -R go-rwx' on the client's directory
  $ chmod -R go-rwx clients/c-0042 && hwk check 2>&1
