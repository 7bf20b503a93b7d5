hwk log CLIENT with no assignment asks which one on a terminal (tests/system/log_prompt.py); without
a terminal it is wrong usage (exit 2) and lists the client's assignments, what is overdue or due
now first. In a client's own folder or repository, hwk log alone does the same.

  $ cp -R "$FIXTURES/risk" p && cd p
  $ hwk log c-0042
  hwk: error: name the assignment to record: hwk log c-0042 ASSIGNMENT
    hint: the assignments of c-0042: DBT diary card (dbt-diary-card), overdue; My safety plan (safety-plan)
  [2]
  $ hwk --now 2026-11-23T23:00:00-05:00 log c-0042 dbt-diary-card --no-input --set urge_suicide=0 --set urge_self_harm=0 --set action_self_harm=no --set urge_substances=0 --set action_suicide=no --set action_substances=no > /dev/null
  $ cd clients/c-0042 && hwk --now 2026-11-24T21:30:00-05:00 log; cd ../..
  hwk: error: name the assignment to record: hwk log c-0042 ASSIGNMENT
    hint: the assignments of c-0042: DBT diary card (dbt-diary-card), overdue; My safety plan (safety-plan)

A word that is not a client, at the top of a practice of several, says so.

  $ hwk log c-0999
  hwk: error: name the client: 'c-0999' is not a client of this practice
    hint: write hwk log CLIENT [ASSIGNMENT]; 'hwk client list' shows the clients
  [2]
  $ hwk log
  hwk: error: name the client: this practice has 2 clients
    hint: run 'hwk client list' to see them
  [2]
