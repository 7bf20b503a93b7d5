A value the field does not take is invalid data, with a hint; nothing is written.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk log c-0042 mood --set mood=11 2>&1
  hwk: error: field 'mood': 11 is outside the scale 0 to 10
    hint: run 'hwk template show mood-check' to see what it takes
  [1]
  $ hwk log c-0042 mood --set mood=5 --set energy=lots 2>&1
  hwk: error: field 'energy': 'lots' is not one of 'none', 'little', 'some', 'plenty' (or 1 to 4)
    hint: run 'hwk template show mood-check' to see what it takes
  [1]
  $ hwk log c-0042 mood --set mood=5 --set steps=-3 2>&1
  hwk: error: field 'steps': -3 is below the minimum 0
    hint: run 'hwk template show mood-check' to see what it takes
  [1]
  $ hwk log c-0042 mood --set mood=5 --set did=walk,swim 2>&1
  hwk: error: field 'did': 'swim' is not one of the items 'walk', 'call a friend', 'cook'
    hint: run 'hwk template show mood-check' to see what it takes
  [1]
  $ hwk log c-0042 mood --set mood=5 --set note="$(printf '%050d' 0)" 2>&1
  hwk: error: field 'note': text is longer than 40 characters
    hint: run 'hwk template show mood-check' to see what it takes
  [1]
  $ hwk log c-0042 breathing --set tension_before=5 --set time_practised=2h 2>&1
  hwk: error: field 'time_practised': duration 2h is longer than the maximum 1h
    hint: run 'hwk template show paced-breathing' to see what it takes
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
