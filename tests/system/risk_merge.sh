#!/usr/bin/env bash
# System test: a risk flag acknowledged on one clone is acknowledged on the other after a merge.
#
# A practice (c-0042 on the DBT diary card) is pushed to a bare repository and cloned twice: a is
# the client's side, b the clinician's. a records a card that meets the card's risk conditions and
# pushes. b pulls: `hwk review` opens with a Risk block naming the fields and "Not acknowledged",
# `hwk due` lists it. b acknowledges it with `hwk ack c-0042 ID --note "called, safe"`, commits and
# pushes; meanwhile a records a calm card and commits. a pulls (a real merge commit, no conflict):
# a's review shows the flag acknowledged with the note, `hwk summary --format json` has risk_open
# 0, and a second `hwk ack` of the record says "already acknowledged" and writes nothing. Then the
# same flag acknowledged on both clones before either has pulled: after the merges both clones
# agree, flag closed, each ack record present once.
set -u

HWK=${HWK:-$(command -v hwk)}
# shellcheck source=harness.bash
source "$(dirname "${BASH_SOURCE[0]}")/harness.bash"
[ -n "$HWK" ] && [ -x "$HWK" ] || { echo "HWK is not set to the hwk binary"; echo "0 passed, 1 failed"; exit 1; }
command -v git >/dev/null || { echo "git is not installed"; echo "0 passed, 1 failed"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hwk-risk-merge.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
private_git_home "$tmp"
export HWK_NOW=2026-11-23T21:00:00+01:00

hwk() { "$HWK" "$@"; }
configure() { # configure REPO NAME: local identity only
  git -C "$1" config user.name "$2"
  git -C "$1" config user.email "$2@example.invalid"
  git -C "$1" config pull.rebase false
}
no_conflicts() { # no_conflicts REPO: no unmerged paths and no conflict markers in the logs
  [ -z "$(git -C "$1" diff --name-only --diff-filter=U)" ] || return 1
  ! grep -rqE '^(<<<<<<<|>>>>>>>|=======)' "$1/clients" 2>/dev/null
}
clean_tree() { # clean_tree REPO: nothing changed or new, ignored files aside
  local s
  s=$(git -C "$1" status --porcelain --untracked-files=all)
  [ -z "$s" ] || { printf '%s\n' "$s"; return 1; }
}
# card DIR NOW SUICIDE SELF_HARM ACTION [ARGS...]: a diary card recorded without a prompt; prints its id.
card() {
  local dir=$1 now=$2 suicide=$3 harm=$4 action=$5 out
  shift 5
  out=$(HWK_NOW=$now "$HWK" -C "$dir" log c-0042 dbt-diary-card --no-input --set urge_suicide="$suicide" \
    --set urge_self_harm="$harm" --set urge_substances=0 --set action_self_harm="$action" --set action_suicide=no \
    --set action_substances=no "$@" 2>&1) || { echo "hwk log failed: $out" >&2; return 1; }
  printf '%s\n' "$out" | sed -n 's/^recorded .* as \([0-9A-Z]\{26\}\)$/\1/p'
}
# has LABEL TEXT PATTERN: TEXT contains the fixed string PATTERN.
has() {
  if grep -qF -- "$3" <<<"$2"; then ok "$1"; else not_ok "$1" "no '$3' in:
$2"; fi
}
hasnt() {
  if grep -qF -- "$3" <<<"$2"; then not_ok "$1" "'$3' in:
$2"; else ok "$1"; fi
}
# risk_block TEXT: the review's Risk block (from the line starting "Risk" to the next blank line).
risk_block() { sed -n '/^Risk/,/^$/p' <<<"$1"; }
# risk_open REPO ASSIGNMENT: risk_open of the assignment in `hwk summary --format json` ("absent" when the key is missing).
risk_open() {
  hwk -C "$1" summary --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
a = [a for c in d["clients"] if c["client"] == "c-0042" for a in c["assignments"] if a["assignment"] == sys.argv[1]]
print(a[0].get("risk_open", "absent") if a else "no assignment")' "$2"
}
ack_records() { # ack_records REPO: the ids of the ack records in c-0042's logs, one a line, sorted
  python3 - "$1" <<'EOF'
import glob, os, sys, tomllib
ids = []
for f in glob.glob(os.path.join(sys.argv[1], "clients", "c-0042", "log", "*.toml")):
    with open(f, "rb") as fh:
        ids += [r["id"] for r in tomllib.load(fh).get("records", []) if r.get("kind") == "ack"]
print("\n".join(sorted(ids)))
EOF
}

# ---------------------------------------------------------------------------- the practice
cd "$tmp" || exit 1
check "hwk init practice" hwk init practice --timezone Europe/Berlin
printf '\n[crisis]\nen = "Call the Riverside crisis line on 0800 555 0199, day or night."\n' >>practice/hwk.toml
check "hwk client add c-0042" hwk -C practice client add c-0042
check "hwk assign c-0042 dbt-diary-card" hwk -C practice assign c-0042 dbt-diary-card --start 2026-11-16
git -c init.defaultBranch=main init -q practice
configure practice Clinician
git -C practice add -A
check "commit the practice" git -C practice commit -q -m "New practice"
git -c init.defaultBranch=main init -q --bare origin.git
git -C practice remote add origin "$tmp/origin.git"
check "push the practice to a bare repository" git -C practice push -q origin main
check "clone a (the client's side)" git clone -q origin.git a
check "clone b (the clinician's side)" git clone -q origin.git b
configure a Client
configure b Clinician

# ---------------------------------------------------------------------------- a raises a flag
flag=$(card a 2026-11-23T21:00:00+01:00 5 5 yes --reflect "I can't do this anymore")
[ -n "$flag" ] && ok "a records a card with Thoughts of suicide 5, self-harm urge 5, self-harm yes ($flag)" \
  || not_ok "a records the risky card"
git -C a add -A && check "a commits" git -C a commit -q -m "a: diary card"
check "a pushes" git -C a push -q origin main
check "b pulls" git -C b pull -q origin main

export HWK_NOW=2026-11-24T09:00:00+01:00
review=$(hwk -C b review c-0042 2>&1)
block=$(risk_block "$review")
first=$(sed -n '/^Review of/,$p' <<<"$review" | sed 1d | grep -m1 .)  # the first line after the heading
case $first in
  Risk*) ok "b: the review opens with the Risk block" ;;
  *) not_ok "b: the review opens with the Risk block" "$review" ;;
esac
has "b: the Risk block says one record needs attention" "$block" "1 record needs your attention"
has "b: the Risk block names the record" "$block" "$flag"
has "b: the Risk block names Thoughts of suicide by its label, with the value" "$block" "Thoughts of suicide: 5"
has "b: the Risk block names Self-harm today" "$block" "Self-harm today: yes"
has "b: the Risk block carries the reflection" "$block" "I can't do this anymore"
has "b: the flag is not acknowledged" "$block" "Not acknowledged"
hasnt "b: the Risk block does not name fields by id" "$block" "urge_suicide"
due=$(hwk -C b due 2>&1)
has "b: hwk due lists the record that needs attention" "$due" "needs your attention"
[ "$(risk_open b dbt-diary-card)" = 1 ] && ok "b: summary --format json: risk_open 1" \
  || not_ok "b: summary --format json: risk_open 1" "$(risk_open b dbt-diary-card)"

out=$(hwk -C b ack c-0042 "$flag" --note "called, safe" 2>&1)
st=$?
if [ $st -eq 0 ] && grep -q "^acknowledged $flag" <<<"$out"; then ok "b: hwk ack c-0042 ID --note 'called, safe'"
else not_ok "b: hwk ack c-0042 ID --note 'called, safe'" "exit $st: $out"; fi
has "b: ack says nothing else needs attention" "$out" "no other record needs your attention"
block=$(risk_block "$(hwk -C b review c-0042 2>&1)")
hasnt "b: after ack the flag is no longer 'Not acknowledged'" "$block" "Not acknowledged"
has "b: after ack the Risk block shows the note" "$block" "called, safe"
git -C b add -A && check "b commits the acknowledgement" git -C b commit -q -m "b: ack"
check "b pushes" git -C b push -q origin main

# ---------------------------------------------------------------------------- meanwhile, a
calm=$(card a 2026-11-24T08:00:00+01:00 1 1 no --reflect "Better today")
[ -n "$calm" ] && ok "a records a calm card before pulling ($calm)" || not_ok "a records a calm card"
git -C a add -A && check "a commits" git -C a commit -q -m "a: calm card"
check "a still sees the flag open before pulling" test "$(risk_open a dbt-diary-card)" = 1
check "a pulls b's acknowledgement with a merge" git -C a pull -q --no-rebase origin main
check "a: no conflicts" no_conflicts a
check "a: the pull made a merge commit" test "$(git -C a rev-list --parents -n1 HEAD | wc -w)" -eq 3
check "a: working tree clean after the merge" clean_tree a
check_ok() { if out=$(hwk -C "$1" check 2>&1); then ok "$2"; else not_ok "$2" "$out"; fi; }
check_ok a "a: hwk check passes after the merge"

review=$(hwk -C a review c-0042 2>&1)
block=$(risk_block "$review")
has "a: the Risk block still lists the record" "$block" "$flag"
hasnt "a: the flag is acknowledged after the merge" "$block" "Not acknowledged"
has "a: the acknowledgement's note is shown" "$block" "called, safe"
hasnt "a: nothing needs attention" "$block" "needs your attention"
hasnt "a: the calm card raised no flag" "$block" "$calm"
[ "$(risk_open a dbt-diary-card)" = 0 ] && ok "a: summary --format json: risk_open 0 for dbt-diary-card" \
  || not_ok "a: summary --format json: risk_open 0 for dbt-diary-card" "$(risk_open a dbt-diary-card)"
due=$(hwk -C a due 2>&1)
hasnt "a: hwk due no longer lists it" "$due" "needs your attention"

out=$(hwk -C a ack c-0042 "$flag" 2>&1)
st=$?
if [ $st -eq 0 ] && grep -q "already acknowledged" <<<"$out"; then ok "a: a second ack says 'already acknowledged'"
else not_ok "a: a second ack says 'already acknowledged'" "exit $st: $out"; fi
check "a: the second ack wrote nothing (git status clean)" clean_tree a
[ "$(ack_records a | grep -c .)" -eq 1 ] && ok "a: one ack record in the log" || not_ok "a: one ack record" "$(ack_records a)"

check "a pushes the merge" git -C a push -q origin main
check "b pulls" git -C b pull -q origin main
check "a and b have the same tree" test "$(git -C a rev-parse 'HEAD^{tree}')" = "$(git -C b rev-parse 'HEAD^{tree}')"
if [ "$(risk_block "$(hwk -C a review c-0042)")" = "$(risk_block "$(hwk -C b review c-0042)")" ]; then
  ok "a and b show the same Risk block"
else
  not_ok "a and b show the same Risk block" "a: $(risk_block "$(hwk -C a review c-0042)")
b: $(risk_block "$(hwk -C b review c-0042)")"
fi

# ---------------------------------------------------------------------------- acknowledged on both sides
export HWK_NOW=2026-11-25T12:00:00+01:00
second=$(card a 2026-11-25T07:30:00+01:00 0 0 yes)
[ -n "$second" ] && ok "a records a card with Self-harm today: yes ($second)" || not_ok "a records a second risky card"
git -C a add -A && git -C a commit -q -m "a: card" && check "a pushes" git -C a push -q origin main
check "b pulls" git -C b pull -q origin main
# Both acknowledge before either pulls: a later in the day than b.
out_b=$(HWK_NOW=2026-11-25T12:00:00+01:00 hwk -C b ack c-0042 "$second" --note "b rang" 2>&1) \
  && ok "b acknowledges the second flag" || not_ok "b acknowledges the second flag" "$out_b"
out_a=$(HWK_NOW=2026-11-25T13:00:00+01:00 hwk -C a ack c-0042 "$second" --note "a rang" 2>&1) \
  && ok "a acknowledges it too, not having pulled" || not_ok "a acknowledges it too" "$out_a"
git -C b add -A && git -C b commit -q -m "b: ack" && check "b pushes" git -C b push -q origin main
git -C a add -A && git -C a commit -q -m "a: ack"
check "a pulls b's ack of the same record, without conflict" git -C a pull -q --no-rebase origin main
check "a: no conflicts" no_conflicts a
check "a pushes" git -C a push -q origin main
check "b pulls" git -C b pull -q origin main
for side in a b; do
  block=$(risk_block "$(HWK_NOW=2026-11-25T14:00:00+01:00 hwk -C $side review c-0042 2>&1)")
  hasnt "$side: the twice-acknowledged flag is closed" "$block" "Not acknowledged"
  has "$side: the earliest acknowledgement counts (b's note)" "$block" "b rang"
  [ "$(risk_open $side dbt-diary-card)" = 0 ] && ok "$side: risk_open 0 after both acks" \
    || not_ok "$side: risk_open 0 after both acks" "$(risk_open $side dbt-diary-card)"
done
[ "$(ack_records a | grep -c .)" -eq 3 ] && ok "three ack records, each once" || not_ok "three ack records" "$(ack_records a)"
check "a and b agree (same tree)" test "$(git -C a rev-parse 'HEAD^{tree}')" = "$(git -C b rev-parse 'HEAD^{tree}')"
check_ok b "b: hwk check passes"

finish
