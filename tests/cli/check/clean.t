hwk check on a good practice says nothing and exits 0; -q says nothing either way.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ hwk check
  $ hwk session c-0042 > /dev/null && hwk log c-0042 mood --set mood=5 --set did=1,3 > /dev/null
  $ hwk check
  $ hwk check clients/c-0042 templates/mood-check.yaml
  $ hwk check -q
  $ cd clients && hwk check

In a client's own repository:

  $ cd .. && cp -R clients/c-0042 ../alex && hwk -C ../alex check
