An unknown key at the top of a plan is an error at the key.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ printf '\nreviewer = "Dr. K"\n' >> clients/c-0043/plan.toml
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk check 2>&1
  clients/c-0043/plan.toml:8:1: error: unknown key 'reviewer' in the plan
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
