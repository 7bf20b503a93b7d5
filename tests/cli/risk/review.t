The review opens with a Risk block, above goals and adherence, in every format: each flagged
record with its date, the field's label and value (and the line a rating crossed), the client's
reflection, and whether it was acknowledged; then the client's current safety plan. Practice with
an open flag gets no advice to do less; the talk comes first.

  $ cp -R "$FIXTURES/risk" p && cd p
  $ hwk review c-0042 | head -22
  Review of c-0042 (Alex), since the session of Mon 2026-11-16 09:00 to Mon 2026-11-23 21:00
  
  Risk: 2 records need your attention
    Thu 2026-11-19 23:40  DBT diary card (dbt-diary-card)  [01M7VM2580HNVGXGPJZ2Y2QVG5]
      Urge to self-harm: 5 (4 or more)
      Thoughts of suicide: 5 (4 or more)
      Self-harm today: yes
      Reflection: I can't do this anymore
      Not acknowledged yet: hwk ack c-0042 01M7VM2580HNVGXGPJZ2Y2QVG5
    Sat 2026-11-21 21:05  DBT diary card (dbt-diary-card)  [01M80FZS70R9B13Q9RHVY2K657]
      Urge to self-harm: 4 (4 or more)
      Not acknowledged yet: hwk ack c-0042 01M80FZS70R9B13Q9RHVY2K657
  
  Safety plan (recorded Mon 2026-11-16):
    Warning signs: I stop answering texts and stay in bed
    Things I can do on my own: Walk the dog; cold water on my face
    People I can ask for help: My sister Dana, 555-0142
    Professionals and crisis lines: Dr Lee, 555-0100; crisis line 988
    My reasons for living: My dog; my nephew
  
  Goals: Get through hard evenings safely
  
  $ hwk review c-0042 | grep -A2 'Suggestions:'
    Suggestions:
      - Talk through the record under Risk first; leave changes to this practice until then.
  

Markdown: the same block, before the goals.

  $ hwk review c-0042 --format md | sed -n '5,25p'
  ## Risk: 2 records need your attention
  
  - **Thu 2026-11-19 23:40**, DBT diary card (dbt-diary-card) `01M7VM2580HNVGXGPJZ2Y2QVG5`
    - Urge to self-harm: 5 (4 or more)
    - Thoughts of suicide: 5 (4 or more)
    - Self-harm today: yes
    - Reflection: I can't do this anymore
    - **Not acknowledged yet: hwk ack c-0042 01M7VM2580HNVGXGPJZ2Y2QVG5**
  - **Sat 2026-11-21 21:05**, DBT diary card (dbt-diary-card) `01M80FZS70R9B13Q9RHVY2K657`
    - Urge to self-harm: 4 (4 or more)
    - **Not acknowledged yet: hwk ack c-0042 01M80FZS70R9B13Q9RHVY2K657**
  
  ## Safety plan (recorded Mon 2026-11-16)
  
  - Warning signs: I stop answering texts and stay in bed
  - Things I can do on my own: Walk the dog; cold water on my face
  - People I can ask for help: My sister Dana, 555-0142
  - Professionals and crisis lines: Dr Lee, 555-0100; crisis line 988
  - My reasons for living: My dog; my nephew
  
  Goals:

HTML: the risk section is the first section of the page body, before the goals.

  $ hwk review c-0042 --format html > review.html
  $ grep -o '<section class="[a-z-]*"' review.html | head -3
  <section class="risk"
  <section class="safety-plan"
  <section class="assignment"
  $ grep -c 'I can&#39;t do this anymore\|I can&apos;t do this anymore\|I can.t do this anymore' review.html
  2

Once acknowledged, a flag stays in the review of the period it was raised in, marked as seen, with
the clinician's note.

  $ hwk --now 2026-11-23T21:30:00-05:00 ack c-0042 01M7VM2580HNVGXGPJZ2Y2QVG5 --note "Called Alex; safe, seeing GP tomorrow" | sed 's/ as [0-9A-Z]*;/ as ID;/'
  acknowledged 01M7VM2580HNVGXGPJZ2Y2QVG5 (dbt-diary-card) for c-0042 as ID; 1 record needs your attention
  $ hwk --now 2026-11-23T21:40:00-05:00 review c-0042 | sed -n '3,13p'
  Risk: 1 record needs your attention
    Thu 2026-11-19 23:40  DBT diary card (dbt-diary-card)  [01M7VM2580HNVGXGPJZ2Y2QVG5]
      Urge to self-harm: 5 (4 or more)
      Thoughts of suicide: 5 (4 or more)
      Self-harm today: yes
      Reflection: I can't do this anymore
      Acknowledged Mon 2026-11-23 21:30: Called Alex; safe, seeing GP tomorrow
    Sat 2026-11-21 21:05  DBT diary card (dbt-diary-card)  [01M80FZS70R9B13Q9RHVY2K657]
      Urge to self-harm: 4 (4 or more)
      Not acknowledged yet: hwk ack c-0042 01M80FZS70R9B13Q9RHVY2K657
  

A client with no risk conditions and no safety plan has no Risk block.

  $ hwk review c-0107 | head -3
  Review of c-0107 (Sam), from Mon 2026-10-26 00:00 to Mon 2026-11-23 21:00
  
  Paced breathing (paced-breathing): daily at 08:00

A period that ended in the past shows the flags as they stood at its end, as hwk summary counts
them: the acknowledgement made after it does not count, and a later safety plan is not shown.

  $ hwk --now 2026-11-24T10:00:00-05:00 log c-0042 safety-plan --no-input --set warning_signs="I skip meals" --set coping_alone="Music" --set people_to_ask="Dana" --set professionals="Dr Lee" > /dev/null
  $ hwk --now 2026-11-24T11:00:00-05:00 review c-0042 --until 2026-11-20 | sed -n '3,15p'
  Risk: 1 record needs your attention
    Thu 2026-11-19 23:40  DBT diary card (dbt-diary-card)  [01M7VM2580HNVGXGPJZ2Y2QVG5]
      Urge to self-harm: 5 (4 or more)
      Thoughts of suicide: 5 (4 or more)
      Self-harm today: yes
      Reflection: I can't do this anymore
      Not acknowledged yet: hwk ack c-0042 01M7VM2580HNVGXGPJZ2Y2QVG5
  
  Safety plan (recorded Mon 2026-11-16):
    Warning signs: I stop answering texts and stay in bed
    Things I can do on my own: Walk the dog; cold water on my face
    People I can ask for help: My sister Dana, 555-0142
    Professionals and crisis lines: Dr Lee, 555-0100; crisis line 988
  $ hwk --now 2026-11-24T11:00:00-05:00 summary c-0042 --until 2026-11-20 --format csv | cut -d, -f3,26
  assignment,risk_open\r (esc)
  dbt-diary-card,1\r (esc)
  safety-plan,\r (esc)
