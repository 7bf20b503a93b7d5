A text value longer than 64 KiB, a template with more than 200 fields and a log file with more
than 20000 records are refused at their place. Nothing is written.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ long=$(head -c 65537 /dev/zero | tr '\0' 'x')
  $ { cat templates/mood-check.yaml; echo "help: $long"; } > templates/long.yaml
  $ sed -i 's/^id: mood-check/id: long/' templates/long.yaml
  $ { sed '/^fields:/,$d' templates/mood-check.yaml | sed 's/^id: mood-check/id: many/'; echo 'fields:'; for i in $(seq 201); do echo "  - {id: f$i, type: yesno}"; done; } > templates/many.yaml
  $ cat > clients/c-0042/log/2026-11.testwrtr.toml <<TOML
  > [[records]]
  > id = "01M85MG2800000000000000001"
  > kind = "session"
  > at = 2026-11-20T08:00:00-05:00
  > recorded = 2026-11-20T08:05:00-05:00
  > note = "$long"
  > TOML
  $ for i in $(seq 20001); do echo '[[records]]'; done > clients/c-0043/log/2026-11.testwrtr.toml
  $ find . -type f -not -path './.hwk/*' | sort | xargs sha256sum > ../before
  $ hwk check 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml:6:8: error: a text value of 65537 bytes; hwk reads at most 64 KiB in one value
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  clients/c-0043/log/2026-11.testwrtr.toml:1:1: error: 20001 records; hwk reads at most 20000 in one log file
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  templates/long.yaml:48:7: error: a text value of 65537 bytes; hwk reads at most 64 KiB in one value
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  templates/many.yaml:15:3: error: 201 fields; hwk reads at most 200 in one template
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  [1]
  $ hwk summary c-0042 2>&1
  clients/c-0042/log/2026-11.testwrtr.toml:6:8: error: a text value of 65537 bytes; hwk reads at most 64 KiB in one value
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  [1]
  $ find . -type f -not -path './.hwk/*' | sort | xargs sha256sum | cmp - ../before
