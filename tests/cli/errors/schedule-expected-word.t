A --schedule that is not a schedule phrase is wrong usage; the plan is unchanged.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk assign c-0043 mood-check --schedule '3 per wek' 2>&1
  hwk: error: invalid --schedule '3 per wek': expected day, week or month, found 'wek'
  [2]
  $ hwk assign c-0043 mood-check --schedule '' 2>&1
  hwk: error: invalid --schedule '': the schedule is empty
    hint: write e.g. daily, mon wed fri, 3 per week or as needed
  [2]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
