Files that are not what they should be: a directory or a pipe where a file should be, a record
cut off half-way (a disk that filled up, a copy interrupted). Each is reported with its path; hwk
check goes on to the other files. See unreadable.t for a file hwk may not read.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ mv clients/c-0043/plan.toml ../plan.toml && mkdir clients/c-0043/plan.toml
  $ mkdir templates/folder.yaml
  $ mkdir clients/c-0042/log/2026-11.testwrtr.toml
  $ hwk check 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml: error: is a directory, not a file
  clients/c-0043/plan.toml: error: is a directory, not a file
  templates/folder.yaml: error: is a directory, not a file
  [1]
  $ hwk plan show c-0043 2>&1
  clients/c-0043/plan.toml: error: is a directory, not a file
  [1]
  $ hwk summary c-0042 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml: error: is a directory, not a file
  [1]
  $ rmdir clients/c-0043/plan.toml templates/folder.yaml clients/c-0042/log/2026-11.testwrtr.toml

A pipe is refused rather than waited on.

  $ mkfifo clients/c-0043/plan.toml
  $ timeout 10 hwk plan show c-0043 2>&1
  clients/c-0043/plan.toml: error: is a pipe or socket, not a file
  [1]
  $ rm clients/c-0043/plan.toml && cp ../plan.toml clients/c-0043/plan.toml

A record cut off in the middle of a string, and one cut off after a key.

  $ printf '[[records]]\nid = "01M85MG2800000000000000001"\nkind = "session"\nat = 2026-11-20T08:00:00-05:00\nrecorded = 2026-11-20T08:05:00-05:00\nnote = "half a sent' > clients/c-0042/log/2026-11.testwrtr.toml
  $ printf '[[records]]\nid = "01M85MG2800000000000000002"\nkind = "session"\nat = 2026-11-20T08:00:00-05:00\nrecorded =' > clients/c-0043/log/2026-11.testwrtr.toml
  $ hwk check 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml:6:20: error: invalid TOML: error while parsing string: encountered end-of-file
  clients/c-0043/log/2026-11.testwrtr.toml:5:11: error: invalid TOML: error while parsing key-value pair: encountered end-of-file
  [1]
  $ hwk summary c-0042 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml:6:20: error: invalid TOML: error while parsing string: encountered end-of-file
  [1]
  $ rm clients/c-0042/log/2026-11.testwrtr.toml clients/c-0043/log/2026-11.testwrtr.toml
