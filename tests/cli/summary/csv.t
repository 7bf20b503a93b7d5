hwk summary --format csv: RFC 4180 with a header row and CRLF line ends; a title with a comma and
a quote is quoted, and Python's csv module reads it back.

  $ cp -R "$FIXTURES/due" . && cd due
  $ export TZ=America/New_York
  $ sed -i 's/^title: .*/title: "Mood, \\"daily\\" check"/' clients/c-0043/templates/mood-check.v1.yaml
  $ hwk summary --format csv | tr -d '\r'
  client,from,assignment,title,expected,done,partial,skipped,missed,rate,counted_from,records_before,open_expected,open_recorded,streak,longest_streak,last_done,complete,rating_field,rating_mean,rating_change,clinician_rating,clinician_ratings,in_the_moment,recalled,risk_open
  c-0042,2026-10-26T00:00:00-04:00,breathing,Paced breathing,12,2,1,1,8,0.208,,0,1,0,0,2,2026-11-20T21:40:00-05:00,0,tension_before,6,,,0,3,0,
  c-0042,2026-10-26T00:00:00-04:00,mood,Mood check,4,1,0,0,3,0.25,,0,1,0,1,1,2026-11-20T19:00:00-05:00,0,mood,6,,,0,1,0,
  c-0042,2026-10-26T00:00:00-04:00,walk,Mood check,9,0,0,0,9,0,,0,3,1,1,1,2026-11-23T12:00:00-05:00,0,mood,7,,,0,1,0,
  c-0042,2026-10-26T00:00:00-04:00,letter,Mood check,0,0,0,0,0,,,0,,,0,0,,,mood,,,,0,0,0,
  c-0043,2026-10-26T05:00:00+01:00,mood,"Mood, ""daily"" check",4,0,0,0,4,0,,0,,,0,0,,,mood,,,,0,0,0,
  $ hwk summary --format csv | python3 -c '
  > import csv, sys
  > data = sys.stdin.buffer.read().decode()
  > assert data.endswith("\r\n") and "\n" not in data.replace("\r\n", "")
  > rows = list(csv.reader(data.splitlines()))
  > print(rows[0][:5], len(rows) - 1, "rows")
  > print(rows[-1][3], rows[-1][4:10])
  > '
  ['client', 'from', 'assignment', 'title', 'expected'] 5 rows
  Mood, "daily" check ['4', '0', '0', '0', '4', '0']
