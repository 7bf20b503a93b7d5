An unknown template, with a hint to the closest one; the plan is unchanged.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk assign c-0043 thougt-record 2>&1
  hwk: error: unknown template 'thougt-record'
    hint: did you mean 'thought-record'?
  [1]
  $ hwk assign c-0043 nightmare-rescripting 2>&1
  hwk: error: unknown template 'nightmare-rescripting'
    hint: run 'hwk template list' to see them
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
