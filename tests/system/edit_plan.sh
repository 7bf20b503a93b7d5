#!/usr/bin/env bash
# System test: `hwk edit` and `hwk log --edit` with scripted editors ($VISUAL / $EDITOR set to small
# scripts that change the file the way a person would).
#
# A valid change is saved as written (comments kept); an invalid one, without a terminal, leaves the
# plan byte-identical, exits 1 and keeps the edit under .hwk/drafts/; no change → exit 0 and
# "unchanged"; a new [[assignments]] naming a built-in template gets that template copied into the
# client's templates/. `hwk log --edit` records what the editor filled into the form.
set -u

HWK=${HWK:-$(command -v hwk)}
# shellcheck source=harness.bash
source "$(dirname "${BASH_SOURCE[0]}")/harness.bash"

need_hwk_and

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hwk-edit-plan.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" NO_COLOR=1 TZ=UTC LANG=C.UTF-8
export HWK_NOW=2026-11-25T12:00:00+01:00
unset VISUAL EDITOR
mkdir -p "$HOME" "$tmp/bin"

# A directory with a space in its name: the editor must get the file's path as one argument.
practice="$tmp/my practice"
plan="$practice/clients/c-0042/plan.toml"
drafts="$practice/.hwk/drafts"

# hwk_edit VISUAL ARGS...: runs `hwk edit ARGS` in the practice without a terminal; sets out, err, st.
hwk_edit() {
  local visual=$1
  shift
  out=$(cd "$practice" && VISUAL=$visual "$HWK" edit "$@" </dev/null 2>"$tmp/stderr")
  st=$?
  err=$(cat "$tmp/stderr")
}
hwk_log_edit() {
  local visual=$1
  shift
  out=$(cd "$practice" && VISUAL=$visual "$HWK" log "$@" --edit </dev/null 2>"$tmp/stderr")
  st=$?
  err=$(cat "$tmp/stderr")
}
count_records() {
  python3 - "$practice/clients/c-0042/log" <<'EOF'
import glob, os, sys, tomllib
n = 0
for f in glob.glob(os.path.join(sys.argv[1], "*.toml")):
    with open(f, "rb") as fh:
        n += len(tomllib.load(fh).get("records", []))
print(n)
EOF
}

check "hwk init" "$HWK" init "$practice"
check "hwk client add c-0042" "$HWK" -C "$practice" client add c-0042 --name Alex --timezone Europe/Berlin
check "hwk assign c-0042 paced-breathing" "$HWK" -C "$practice" assign c-0042 paced-breathing --schedule daily --at 20:00
check "the plan has the assignment" grep -q '^template = "paced-breathing"' "$plan"

# A clinician's own comments, between lines and at line ends.
python3 - "$plan" <<'EOF'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = s.replace('name = "Alex"', '# Alex prefers to be called by first name.\nname = "Alex"   # pseudonym agreed 2026-11-20', 1)
s = s.replace('schedule = "daily"', 'schedule = "daily"   # start small: one practice a day', 1)
s += "\n# Next: add a thought record once breathing is routine. ☺\n"
open(p, "w", encoding="utf-8").write(s)
EOF
check "the hand-commented plan is valid" "$HWK" -C "$practice" check
chmod 600 "$plan"

# ---------------------------------------------------------------------------- a valid change
cat >"$tmp/bin/ed-goals" <<'EOF'
#!/bin/sh
# Sets the goals, as a person would in an editor.
sed -i 's/^goals = \[\]$/goals = ["Sleep better", "Feel calmer at work"]/' "$1"
EOF
chmod +x "$tmp/bin/ed-goals"
cp "$plan" "$tmp/expected.toml"
sed -i 's/^goals = \[\]$/goals = ["Sleep better", "Feel calmer at work"]/' "$tmp/expected.toml"
check "the scripted edit changes something" test -n "$(cmp "$plan" "$tmp/expected.toml" 2>&1)"
hwk_edit "$tmp/bin/ed-goals" c-0042
[ $st -eq 0 ] && ok "hwk edit with a valid change exits 0" || not_ok "hwk edit with a valid change exits 0" "exit $st: $out $err"
check "the plan is saved exactly as edited" cmp "$plan" "$tmp/expected.toml"
for c in "# Alex prefers to be called by first name." "# pseudonym agreed 2026-11-20" \
  "# start small: one practice a day" "# Next: add a thought record once breathing is routine. ☺" \
  "# Homework plan for c-0042"; do
  check "the comment '$c' is kept" grep -qF "$c" "$plan"
done
check "it says the plan was updated" grep -q "updated" <<<"$out"
check "no draft is left after a saved edit" test -z "$(ls -A "$drafts" 2>/dev/null)"
check "hwk check is clean after the edit" "$HWK" -C "$practice" check
mode=$(stat -c %a "$plan")
[ "$mode" = 600 ] && ok "the saved plan is still 0600" || not_ok "the saved plan is still 0600" "$mode"

# The client may be left out when the practice has one client; EDITOR is used when VISUAL is not set.
cat >"$tmp/bin/ed-name" <<'EOF'
#!/bin/sh
sed -i 's/^name = "Alex"/name = "Alex K."/' "$1"
EOF
chmod +x "$tmp/bin/ed-name"
out=$(cd "$practice" && unset VISUAL && EDITOR="$tmp/bin/ed-name" "$HWK" edit </dev/null 2>&1)
st=$?
[ $st -eq 0 ] && grep -q '^name = "Alex K."   # pseudonym agreed 2026-11-20$' "$plan" \
  && ok "EDITOR is used when VISUAL is unset, and the client may be left out" \
  || not_ok "EDITOR is used when VISUAL is unset, and the client may be left out" "exit $st: $out"

# ---------------------------------------------------------------------------- unchanged
cp "$plan" "$tmp/before.toml"
hwk_edit true c-0042
[ $st -eq 0 ] && ok "an unchanged plan exits 0" || not_ok "an unchanged plan exits 0" "exit $st: $out $err"
check "it says the plan is unchanged" grep -q "unchanged" <<<"$out$err"
check "the unchanged plan is byte-identical" cmp "$plan" "$tmp/before.toml"
check "no draft is left after no change" test -z "$(ls -A "$drafts" 2>/dev/null)"

# ---------------------------------------------------------------------------- invalid changes
cat >"$tmp/bin/ed-typo" <<'EOF'
#!/bin/sh
sed -i 's/^template = "paced-breathing"$/template = "thougt-record"/' "$1"
EOF
chmod +x "$tmp/bin/ed-typo"
hwk_edit "$tmp/bin/ed-typo" c-0042
[ $st -eq 1 ] && ok "an invalid edit without a terminal exits 1" || not_ok "an invalid edit without a terminal exits 1" "exit $st: $out $err"
check "the plan is byte-identical after the invalid edit" cmp "$plan" "$tmp/before.toml"
check "the error names the unknown template" grep -q "unknown template 'thougt-record'" <<<"$err"
check "the error names the place in the plan (plan.toml:LINE:COL)" \
  grep -qE "clients/c-0042/plan\.toml:[0-9]+:[0-9]+: error" <<<"$err"
draft="$drafts/plan-c-0042.toml"
check "the edit is kept under .hwk/drafts/" test -f "$draft"
check "the kept draft holds the edit" grep -q '^template = "thougt-record"' "$draft"
check "the message says where the edit is kept" grep -qF ".hwk/drafts/plan-c-0042.toml" <<<"$err"
[ -f "$draft" ] && { mode=$(stat -c %a "$draft"); [ "$mode" = 600 ] && ok "the draft is 0600" || not_ok "the draft is 0600" "$mode"; }
check "no template was copied for the typo" test -z "$(ls "$practice/clients/c-0042/templates" | grep thougt)"

# The kept edit must survive the next `hwk edit`: either it is offered again in the editor, or it
# is left alone; never silently replaced by the plan (nothing lost).
cat >"$tmp/bin/ed-peek" <<'EOF2'
#!/bin/sh
# Looks at the file without changing it.
cp "$1" "$PEEK"
EOF2
chmod +x "$tmp/bin/ed-peek"
cp "$draft" "$tmp/kept.toml" 2>/dev/null
out=$(cd "$practice" && PEEK="$tmp/seen.toml" VISUAL="$tmp/bin/ed-peek" "$HWK" edit c-0042 </dev/null 2>&1)
if cmp -s "$tmp/seen.toml" "$tmp/kept.toml" || cmp -s "$draft" "$tmp/kept.toml"; then
  ok "the edit kept in .hwk/drafts/ survives the next hwk edit"
else
  not_ok "the edit kept in .hwk/drafts/ survives the next hwk edit (offered again or left alone)" \
    "the editor was given the plan, and the kept draft is $( [ -f "$draft" ] && echo changed || echo gone ): $out"
fi
check "the plan is byte-identical after looking at it" cmp "$plan" "$tmp/before.toml"
rm -f "$draft"

cat >"$tmp/bin/ed-syntax" <<'EOF'
#!/bin/sh
printf 'this line is not TOML\n' >>"$1"
EOF
chmod +x "$tmp/bin/ed-syntax"
hwk_edit "$tmp/bin/ed-syntax" c-0042
[ $st -eq 1 ] && ok "a TOML syntax error exits 1" || not_ok "a TOML syntax error exits 1" "exit $st: $out $err"
check "the plan is byte-identical after the syntax error" cmp "$plan" "$tmp/before.toml"
check "the syntax error names the plan and a line" grep -qE "plan\.toml:[0-9]+(:[0-9]+)?: error" <<<"$err"
check "the edit with the syntax error is kept" grep -q "this line is not TOML" "$draft"
rm -f "$draft"

cat >"$tmp/bin/ed-client" <<'EOF'
#!/bin/sh
sed -i 's/^client = "c-0042"$/client = "c-0043"/' "$1"
EOF
chmod +x "$tmp/bin/ed-client"
hwk_edit "$tmp/bin/ed-client" c-0042
[ $st -eq 1 ] && ok "changing the plan's client id is refused" || not_ok "changing the plan's client id is refused" "exit $st: $out $err"
check "the plan is byte-identical after the refused client id" cmp "$plan" "$tmp/before.toml"
rm -f "$draft"

hwk_edit false c-0042
[ $st -ne 0 ] && ok "a failing editor makes hwk edit fail" || not_ok "a failing editor makes hwk edit fail" "exit $st"
check "the plan is byte-identical after a failing editor" cmp "$plan" "$tmp/before.toml"
rm -f "$draft"

# ---------------------------------------------------------------------------- a new assignment by hand
cat >"$tmp/bin/ed-new" <<'EOF'
#!/bin/sh
cat >>"$1" <<'PLAN'

# Added by hand in hwk edit.
[[assignments]]
id = "thoughts"
template = "thought-record"
schedule = "3 per week"
why = "Catch the \"hot\" thoughts when they come."
PLAN
EOF
chmod +x "$tmp/bin/ed-new"
cp "$plan" "$tmp/expected.toml"
sh "$tmp/bin/ed-new" "$tmp/expected.toml"
check "no copy of thought-record before the edit" test -z "$(ls "$practice/clients/c-0042/templates" | grep thought-record)"
hwk_edit "$tmp/bin/ed-new" c-0042
[ $st -eq 0 ] && ok "a new [[assignments]] naming a built-in template is saved" \
  || not_ok "a new [[assignments]] naming a built-in template is saved" "exit $st: $out $err"
check "the plan is saved exactly as edited (new assignment)" cmp "$plan" "$tmp/expected.toml"
copy="$practice/clients/c-0042/templates/thought-record.v1.yaml"
check "the built-in thought-record was copied into the client's templates/" test -f "$copy"
check "the copy is the thought-record template" grep -q '^id: thought-record' "$copy"
[ -f "$copy" ] && { mode=$(stat -c %a "$copy"); [ "$mode" = 600 ] && ok "the template copy is 0600" || not_ok "the template copy is 0600" "$mode"; }
check "hwk check is clean with the new assignment" "$HWK" -C "$practice" check
check "the new assignment can be logged" "$HWK" -C "$practice" log c-0042 thoughts --no-input \
  --set "situation=Meeting" --set "emotions=anxious, sad" --set "emotion_before=70" --set "hot_thought=They think I am slow"

# A new assignment naming an unknown template: refused, nothing copied.
cp "$plan" "$tmp/before.toml"
ls "$practice/clients/c-0042/templates" >"$tmp/templates-before"
cat >"$tmp/bin/ed-unknown" <<'EOF'
#!/bin/sh
printf '\n[[assignments]]\nid = "walks"\ntemplate = "no-such-template"\nschedule = "daily"\n' >>"$1"
EOF
chmod +x "$tmp/bin/ed-unknown"
hwk_edit "$tmp/bin/ed-unknown" c-0042
[ $st -eq 1 ] && ok "a new assignment with an unknown template exits 1" \
  || not_ok "a new assignment with an unknown template exits 1" "exit $st: $out $err"
check "the plan is byte-identical after the unknown template" cmp "$plan" "$tmp/before.toml"
check "no template was copied for the unknown template" \
  cmp "$tmp/templates-before" <(ls "$practice/clients/c-0042/templates")
rm -f "$draft"

# ---------------------------------------------------------------------------- a stale draft
# Fault injected: someone else changes the plan while the editor is open (an assignment added).
# The save is refused and the edit kept; the next hwk edit must not write that draft over the plan,
# even when the editor is quit without a change.
cat >"$tmp/bin/ed-raced" <<'EOF2'
#!/bin/sh
sed -i 's/^schedule = "3 per week"$/schedule = "2 per week"/' "$1"
printf '\n[[assignments]]\nid = "added-meanwhile"\ntemplate = "paced-breathing"\nschedule = "daily"\n' >>"$PLAN"
EOF2
chmod +x "$tmp/bin/ed-raced"
out=$(cd "$practice" && PLAN="$plan" VISUAL="$tmp/bin/ed-raced" "$HWK" edit c-0042 </dev/null 2>&1)
st=$?
[ $st -eq 1 ] && ok "a plan changed during the edit is not overwritten (exit 1)" || not_ok "a plan changed during the edit is not overwritten" "exit $st: $out"
check "the refused edit is kept" grep -q '^schedule = "2 per week"' "$draft"
cp "$plan" "$tmp/changed.toml"
out=$(cd "$practice" && VISUAL=true "$HWK" edit c-0042 </dev/null 2>&1)
st=$?
[ $st -eq 1 ] && ok "the next hwk edit refuses the draft made before the plan changed (exit 1)" \
  || not_ok "the next hwk edit refuses the draft made before the plan changed" "exit $st: $out"
check "the plan keeps the assignment added meanwhile" grep -q '^id = "added-meanwhile"' "$plan"
check "the plan is byte-identical after the stale draft was refused" cmp "$plan" "$tmp/changed.toml"
check "the refusal says the plan changed after the draft" grep -q "the plan changed after your earlier edit" <<<"$out"
check "the stale draft is still kept" grep -q '^schedule = "2 per week"' "$draft"
rm -f "$drafts"/plan-c-0042*.toml
# Back to the plan before the race, for what follows.
python3 - "$plan" <<'EOF2'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = s[:s.index('\n[[assignments]]\nid = "added-meanwhile"')] + "\n"
open(p, "w", encoding="utf-8").write(s)
EOF2
check "hwk check is clean after the race" "$HWK" -C "$practice" check

# ---------------------------------------------------------------------------- hwk log --edit
cat >"$tmp/bin/fill-form" <<'EOF'
#!/usr/bin/env python3
# Fills in the record form the way a person would in an editor.
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = s.replace('time_practised = ""', 'time_practised = "10m"', 1)
s = s.replace('place = ""', 'place = "outdoors"', 1)
s = s.replace('hard_to_pace = ""', 'hard_to_pace = true', 1)
s = s.replace('reflection = """\n"""', 'reflection = """\nSlower breathing "helped" \\\\ a lot.\nMy hands got warm.\n"""', 1)
open(p, "w", encoding="utf-8").write(s)
EOF
chmod +x "$tmp/bin/fill-form"
n0=$(count_records)
hwk_log_edit "$tmp/bin/fill-form" c-0042 paced-breathing --set tension_before=6
[ $st -eq 0 ] && ok "hwk log --edit with a filled-in form exits 0" \
  || not_ok "hwk log --edit with a filled-in form exits 0" "exit $st: $out $err"
rid=$(printf '%s\n' "$out" | sed -n 's/.* as \([0-9A-Z]\{26\}\)$/\1/p')
n1=$(count_records)
[ "$n1" -eq $((n0 + 1)) ] && ok "one record was added" || not_ok "one record was added" "$n0 → $n1"
res=$(python3 - "$practice/clients/c-0042/log" "$rid" <<'EOF'
import glob, os, sys, tomllib
for f in glob.glob(os.path.join(sys.argv[1], "*.toml")):
    with open(f, "rb") as fh:
        for r in tomllib.load(fh).get("records", []):
            if r["id"] == sys.argv[2]:
                v = r.get("values", {})
                want = {"tension_before": 6, "time_practised": "10m", "place": "outdoors", "hard_to_pace": True}
                if v != want:
                    print(f"values {v!r}, expected {want!r}")
                refl = 'Slower breathing "helped" \\ a lot.\nMy hands got warm.'
                if r.get("reflection") != refl:
                    print(f"reflection {r.get('reflection')!r}, expected {refl!r}")
                if r.get("status") != "done":
                    print(f"status {r.get('status')!r}")
                sys.exit(0)
print("record not found")
EOF
)
[ -z "$res" ] && ok "the record holds the form's values, the --set value and the reflection" \
  || not_ok "the record holds the form's values, the --set value and the reflection" "$res"
check "no form is left in .hwk/drafts after recording" test -z "$(ls -A "$drafts" 2>/dev/null)"

# The form, left unchanged: nothing recorded.
hwk_log_edit true c-0042 paced-breathing
[ $st -eq 1 ] && ok "hwk log --edit with an unchanged form exits 1" \
  || not_ok "hwk log --edit with an unchanged form exits 1" "exit $st: $out $err"
check "it says nothing was recorded" grep -q "nothing was recorded" <<<"$err"
[ "$(count_records)" -eq "$n1" ] && ok "no record from the unchanged form" || not_ok "no record from the unchanged form"

# An invalid form without a terminal: nothing recorded, the form kept.
cat >"$tmp/bin/bad-form" <<'EOF'
#!/bin/sh
sed -i 's/^tension_before = ""$/tension_before = 11/; s/^time_practised = ""$/time_practised = "10m"/' "$1"
EOF
chmod +x "$tmp/bin/bad-form"
logs_before=$(cat "$practice"/clients/c-0042/log/*.toml | md5sum)
hwk_log_edit "$tmp/bin/bad-form" c-0042 paced-breathing
[ $st -eq 1 ] && ok "an invalid form without a terminal exits 1" || not_ok "an invalid form without a terminal exits 1" "exit $st: $out $err"
check "the error explains the bad value" grep -qE "tension_before.*(outside|0 to 10)|11.*outside" <<<"$err"
[ "$(cat "$practice"/clients/c-0042/log/*.toml | md5sum)" = "$logs_before" ] \
  && ok "the logs are byte-identical after the invalid form" || not_ok "the logs are byte-identical after the invalid form"
form="$drafts/record-c-0042-paced-breathing.toml"
check "the invalid form is kept under .hwk/drafts/" grep -q '^tension_before = 11' "$form"
check "the message says where the form is kept" grep -qF "record-c-0042-paced-breathing.toml" <<<"$err"
# The kept form must survive the next `hwk log --edit` (offered again, or left alone).
cp "$form" "$tmp/kept-form.toml" 2>/dev/null
out=$(cd "$practice" && PEEK="$tmp/seen-form.toml" VISUAL="$tmp/bin/ed-peek" "$HWK" log c-0042 paced-breathing --edit \
  </dev/null 2>&1)
if cmp -s "$tmp/seen-form.toml" "$tmp/kept-form.toml" || cmp -s "$form" "$tmp/kept-form.toml"; then
  ok "the form kept in .hwk/drafts/ survives the next hwk log --edit"
else
  not_ok "the form kept in .hwk/drafts/ survives the next hwk log --edit (offered again or left alone)" \
    "the editor was given a new form, and the kept form is $( [ -f "$form" ] && echo changed || echo gone ): $out"
fi
[ "$(cat "$practice"/clients/c-0042/log/*.toml | md5sum)" = "$logs_before" ] \
  && ok "the logs are byte-identical after looking at the form" || not_ok "the logs are byte-identical after looking at the form"
rm -f "$form"

# A form missing a required field.
cat >"$tmp/bin/half-form" <<'EOF'
#!/bin/sh
sed -i 's/^time_practised = ""$/time_practised = "10m"/' "$1"
EOF
chmod +x "$tmp/bin/half-form"
hwk_log_edit "$tmp/bin/half-form" c-0042 paced-breathing
[ $st -eq 1 ] && ok "a form missing a required field exits 1" || not_ok "a form missing a required field exits 1" "exit $st: $out $err"
check "the error names the missing field" grep -q "tension_before" <<<"$err"
[ "$(cat "$practice"/clients/c-0042/log/*.toml | md5sum)" = "$logs_before" ] \
  && ok "the logs are byte-identical after the incomplete form" || not_ok "the logs are byte-identical after the incomplete form"
rm -f "$form"

check "hwk check is clean at the end" "$HWK" -C "$practice" check

finish
