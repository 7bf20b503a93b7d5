hwk template show prints a template as a client would read it, or its fields as JSON for scripts.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ hwk template show mood-check
  Mood check  (mood-check, version 1)
  self-monitoring \xc2\xb7 CBT \xc2\xb7 about 5 minutes (esc)
  
  Rate your mood and tick what you did today.
  
  Why it helps
    Noticing your mood each day shows how it changes with what you do.
  
  Steps
    1. Stop for a moment in the evening.
    2. Rate your mood and tick what you did today.
  
  What you record
    Mood  (mood, scale, required)
      How was your mood today, from 0 to 10?
      0 to 10, 0 = the worst, 10 = the best
    Energy  (energy, likert)
      How much energy did you have?
      1 = none, 2 = little, 3 = some, 4 = plenty
    Steps  (steps, number)
      How many steps did you walk?
      a number from 0 to 100000 (steps)
    Did today  (did, checklist)
      What did you do today?
      the items done, separated by commas: 1 = walk, 2 = call a friend, 3 = cook
    Note  (note, text)
      Anything else?
  
  Reflection
    - What lifted your mood today?
  
  Success
    You checked your mood on 5 days this week.

  $ hwk template show mood-check --format json
  {"version":1,"id":"mood-check","template_version":1,"title":"Mood check","kind":"self-monitoring","modalities":["CBT"],"minutes":5,"builtin":false,"summary":"Rate your mood and tick what you did today.","rationale":"Noticing your mood each day shows how it changes with what you do.","instructions":["Stop for a moment in the evening.","Rate your mood and tick what you did today."],"fields":[{"id":"mood","type":"scale","label":"Mood","prompt":"How was your mood today, from 0 to 10?","required":true,"min":0,"max":10,"step":1,"anchors":{"0":"the worst","10":"the best"}},{"id":"energy","type":"likert","label":"Energy","prompt":"How much energy did you have?","required":false,"points":["none","little","some","plenty"]},{"id":"steps","type":"number","label":"Steps","prompt":"How many steps did you walk?","required":false,"min":0,"max":100000,"unit":"steps"},{"id":"did","type":"checklist","label":"Did today","prompt":"What did you do today?","required":false,"items":["walk","call a friend","cook"]},{"id":"note","type":"text","label":"Note","prompt":"Anything else?","required":false,"max_length":40}],"risk":[],"reflection":["What lifted your mood today?"],"reflection_every":"record","occasion":"scheduled","success":"You checked your mood on 5 days this week.","resources":[],"alternatives":[]}

A built-in template, with its field types and limits:

  $ hwk template show paced-breathing | head -n 3
  Paced breathing  (paced-breathing, version 1, built-in)
  skills-practice \xc2\xb7 CBT, DBT \xc2\xb7 about 10 minutes (esc)
  
  $ hwk template show paced-breathing --format json | python3 -c '
  > import json, sys
  > t = json.load(sys.stdin)
  > print(t["version"], t["id"], t["template_version"], t["builtin"])
  > for f in t["fields"]:
  >     print(f["id"], f["type"], f["required"], f.get("min"), f.get("max"), f.get("options", ""))'
  1 paced-breathing 1 True
  tension_before scale True 0 10 
  tension_after scale False 0 10 
  time_practised duration True 1m 1h 
  place choice False None None ['at home', 'in bed', 'at work or school', 'outdoors', 'on the bus or train', 'somewhere else']
  hard_to_pace yesno False None None 

An unknown template, with a hint:

  $ hwk template show paced-breathin 2>&1
  hwk: error: unknown template 'paced-breathin'
    hint: did you mean 'paced-breathing'?
  [1]
