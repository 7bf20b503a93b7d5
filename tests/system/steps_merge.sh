#!/usr/bin/env bash
# System test: graded steps across clones, with real git and a bare remote.
#
# A practice with Jordan's lift ladder (tests/fixtures/steps: step 2 of 6, its rule met) is pushed
# to a bare repository and cloned twice. The clinician's clone advances to step 3 and later to
# step 4; meanwhile the client's clone records practice on the step it knows (2), then pulls and
# records on step 3. After pushes and pulls (merge in one round, rebase in the other) both clones
# must agree on the current step, count only step-3 practice made since step 3 began toward it, and
# `hwk check` must be clean. Two step changes made at the same instant in both clones must resolve
# to the same step in each (the later id wins), whichever order git puts the files in.
set -u

HWK=${HWK:-$(command -v hwk)}
# shellcheck source=harness.bash
source "$(dirname "${BASH_SOURCE[0]}")/harness.bash"
[ -n "$HWK" ] && [ -x "$HWK" ] || { echo "HWK is not set to the hwk binary"; echo "0 passed, 1 failed"; exit 1; }
HWK_SOURCE_DIR=${HWK_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hwk-steps-merge.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
private_git_home "$tmp"
unset HWK_NOW

hwk() { "$HWK" "$@"; }
configure() { # configure REPO NAME REBASE
  git -C "$1" config user.name "$2"
  git -C "$1" config user.email "$2@example.invalid"
  git -C "$1" config pull.rebase "$3"
}
commit_push() { # commit_push REPO MESSAGE
  git -C "$1" add -A && git -C "$1" commit -qm "$2" && git -C "$1" push -q origin main
}
# current_step REPO NOW: the step id `hwk due --format json` gives for lift-ladder's items.
current_step() {
  "$HWK" -C "$1" --now "$2" due c-0213 --within 2w --format json |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(*sorted({i["step"]["id"] for i in d["items"] if i["step"]}))'
}
# progress REPO NOW: the "Next step when" line of `hwk plan show`.
progress() { "$HWK" -C "$1" --now "$2" plan show c-0213 | grep 'Next step when'; }

cp -R "$HWK_SOURCE_DIR/tests/fixtures/steps" "$tmp/seed"
git -c init.defaultBranch=main init -q "$tmp/seed" && configure "$tmp/seed" seed false &&
  git -C "$tmp/seed" add -A && git -C "$tmp/seed" commit -qm "Jordan's plan and history" &&
  git clone -q --bare "$tmp/seed" "$tmp/remote.git" ||
  { not_ok "set up the remote"; finish; }
git clone -q "$tmp/remote.git" "$tmp/clinician" && configure "$tmp/clinician" clinician false
git clone -q "$tmp/remote.git" "$tmp/client" && configure "$tmp/client" client false

for round in merge rebase; do
  if [ "$round" = merge ]; then d=24; else d=26; fi
  # The clinician moves Jordan on; the client, not yet pulled, records on the step it knows.
  check "$round: clinician advances" hwk -C "$tmp/clinician" --now "2026-11-${d}T10:00:00Z" advance c-0213 lift-ladder
  before=$(current_step "$tmp/client" "2026-11-${d}T11:00:00Z")
  check "$round: client records before pulling" hwk -C "$tmp/client" --now "2026-11-${d}T11:00:00Z" log c-0213 lift-ladder \
    --no-input --set step="Practised" --set suds_before=30 --set suds_peak=30
  commit_push "$tmp/clinician" "advance ($round)"
  git -C "$tmp/client" add -A && git -C "$tmp/client" commit -qm "practice ($round)"
  if out=$(git -C "$tmp/client" pull -q --no-edit $([ "$round" = rebase ] && echo --rebase) origin main 2>&1) &&
    git -C "$tmp/client" push -q origin main 2>&1; then
    ok "$round: the client's pull has no conflict"
  else
    not_ok "$round: the client's pull has no conflict" "$out"
  fi
  check "$round: clinician pulls" git -C "$tmp/clinician" pull -q --no-edit origin main
  a=$(current_step "$tmp/clinician" "2026-11-${d}T12:00:00Z")
  b=$(current_step "$tmp/client" "2026-11-${d}T12:00:00Z")
  if [ "$a" = "$b" ] && [ -n "$a" ] && [ "$a" != "$before" ]; then
    ok "$round: both clones are on step '$a' (the client was on '$before')"
  else
    not_ok "$round: both clones agree on the new step" "clinician: '$a', client: '$b', client before: '$before'"
  fi
  # The client's record was made on the old step after the new one began: it counts for neither.
  p=$(progress "$tmp/client" "2026-11-${d}T12:00:00Z")
  case $p in
    *"(0 of 3 so far)"*) ok "$round: practice on the old step does not count toward the new one" ;;
    *) not_ok "$round: practice on the old step does not count toward the new one" "$p" ;;
  esac
  hwk -C "$tmp/client" --now "2026-11-${d}T13:00:00Z" log c-0213 lift-ladder --no-input --set step="New step" \
    --set suds_before=30 --set suds_peak=30 >/dev/null
  p=$(progress "$tmp/client" "2026-11-${d}T13:00:00Z")
  case $p in
    *"(1 of 3 so far)"*) ok "$round: practice on the new step counts" ;;
    *) not_ok "$round: practice on the new step counts" "$p" ;;
  esac
  commit_push "$tmp/client" "more practice ($round)"
  git -C "$tmp/clinician" pull -q --no-edit origin main
  check "$round: hwk check is clean in the client's clone" hwk -C "$tmp/client" --now "2026-11-${d}T14:00:00Z" check
  check "$round: hwk check is clean in the clinician's clone" hwk -C "$tmp/clinician" --now "2026-11-${d}T14:00:00Z" check
  configure "$tmp/client" client true
done

# Both clones change the step at the same instant, to different steps: after the merge, both pick
# the record with the greater id.
hwk -C "$tmp/clinician" --now 2026-11-28T09:00:00Z advance c-0213 lift-ladder --to five-floors >/dev/null
hwk -C "$tmp/client" --now 2026-11-28T09:00:00Z advance c-0213 lift-ladder --back >/dev/null
commit_push "$tmp/clinician" "to five floors"
git -C "$tmp/client" add -A && git -C "$tmp/client" commit -qm "back one"
check "same instant: the client's pull has no conflict" git -C "$tmp/client" pull -q --no-edit origin main
git -C "$tmp/client" push -q origin main && git -C "$tmp/clinician" pull -q --no-edit origin main
a=$(current_step "$tmp/clinician" 2026-11-28T10:00:00Z)
b=$(current_step "$tmp/client" 2026-11-28T10:00:00Z)
want=$(python3 - "$tmp/client" <<'PY'
import glob, sys, tomllib
recs = []
for f in glob.glob(sys.argv[1] + "/clients/c-0213/log/*.toml"):
    with open(f, "rb") as fh:
        recs += [r for r in tomllib.load(fh)["records"] if r.get("kind") == "step"]
print(max(recs, key=lambda r: (r["at"], r["id"]))["step"])
PY
)
if [ "$a" = "$want" ] && [ "$b" = "$want" ]; then
  ok "same instant: both clones are on '$want', the step of the greater id"
else
  not_ok "same instant: both clones agree on the step of the greater id" "clinician: '$a', client: '$b', want: '$want'"
fi
finish
