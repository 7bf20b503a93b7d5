A client whose plan does not read is an error for that client; the others are still summarised,
and the status is 1.

  $ cp -R "$FIXTURES/due" . && cd due
  $ export TZ=America/New_York
  $ sed -i 's/schedule = "daily"/schedule = "dialy"/' clients/c-0043/plan.toml
  $ hwk summary --format csv | tr -d '\r'
  clients/c-0043/plan.toml:12:13: error: unknown schedule word 'dialy'
    hint: did you mean 'daily'?
  client,from,assignment,title,expected,done,partial,skipped,missed,rate,counted_from,records_before,open_expected,open_recorded,streak,longest_streak,last_done,complete,rating_field,rating_mean,rating_change,clinician_rating,clinician_ratings,in_the_moment,recalled,risk_open
  c-0042,2026-10-26T00:00:00-04:00,breathing,Paced breathing,12,2,1,1,8,0.208,,0,1,0,0,2,2026-11-20T21:40:00-05:00,0,tension_before,6,,,0,3,0,
  c-0042,2026-10-26T00:00:00-04:00,mood,Mood check,4,1,0,0,3,0.25,,0,1,0,1,1,2026-11-20T19:00:00-05:00,0,mood,6,,,0,1,0,
  c-0042,2026-10-26T00:00:00-04:00,walk,Mood check,9,0,0,0,9,0,,0,3,1,1,1,2026-11-23T12:00:00-05:00,0,mood,7,,,0,1,0,
  c-0042,2026-10-26T00:00:00-04:00,letter,Mood check,0,0,0,0,0,,,0,,,0,0,,,mood,,,,0,0,0,
