hwk check on graded steps: a rule's mistake at its word, a rule naming a field the template does
not have (or one that is not a number), and records naming a step the plan no longer has.

  $ cp -R "$FIXTURES/steps" p && cd p
  $ sed -i 's/^advance_when = "3 done with suds_peak <= 40"/advance_when = "3 done with suds_peak =< 40"/' clients/c-0213/plan.toml
  $ hwk check
  clients/c-0213/plan.toml:21:39: error: unknown comparison '=<'
    hint: use <, <=, =, !=, >= or >
  [1]
  $ sed -i 's/^advance_when = "3 done with suds_peak =< 40"/advance_when = "3 done with suds_peek <= 40 and learned > 1"/' clients/c-0213/plan.toml
  $ hwk check
  clients/c-0213/plan.toml:21:29: error: template 'exposure-step' has no field 'suds_peek'; did you mean 'suds_peak'?
  clients/c-0213/plan.toml:21:49: error: field 'learned' of template 'exposure-step' holds text, which no condition compares; name a rating, yes/no, choice or checklist field
  [1]
  $ sed -i 's/^advance_when = .*/advance_when = "3 done in 7 fortnights"/' clients/c-0213/plan.toml
  $ hwk check
  clients/c-0213/plan.toml:21:29: error: expected 'days' or 'weeks', found 'fortnights'
  clients/c-0213/plan.toml:28:29: error: expected 'days' or 'weeks', found 'fortnights'
  [1]
  $ sed -i 's/^advance_when = .*/advance_when = "3 done"/; s/^id = "doors-open"/id = "doors-ajar"/' clients/c-0213/plan.toml
  $ hwk check
  clients/c-0213/log/2026-11.262c6qc1.toml:58:1: warning: record '01M6ZZFWF01A20E7B4VD2XFZKW' and 7 more name step 'doors-open', which assignment 'lift-ladder' no longer has
    hint: those records no longer count toward a step; give the step its old id back to count them
