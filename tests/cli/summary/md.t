hwk summary --format md: a heading for the period, a Markdown table per client.

  $ cp -R "$FIXTURES/due" . && cd due
  $ export TZ=America/New_York
  $ hwk summary --format md --since last-session
  # Adherence since the last session to 2026-11-23
  
  ## c-0042 (Alex)
  
  Since the session of Thu 2026-11-19 10:00.
  
  | Assignment | Title | Expected | Done | Partial | Skipped | Missed | Rate | Open | Streak | Last done | Complete | Clinician | In the moment | Rating |
  | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: | --- |
  | breathing | Paced breathing | 8\\* | 2 | 1 | 1 | 4 | 31% | 0/1 today | 0 (longest 2) | 2026-11-20 | 0% | \xe2\x80\x93 | 3/3 | tension\\_before 6 | (esc)
  | mood | Mood check | 2\\* | 1 | 0 | 0 | 1 | 50% | 0/1 today | 1 (longest 1) | 2026-11-20 | 0% | \xe2\x80\x93 | 1/1 | mood 6 | (esc)
  | walk | Mood check | 3\\* | 0 | 0 | 0 | 3 | 0% | 1/3 this week | 1 (longest 1) | 2026-11-23 | 0% | \xe2\x80\x93 | 1/1 | mood 7 | (esc)
  | letter | Mood check | 0 | 0 | 0 | 0 | 0 | \xe2\x80\x93 | \xe2\x80\x93 | 0 (longest 0) | \xe2\x80\x93 | \xe2\x80\x93 | \xe2\x80\x93 | \xe2\x80\x93 | \xe2\x80\x93 | (esc)
  
  \* with a whole week or month that began before the period and ends in it (hwk-summary(1)).
  
  ## c-0043 (Sam)
  
  Since Mon 2026-10-26 05:00.
  
  | Assignment | Title | Expected | Done | Partial | Skipped | Missed | Rate | Open | Streak | Last done | Complete | Clinician | In the moment | Rating |
  | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: | --- |
  | mood | Mood check | 4 | 0 | 0 | 0 | 4 | 0% | \xe2\x80\x93 | 0 (longest 0) | \xe2\x80\x93 | \xe2\x80\x93 | \xe2\x80\x93 | \xe2\x80\x93 | \xe2\x80\x93 | (esc)
  

A title holding an escape sequence or a pipe is made safe and escaped:

  $ sed -i 's/^title: .*/title: "Mood \\e[31m| check"/' clients/c-0043/templates/mood-check.v1.yaml
  $ hwk summary c-0043 --format md | grep '^| mood'
  | mood | Mood \\\\x1b\\[31m\\| check | 4 | 0 | 0 | 0 | 4 | 0% | \xe2\x80\x93 | 0 (longest 0) | \xe2\x80\x93 | \xe2\x80\x93 | \xe2\x80\x93 | \xe2\x80\x93 | \xe2\x80\x93 | (esc)
