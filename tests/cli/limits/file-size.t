A file larger than hwk reads is refused by its size, before it is read: 1 MiB for a template,
plan or settings file, 16 MiB for a log file. Nothing is written (but the cache in .hwk/).

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ { cat templates/mood-check.yaml; head -c 1048576 /dev/zero | tr '\0' '#'; echo; } > templates/big.yaml
  $ cp clients/c-0043/plan.toml ../plan.toml
  $ truncate -s 1100000 clients/c-0043/plan.toml
  $ truncate -s 17M clients/c-0042/log/2026-11.testwrtr.toml
  $ find . -type f -not -path './.hwk/*' | sort | xargs sha256sum > ../before
  $ hwk check 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml: error: the file is larger than 16 MiB, the most hwk reads in a file of its kind
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  clients/c-0043/plan.toml: error: the file is larger than 1 MiB, the most hwk reads in a file of its kind
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  templates/big.yaml: error: the file is larger than 1 MiB, the most hwk reads in a file of its kind
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  [1]
  $ hwk template lint templates/big.yaml 2>&1
  templates/big.yaml: error: the file is larger than 1 MiB, the most hwk reads in a file of its kind
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  [1]
  $ hwk plan show c-0043 2>&1
  clients/c-0043/plan.toml: error: the file is larger than 1 MiB, the most hwk reads in a file of its kind
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  [1]
  $ hwk summary c-0042 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml: error: the file is larger than 16 MiB, the most hwk reads in a file of its kind
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  [1]
  $ find . -type f -not -path './.hwk/*' | sort | xargs sha256sum | cmp - ../before

A log file just under its limit is read.

  $ cp ../plan.toml clients/c-0043/plan.toml
  $ rm templates/big.yaml clients/c-0042/log/2026-11.testwrtr.toml
  $ hwk log c-0042 mood --set mood=5 --at 2026-11-20T08:00 >/dev/null
  $ size=$(stat -c %s clients/c-0042/log/2026-11.*.toml)
  $ head -c $((16 * 1024 * 1024 - size - 1)) /dev/zero | tr '\0' '#' >> clients/c-0042/log/2026-11.*.toml
  $ echo >> clients/c-0042/log/2026-11.*.toml
  $ hwk check
