A --within that is not a duration is a usage error (exit 2) before anything is read or written.

  $ cp -R "$FIXTURES/due" . && cd due
  $ find . | sort > ../before
  $ hwk due --within soon
  hwk: error: invalid --within 'soon'
    hint: write a duration such as 2h, 3d or 1w
  [2]
  $ hwk due --within -3d
  hwk: error: invalid --within '-3d'
    hint: write a duration such as 2h, 3d or 1w
  [2]
  $ hwk due c-0042 --within '' --format json
  hwk: error: invalid --within ''
    hint: write a duration such as 2h, 3d or 1w
  [2]
  $ find . | sort | diff ../before -
