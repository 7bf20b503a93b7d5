A file hwk may not read is reported with its path, and hwk check goes on to the other files. As
root, who reads everything, hwk runs without the capabilities that let root ignore permissions.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ unprivileged() { if [ "$(id -u)" -eq 0 ]; then setpriv --bounding-set=-dac_override,-dac_read_search "$@"; else "$@"; fi; }
  $ chmod 000 clients/c-0043/plan.toml templates/mood-check.yaml
  $ unprivileged hwk check 2>&1
  clients/c-0043/plan.toml: error: cannot read: permission denied
  templates/mood-check.yaml: error: cannot read: permission denied
  [1]
  $ unprivileged hwk plan show c-0043 2>&1
  clients/c-0043/plan.toml: error: cannot read: permission denied
  [1]
  $ chmod 600 clients/c-0043/plan.toml templates/mood-check.yaml
