An assignment whose template copy is missing from the client's templates/: log stops at the
assignment, with a hint; nothing is written.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ rm clients/c-0042/templates/mood-check.v1.yaml
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 mood --set mood=5 2>&1
  clients/c-0042/plan.toml:25:1: error: template 'mood-check' version 1 is not copied into templates/ of client 'c-0042'
    hint: run 'hwk assign' to copy it, or restore the file from git
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
