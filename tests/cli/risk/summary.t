hwk summary counts, for each assignment whose template has risk conditions, the risk flags not yet
acknowledged at the end of the period (a flag raised before --since still counts while it is
open). The RISK column is left out when no assignment can raise a flag.

  $ cp -R "$FIXTURES/risk" p && cd p
  $ hwk summary | cut -c1-60
  CLIENT  ASSIGNMENT       RISK  EXPECTED  DONE  PARTIAL  SKIP
  c-0042  dbt-diary-card   2     7         4     0        0   
  c-0042  safety-plan      -     -         1     0        0   
  c-0107  paced-breathing  -     7         1     0        0   
  $ hwk summary c-0107 | cut -c1-40
  CLIENT  ASSIGNMENT       EXPECTED  DONE 
  c-0107  paced-breathing  7         1    

Markdown, CSV (a last column, empty where no flag can be raised) and JSON (per assignment, and
the client's total) carry the same counts.

  $ hwk summary --format md | grep -A4 '^| Assignment'
  | Assignment | Title | Risk | Expected | Done | Partial | Skipped | Missed | Rate | Open | Streak | Last done | Complete | Clinician | In the moment | Rating |
  | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: | --- |
  | dbt-diary-card | DBT diary card | 2 | 7 | 4 | 0 | 0 | 3 | 57% | 0/1 today | 2 (longest 2) | 2026-11-22 | 100% | \xe2\x80\x93 | 4/4 | urge\\_self\\_harm 2.8 | (esc)
  | safety-plan | My safety plan | \xe2\x80\x93 | \xe2\x80\x93 | 1 | 0 | 0 | \xe2\x80\x93 | \xe2\x80\x93 | \xe2\x80\x93 | \xe2\x80\x93 | 2026-11-16 | 0% | \xe2\x80\x93 | 1/1 | \xe2\x80\x93 | (esc)
  
  --
  | Assignment | Title | Expected | Done | Partial | Skipped | Missed | Rate | Open | Streak | Last done | Complete | Clinician | In the moment | Rating |
  | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: | --- |
  | paced-breathing | Paced breathing | 7 | 1 | 0 | 0 | 6 | 14% | 0/1 today | 1 (longest 1) | 2026-11-22 | 0% | \xe2\x80\x93 | 1/1 | tension\\_before 6 | (esc)
  
  $ hwk summary --format csv | cut -d, -f1,3,26
  client,assignment,risk_open\r (esc)
  c-0042,dbt-diary-card,2\r (esc)
  c-0042,safety-plan,\r (esc)
  c-0107,paced-breathing,\r (esc)
  $ hwk summary --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); [print(c["client"], c["risk_open"], [(a["assignment"], a["risk_open"]) for a in c["assignments"]]) for c in d["clients"]]'
  c-0042 2 [('dbt-diary-card', 2), ('safety-plan', None)]
  c-0107 0 [('paced-breathing', None)]

A flag acknowledged is no longer counted; a period ending before the acknowledgement still counts
it, and one ending before the record was made does not.

  $ hwk ack c-0042 01M7VM2580HNVGXGPJZ2Y2QVG5 > /dev/null
  $ hwk summary c-0042 --format csv | cut -d, -f3,26
  assignment,risk_open\r (esc)
  dbt-diary-card,1\r (esc)
  safety-plan,\r (esc)
  $ hwk summary c-0042 --until 2026-11-22 --format csv | cut -d, -f3,26
  assignment,risk_open\r (esc)
  dbt-diary-card,2\r (esc)
  safety-plan,\r (esc)
  $ hwk summary c-0042 --until 2026-11-20 --format csv | cut -d, -f3,26
  assignment,risk_open\r (esc)
  dbt-diary-card,1\r (esc)
  safety-plan,\r (esc)
