Completion candidates go straight into the user's command line, so only ids are offered. Fault
injected: a broken plan whose step id is a terminal's title-setting escape sequence.

  $ cp -R "$FIXTURES/steps" p && cd p
  $ sed -i 's/^id = "videos"/id = "vid\\u001b]0;owned\\u0007eos"/' clients/c-0213/plan.toml
  $ hwk _complete steps c-0213 lift-ladder
  doors-open
  one-floor-with-friend
  one-floor-alone
  five-floors
  ninth-floor-busy
  $ hwk _complete assignments c-0213
  lift-ladder
  paced-breathing
