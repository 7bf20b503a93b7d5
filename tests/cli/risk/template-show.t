hwk template show lists what raises a risk flag, by the fields' labels; JSON carries the conditions
as the template words them.

  $ hwk template show dbt-diary-card | sed -n '/^Needs attention when/,/^$/p'
  Needs attention when
    - Thoughts of suicide: 4 or more
    - Urge to self-harm: 4 or more
    - Self-harm today: yes
    - Suicidal action today: yes
  
  $ hwk template show urge-surfing --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["risk"])'
  ['urge_self_harm = yes and acted_on_urge = yes', 'urge_self_harm = yes and urge_peak >= 8']
  $ hwk template show paced-breathing --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["risk"])'
  []
