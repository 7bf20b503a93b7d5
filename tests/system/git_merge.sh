#!/usr/bin/env bash
# System test: hwk's logs merge in real git without conflicts.
#
# A practice repository is committed and pushed to a bare repository; two clones (each with its
# own .hwk/writer) record practice for the same client in the same month and each record a session,
# commit and push; the other pulls (with a merge, and in a second round with --rebase). There must
# be no conflict, every record must be present exactly once, and `hwk check` must be clean. The
# same log file committed on both sides merges cleanly, and the same record in two files is
# counted once. A plan edited on both sides does conflict; committed with its markers, hwk check
# names them. A client's directory works as its own repository: cloned, `hwk log ASSIGNMENT`
# with the client left out records into the clone.
set -u

HWK=${HWK:-$(command -v hwk)}
# shellcheck source=harness.bash
source "$(dirname "${BASH_SOURCE[0]}")/harness.bash"

need_hwk_and git

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hwk-git-merge.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
private_git_home "$tmp"
export HWK_NOW=2026-11-25T12:00:00+01:00

hwk() { "$HWK" "$@"; }
gitc() { git -c init.defaultBranch=main "$@"; }

# record_ids DIR...: every record id in the log files under DIR/clients/*/log or DIR/log, one a line.
record_ids() {
  python3 - "$@" <<'EOF'
import glob, os, sys, tomllib
for root in sys.argv[1:]:
    files = glob.glob(os.path.join(root, "clients", "*", "log", "*.toml")) + glob.glob(os.path.join(root, "log", "*.toml"))
    for f in sorted(files):
        with open(f, "rb") as fh:
            for r in tomllib.load(fh).get("records", []):
                print(r["id"])
EOF
}

# expect_ids_once REPO LABEL ID...: every given id is in REPO's logs exactly once, and nothing else is.
expect_ids_once() {
  local repo=$1 label=$2
  shift 2
  local all
  if ! all=$(record_ids "$repo" 2>&1); then
    not_ok "$label: the logs parse as TOML" "$all"
    return
  fi
  local missing="" doubled="" id n
  for id in "$@"; do
    n=$(printf '%s\n' "$all" | grep -cx "$id")
    [ "$n" -eq 0 ] && missing="$missing $id"
    [ "$n" -gt 1 ] && doubled="$doubled $id($n)"
  done
  local total expected
  total=$(printf '%s\n' "$all" | grep -c .)
  expected=$#
  if [ -z "$missing" ] && [ -z "$doubled" ] && [ "$total" -eq "$expected" ]; then
    ok "$label: all $expected records present exactly once"
  else
    not_ok "$label: every record present exactly once" "missing:$missing
doubled:$doubled
records: $total, expected $expected"
  fi
}

# log_in DIR ARGS...: runs hwk log in DIR, prints the new record's id.
log_in() {
  local dir=$1
  shift
  local out
  out=$(cd "$dir" && hwk log "$@" --no-input 2>&1) || { echo "hwk log failed: $out" >&2; return 1; }
  printf '%s\n' "$out" | sed -n 's/.* as \([0-9A-Z]\{26\}\)$/\1/p'
}
session_in() {
  local dir=$1
  shift
  local out
  out=$(cd "$dir" && hwk session "$@" 2>&1) || { echo "hwk session failed: $out" >&2; return 1; }
  printf '%s\n' "$out" | sed -n 's/.* as \([0-9A-Z]\{26\}\)$/\1/p'
}

# check_clean DESCRIPTION DIR: hwk check exits 0 and has nothing to say (no error, no warning).
check_clean() {
  local out st
  out=$(hwk -C "$2" check 2>&1)
  st=$?
  if [ $st -eq 0 ] && [ -z "$out" ]; then ok "$1"; else not_ok "$1" "exit $st: $out"; fi
}

no_conflicts() { # no_conflicts REPO: no unmerged paths and no conflict markers in the logs
  local repo=$1
  [ -z "$(git -C "$repo" diff --name-only --diff-filter=U)" ] || return 1
  ! grep -rqE '^(<<<<<<<|>>>>>>>|=======)' "$repo/clients" 2>/dev/null
}

# ---------------------------------------------------------------------------- the practice
cd "$tmp" || exit 1
check "hwk init practice" hwk init practice
check "hwk client add c-0042" hwk -C practice client add c-0042 --timezone Europe/Berlin
check "hwk assign c-0042 paced-breathing" hwk -C practice assign c-0042 paced-breathing --schedule daily
check_clean "hwk check on the new practice" practice
gitc init -q practice
git_identity practice Clinician
git -C practice add -A
check "commit the practice" git -C practice commit -q -m "New practice"
check ".hwk/ is not committed" test -z "$(git -C practice ls-files .hwk)"
gitc init -q --bare origin.git
git -C practice remote add origin "$tmp/origin.git"
check "push the practice to a bare repository" git -C practice push -q origin main

check "clone a" git clone -q origin.git a
check "clone b" git clone -q origin.git b
git_identity a Alice
git_identity b Bob

# ---------------------------------------------------------------------------- round 1: merge
ids=()
set_a=(--set tension_before=6 --set time_practised=10m)
for t in 2026-11-20T08:00 2026-11-21T08:00 2026-11-22T21:30; do
  id=$(log_in a c-0042 paced-breathing --at "$t" "${set_a[@]}" --reflect "from a at $t") && [ -n "$id" ] \
    && ids+=("$id") || not_ok "a: hwk log --at $t"
done
id=$(session_in a c-0042 --at 2026-11-24T10:00) && [ -n "$id" ] && ids+=("$id") || not_ok "a: hwk session"
for t in 2026-11-20T08:05 2026-11-21T19:00 2026-11-23T07:15; do
  id=$(log_in b c-0042 paced-breathing --at "$t" --set tension_before=4 --set time_practised=5m \
    --set place=2 --reflect "from b at $t") && [ -n "$id" ] && ids+=("$id") || not_ok "b: hwk log --at $t"
done
id=$(session_in b c-0042 --at 2026-11-24T10:00 --note "b's session") && [ -n "$id" ] && ids+=("$id") \
  || not_ok "b: hwk session"
[ ${#ids[@]} -eq 8 ] && ok "recorded 6 practices and 2 sessions in two clones" \
  || not_ok "recorded 8 records" "got ${#ids[@]}"

wa=$(cat a/.hwk/writer 2>/dev/null)
wb=$(cat b/.hwk/writer 2>/dev/null)
if [ -n "$wa" ] && [ -n "$wb" ] && [ "$wa" != "$wb" ]; then
  ok "each clone has its own writer id ($wa, $wb)"
else
  not_ok "each clone has its own writer id" "a: '$wa' b: '$wb'"
fi
check "a writes only its own file for November" test -f "a/clients/c-0042/log/2026-11.$wa.toml"
check "b writes only its own file for November" test -f "b/clients/c-0042/log/2026-11.$wb.toml"
check "a's .hwk/ is ignored by git" test -z "$(git -C a status --porcelain --untracked-files=all | grep '\.hwk')"

git -C a add -A && check "a commits" git -C a commit -q -m "a: practice"
git -C b add -A && check "b commits" git -C b commit -q -m "b: practice"
check "a pushes" git -C a push -q origin main
check "b pulls a's records with a merge, without conflict" git -C b pull -q --no-rebase origin main
check "b: no conflicts after the merge" no_conflicts b
check "b's merge made a merge commit" test "$(git -C b rev-list --parents -n1 HEAD | wc -w)" -eq 3
check "b pushes the merge" git -C b push -q origin main
check "a pulls b's records" git -C a pull -q --no-rebase origin main
check "a: no conflicts" no_conflicts a
expect_ids_once a "a after the merge" "${ids[@]}"
expect_ids_once b "b after the merge" "${ids[@]}"
check_clean "hwk check is clean in a after the merge" a
check_clean "hwk check is clean in b after the merge" b
check "a and b have the same tree" test "$(git -C a rev-parse 'HEAD^{tree}')" = "$(git -C b rev-parse 'HEAD^{tree}')"
n=$(ls a/clients/c-0042/log/*.toml | wc -l)
[ "$n" -eq 2 ] && ok "two log files for November, one per writer" || not_ok "two log files, one per writer" "$(ls a/clients/c-0042/log)"

# ---------------------------------------------------------------------------- round 2: rebase
for t in 2026-11-24T18:00 2026-11-25T07:00; do
  id=$(log_in a c-0042 paced-breathing --at "$t" "${set_a[@]}" --reflect "a, round 2") && [ -n "$id" ] \
    && ids+=("$id") || not_ok "a: hwk log --at $t"
done
id=$(session_in a c-0042 --at 2026-11-25T09:00) && [ -n "$id" ] && ids+=("$id") || not_ok "a: hwk session (round 2)"
for t in 2026-11-24T20:00 2026-11-25T08:00; do
  id=$(log_in b c-0042 paced-breathing --at "$t" --set tension_before=3 --set time_practised=7m --status partial \
    --reason "b, round 2") && [ -n "$id" ] && ids+=("$id") || not_ok "b: hwk log --at $t"
done
id=$(session_in b c-0042 --at 2026-11-25T09:30) && [ -n "$id" ] && ids+=("$id") || not_ok "b: hwk session (round 2)"
git -C a add -A && check "a commits round 2" git -C a commit -q -m "a: round 2"
git -C b add -A && check "b commits round 2" git -C b commit -q -m "b: round 2"
check "b pushes round 2" git -C b push -q origin main
check "a pulls with --rebase, without conflict" git -C a pull -q --rebase origin main
check "a: no conflicts after the rebase" no_conflicts a
check "a's history is linear after the rebase" test "$(git -C a rev-list --merges HEAD~1..HEAD | wc -l)" -eq 0
check "a pushes the rebased commit" git -C a push -q origin main
check "b pulls with --rebase" git -C b pull -q --rebase origin main
expect_ids_once a "a after the rebase" "${ids[@]}"
expect_ids_once b "b after the rebase" "${ids[@]}"
check_clean "hwk check is clean in a after the rebase" a
check_clean "hwk check is clean in b after the rebase" b

# A December record (in Berlin) from both sides, then a rebase: new files on both sides.
id=$(HWK_NOW=2026-12-02T12:00:00+01:00 log_in a c-0042 paced-breathing --at 2026-12-01T00:30 "${set_a[@]}") \
  && [ -n "$id" ] && ids+=("$id") || not_ok "a: December record"
id=$(HWK_NOW=2026-12-02T12:00:00+01:00 log_in b c-0042 paced-breathing --at 2026-12-01T00:45 "${set_a[@]}") \
  && [ -n "$id" ] && ids+=("$id") || not_ok "b: December record"
check "a's December record is in 2026-12.$wa.toml" test -f "a/clients/c-0042/log/2026-12.$wa.toml"
git -C a add -A && git -C a commit -q -m "a: december" && git -C a push -q origin main
git -C b add -A && git -C b commit -q -m "b: december"
check "b pulls December with --rebase" git -C b pull -q --rebase origin main
check "b pushes December" git -C b push -q origin main
check "a pulls December with a merge" git -C a pull -q --no-rebase origin main
expect_ids_once a "a after December" "${ids[@]}"
expect_ids_once b "b after December" "${ids[@]}"

# ---------------------------------------------------------------------------- one file, two paths
# a records and commits; the same file reaches b by another path (copied, committed by b itself);
# then b pulls a's commit: both sides added the identical file.
id=$(log_in a c-0042 paced-breathing --at 2026-11-25T11:00 "${set_a[@]}" --reflect "sent twice") && [ -n "$id" ] \
  && ids+=("$id") || not_ok "a: hwk log (sent twice)"
git -C a add -A && git -C a commit -q -m "a: sent twice" && git -C a push -q origin main
cp "a/clients/c-0042/log/2026-11.$wa.toml" "b/clients/c-0042/log/2026-11.$wa.toml"
git -C b add -A && check "b commits the same file itself" git -C b commit -q -m "b: got a's file by mail"
check "b pulls a's commit of the same file, without conflict" git -C b pull -q --no-rebase origin main
check "b: no conflicts" no_conflicts b
expect_ids_once b "b after the same file arrived twice" "${ids[@]}"
check_clean "hwk check is clean after the same file arrived twice" b
check "b pushes" git -C b push -q origin main

# The same record in two files (a copy of a's file kept under another name, as after a botched
# hand merge): hwk recognises the identical record by its id, so check does not fail, and
# summary and due count it once.
mkdir -p "$tmp/dup" && cp -a b/. "$tmp/dup/"
cp "dup/clients/c-0042/log/2026-11.$wa.toml" "dup/clients/c-0042/log/2026-11.zzzzzzzz.toml"
check "an identical record in two files is accepted by hwk check" hwk -C dup check
for report in "summary --since 2026-11-01 --format json" "due --format json"; do
  # shellcheck disable=SC2086
  once=$(hwk -C b $report 2>&1) && twice=$(hwk -C dup $report 2>&1)
  if [ -n "$once" ] && [ "$once" = "$twice" ]; then
    ok "hwk $report counts the records that arrived twice once"
  else
    not_ok "hwk $report counts the records that arrived twice once" "once: $once
twice: $twice"
  fi
done
# …but two different records with one id are an error.
python3 - "dup/clients/c-0042/log/2026-11.zzzzzzzz.toml" <<'EOF'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
open(p, "w", encoding="utf-8").write(s.replace("tension_before = 6", "tension_before = 9", 1))
EOF
out=$(hwk -C dup check 2>&1)
st=$?
if [ $st -eq 1 ] && printf '%s' "$out" | grep -q "two different records"; then
  ok "two different records with one id are an error in hwk check"
else
  not_ok "two different records with one id are an error in hwk check" "exit $st: $out"
fi

# ---------------------------------------------------------------------------- a merge by hand
# Logs cannot conflict, but a plan edited on both sides can. Someone commits the merge with git's
# markers still in: hwk check names the file and the lines, and every other command says the same.
git -C a pull -q --no-rebase origin main
sed -i 's/^name = .*/name = "Alex (a)"/' a/clients/c-0042/plan.toml
sed -i 's/^name = .*/name = "Alex (b)"/' b/clients/c-0042/plan.toml
git -C a commit -q -am "a renames the client" && git -C a push -q origin main
git -C b commit -q -am "b renames the client"
if git -C b pull -q --no-rebase origin main >/dev/null 2>&1; then
  not_ok "plans edited on both sides conflict in git" "the pull merged cleanly"
else
  ok "plans edited on both sides conflict in git (logs never do)"
fi
check "the conflict is in the plan only" test "$(git -C b diff --name-only --diff-filter=U)" = "clients/c-0042/plan.toml"
git -C b commit -q -am "merged by hand, markers left in"
out=$(hwk -C b check 2>&1)
st=$?
line=$(grep -n '^<<<<<<<' b/clients/c-0042/plan.toml | cut -d: -f1)
if [ $st -eq 1 ] && printf '%s' "$out" | grep -q "^clients/c-0042/plan.toml:$line:1: error: unresolved merge conflict at lines $line-"; then
  ok "hwk check reports the conflict markers at their lines"
else
  not_ok "hwk check reports the conflict markers at their lines" "exit $st: $out"
fi
out=$(hwk -C b due 2>&1)
printf '%s' "$out" | grep -q "plan.toml:$line:1: error: unresolved merge conflict" \
  && ok "hwk due says the same" || not_ok "hwk due says the same" "$out"
sed -i '/^<<<<<<<\|^=======\|^>>>>>>>/d; /^name = "Alex (a)"/d' b/clients/c-0042/plan.toml
git -C b commit -q -am "conflict resolved"
check_clean "hwk check is clean once the markers are gone" b
expect_ids_once b "b after the merge by hand" "${ids[@]}"

# ---------------------------------------------------------------------------- a client's own repository
cp -a a/clients/c-0042 own
gitc init -q own
git_identity own Client
git -C own add -A
check "the client's directory is committed as its own repository" git -C own commit -q -m "c-0042's own repository"
check "clone the client's repository" git clone -q own own-clone
git_identity own-clone Client
before=$(record_ids own-clone | wc -l)
out=$(cd own-clone && hwk log paced-breathing --set tension_before=2 --set time_practised=15m --reflect "own repo" \
  --no-input 2>&1)
st=$?
own_id=$(printf '%s\n' "$out" | sed -n 's/.* as \([0-9A-Z]\{26\}\)$/\1/p')
if [ $st -eq 0 ] && [ -n "$own_id" ]; then
  ok "hwk log ASSIGNMENT with the client left out works in the client's own clone"
else
  not_ok "hwk log ASSIGNMENT with the client left out works in the client's own clone" "exit $st: $out"
fi
check "it says it recorded for c-0042" grep -q "for c-0042" <<<"$out"
wo=$(cat own-clone/.hwk/writer 2>/dev/null)
check "the client's clone has a writer id of its own" test -n "$wo" -a "$wo" != "$wa" -a "$wo" != "$wb"
check "the record is in the clone's log/2026-11.$wo.toml" test -f "own-clone/log/2026-11.$wo.toml"
check "no clients/ directory was made inside the client's repository" test ! -e own-clone/clients
after=$(record_ids own-clone | wc -l)
[ "$after" -eq $((before + 1)) ] && ok "one record more in the client's repository" \
  || not_ok "one record more in the client's repository" "$before → $after"
check "the new id is in the client's log" grep -qx "$own_id" <<<"$(record_ids own-clone)"
out=$(cd own-clone/log && hwk log paced-breathing --set tension_before=1 --set time_practised=5m --no-input 2>&1)
check "hwk log works from a subdirectory of the client's repository" test $? -eq 0
check_clean "hwk check is clean in the client's repository" own-clone
check "hwk session with the client left out works in the client's repository" hwk -C own-clone session
check ".hwk/ is ignored in the client's repository" \
  test -z "$(git -C own-clone status --porcelain --untracked-files=all | grep '\.hwk')"
git -C own-clone add -A
check "the client commits" git -C own-clone commit -q -m "practice"
check "the client's commit holds only the log" \
  test -z "$(git -C own-clone show --name-only --format= HEAD | grep -v '^log/')"

finish
