hwk plan show says when records need the clinician's attention, and shows the client's current
safety plan: the latest safety-plan record, section by section.

  $ cp -R "$FIXTURES/risk" p && cd p
  $ hwk plan show c-0042
  c-0042 (Alex), America/New_York
  Last session: 2026-11-16T09:00
  Risk: 2 records need your attention (hwk review c-0042)
  
  Goals
    - Get through hard evenings safely
  
  dbt-diary-card: DBT diary card
    When: daily at 21:00, from 2026-11-16
  
  safety-plan: My safety plan
    When: as needed, from 2026-11-16
  
  Safety plan (recorded 2026-11-16)
    Warning signs: I stop answering texts and stay in bed
    Things I can do on my own: Walk the dog; cold water on my face
    People I can ask for help: My sister Dana, 555-0142
    Professionals and crisis lines: Dr Lee, 555-0100; crisis line 988
    My reasons for living: My dog; my nephew
  $ hwk plan show c-0107
  c-0107 (Sam), America/New_York
  
  paced-breathing: Paced breathing
    When: daily at 08:00, from 2026-11-16

A newer safety plan replaces the older one.

  $ hwk log c-0042 safety-plan --no-input --set warning_signs="I skip meals" --set coping_alone="Music, a shower" --set people_to_ask="Dana" --set professionals="Dr Lee, 555-0100" > /dev/null
  $ hwk plan show c-0042 | sed -n '/^Safety plan/,$p'
  Safety plan (recorded 2026-11-23)
    Warning signs: I skip meals
    Things I can do on my own: Music, a shower
    People I can ask for help: Dana
    Professionals and crisis lines: Dr Lee, 555-0100
