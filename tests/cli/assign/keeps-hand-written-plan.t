hwk assign appends an [[assignments]] block to the plan and keeps every byte already there:
comments, odd spacing, literal and multi-line strings, a last line without a newline.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ hwk assign c-0042 thought-record --schedule 'mon wed fri' --at 20:00 --goal 'feel calmer at work' --why 'Catch the thought behind a low mood.'
  assigned Thought record (thought-record) to c-0042: mon wed fri at 20:00, from 2026-11-23
  $ { cat "$FIXTURES/practice/clients/c-0042/plan.toml"; printf '\n\n'; cat <<'TOML'
  > [[assignments]]
  > id = "thought-record"
  > template = "thought-record"
  > template_version = 1
  > schedule = "mon wed fri"
  > times = ["20:00"]
  > start = 2026-11-23
  > goal = "feel calmer at work"
  > why = "Catch the thought behind a low mood."
  > TOML
  > } > expected.toml
  $ cmp expected.toml clients/c-0042/plan.toml

A second one is appended after a blank line; times are sorted, text is quoted for TOML, and the
id can be chosen.

  $ hwk assign c-0042 paced-breathing --id evening-breathing --schedule '3 per week' --at 21:30 --at 07:15 --start 2026-11-25 --end 2026-12-31 --why 'She said "try it lying down"' --backup 'if too tired, 2 minutes'
  assigned Paced breathing (evening-breathing) to c-0042: 3 per week at 07:15, 21:30, from 2026-11-25 to 2026-12-31
  $ cat >> expected.toml <<'TOML'
  > 
  > [[assignments]]
  > id = "evening-breathing"
  > template = "paced-breathing"
  > template_version = 1
  > schedule = "3 per week"
  > times = ["07:15", "21:30"]
  > start = 2026-11-25
  > end = 2026-12-31
  > why = "She said \"try it lying down\""
  > backup = "if too tired, 2 minutes"
  > TOML
  $ cmp expected.toml clients/c-0042/plan.toml

The practice still checks clean, and the client lists four assignments.

  $ chmod -R go-rwx . && hwk check
  $ hwk client list
  CLIENT  NAME  TIMEZONE          ASSIGNMENTS
  c-0042  Alex  America/New_York  4
  c-0043  Sam   Europe/Berlin     0
