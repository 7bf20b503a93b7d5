#!/usr/bin/env bash
# System test: the round trip between a client's own repository and the practice, through real git
# with local bare repositories, under a permissive umask (022) as a client's machine has.
#
# The clinician makes a client in the practice and links it (hwk client link: the folder becomes a
# repository of its own, pushed to the client's remote, and a submodule that follows main and is
# merged into). The client clones, runs hwk hooks, logs a practice and pushes. The clinician commits
# a plan change without pushing it, pulls the client's record with 'git submodule update --remote'
# (merged, so the plan change is not orphaned), gives feedback and pushes from the submodule (on a
# branch, so the push works). The client pulls and sees the feedback and the plan change. A second
# clinician clone starts detached, as git leaves every fresh submodule; hwk hooks puts it on main
# and its push works. No file is readable by others at any step, and hwk check stays quiet on
# every side. Errors: a repository that is not a client's, a practice that is not a repository,
# a hook of someone else's.
set -u

HWK=${HWK:-$(command -v hwk)}
# shellcheck source=harness.bash
source "$(dirname "${BASH_SOURCE[0]}")/harness.bash"

need_hwk_and git

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hwk-round-trip.XXXXXX")
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
private_git_home "$tmp"
umask 022  # a client's machine: what git writes is readable by everyone unless hwk's hooks say otherwise
# Identity, and local paths as remotes of submodules (git refuses the file transport there by default).
export GIT_CONFIG_COUNT=4 GIT_CONFIG_KEY_0=protocol.file.allow GIT_CONFIG_VALUE_0=always \
  GIT_CONFIG_KEY_1=user.name GIT_CONFIG_VALUE_1=tester GIT_CONFIG_KEY_2=user.email GIT_CONFIG_VALUE_2=tester@example.invalid \
  GIT_CONFIG_KEY_3=init.defaultBranch GIT_CONFIG_VALUE_3=main
export HWK_NOW=2026-11-24T20:00:00-05:00

hwk() { "$HWK" "$@"; }
# open_to_others DIR: what under DIR others may read, write or enter (nothing, when all is well).
open_to_others() { find "$1" -perm /077 ! -type l; }
# private DESCRIPTION DIR: nothing under DIR is open to others, and hwk check does not warn of it.
private() {
  local open warn
  open=$(open_to_others "$2")
  if [ -z "$open" ]; then ok "$1: every file is owner-only"; else not_ok "$1: every file is owner-only" "$open"; fi
  warn=$(hwk -C "$2" check 2>&1 | grep -i "readable" || true)
  if [ -z "$warn" ]; then ok "$1: hwk check does not warn"; else not_ok "$1: hwk check does not warn" "$warn"; fi
}

git init -q --bare "$tmp/kim.git"
git init -q --bare "$tmp/practice.git"

# ------------------------------------------------------------------ the clinician links the client
p=$tmp/practice
hwk init "$p" --timezone America/New_York >/dev/null
git -C "$p" init -q && git -C "$p" add -A && git -C "$p" commit -qm "A practice"
hwk -C "$p" client add c-0042 --name Kim >/dev/null
hwk -C "$p" assign c-0042 paced-breathing --schedule daily --start 2026-11-16 >/dev/null
git -C "$p" add -A && git -C "$p" commit -qm "Kim"
out=$(hwk -C "$p" client link c-0042 "$tmp/kim.git" 2>&1)
if [ $? -eq 0 ] && grep -q "linked client c-0042 from .*kim.git, following branch main" <<<"$out"; then
  ok "hwk client link publishes the client's folder to its remote and links it"
else
  not_ok "hwk client link publishes the client's folder to its remote and links it" "$out"
fi
check ".gitmodules: the client follows main" test "$(git -C "$p" config -f .gitmodules submodule.clients/c-0042.branch)" = main
check ".gitmodules: and is merged into, never detached" test "$(git -C "$p" config -f .gitmodules submodule.clients/c-0042.update)" = merge
check "the client's folder is on branch main" git -C "$p/clients/c-0042" symbolic-ref -q HEAD
check "the remote has the client's plan" git -C "$tmp/kim.git" cat-file -e main:plan.toml
git -C "$p" commit -qm "Link c-0042" && git -C "$p" remote add origin "$tmp/practice.git" && git -C "$p" push -q -u origin main
private "clinician, after linking" "$p"

# ------------------------------------------------------------------ the client clones, logs, pushes
k=$tmp/kim
git clone -q "$tmp/kim.git" "$k"
check "a fresh clone is readable by others (umask 022), so the test can tell" test -n "$(open_to_others "$k")"
out=$(hwk -C "$k" hooks 2>&1)
if grep -q "post-checkout, post-merge, post-rewrite in .git/hooks" <<<"$out"; then ok "hwk hooks in the client's clone"; else not_ok "hwk hooks in the client's clone" "$out"; fi
private "client, after hwk hooks" "$k"
hwk -C "$k" log paced-breathing --at 2026-11-24T08:00 --set tension_before=6 --set time_practised=10m \
  --reflect "Slower breaths helped" >/dev/null
git -C "$k" add -A && git -C "$k" commit -qm "Practice" && check "the client pushes" git -C "$k" push -q

# ------------------------------------------------------------------ the clinician pulls, answers, pushes
hwk -C "$p" assign c-0042 thought-record --schedule "2 per week" --start 2026-11-23 >/dev/null
git -C "$p/clients/c-0042" add -A && git -C "$p/clients/c-0042" commit -qm "Thought record" # not pushed yet
plan_change=$(git -C "$p/clients/c-0042" rev-parse HEAD)
check "git submodule update --remote merges the client's record in" git -C "$p" submodule update -q --remote clients/c-0042
check "the client's folder is still on main" git -C "$p/clients/c-0042" symbolic-ref -q HEAD
check "the plan change not pushed yet is kept, not orphaned" git -C "$p/clients/c-0042" merge-base --is-ancestor "$plan_change" HEAD
record=$(grep -h '^id = ' "$p"/clients/c-0042/log/*.toml | head -1 | cut -d'"' -f2)
check "the client's record arrived" test -n "$record"
private "clinician, after pulling the client's record" "$p"
hwk -C "$p" feedback c-0042 "$record" --text "Nice work noticing your breath" --quality 3 >/dev/null
git -C "$p/clients/c-0042" add -A && git -C "$p/clients/c-0042" commit -qm "Feedback"
check "the clinician pushes from the client's folder (on a branch, not detached)" git -C "$p/clients/c-0042" push -q
git -C "$p" add clients/c-0042 && git -C "$p" commit -qm "Kim's week" && git -C "$p" push -q

# ------------------------------------------------------------------ the client pulls and sees it
check "the client pulls" git -C "$k" pull -q
review=$(HWK_NOW=2026-11-25T09:00:00-05:00 hwk -C "$k" review 2>&1)
check "the client sees the clinician's feedback in the review" grep -q "Nice work noticing your breath" <<<"$review"
today=$(HWK_NOW=2026-11-25T09:00:00-05:00 hwk -C "$k" today 2>&1)
check "and in hwk today, from their clinician" grep -A1 -q "From your clinician" <<<"$today"
check "hwk today shows the note itself" grep -q "  Nice work noticing your breath" <<<"$today"
check "hwk today names the new assignment" grep -q "Thought record" <<<"$today"
check "the client sees the plan change" grep -q "Thought record" <<<"$(hwk -C "$k" plan show)"
private "client, after pulling" "$k"

# ------------------------------------------------------------------ a second clinician clone
q=$tmp/practice2
git clone -q "$tmp/practice.git" "$q" && git -C "$q" submodule update -q --init
if git -C "$q/clients/c-0042" symbolic-ref -q HEAD >/dev/null; then
  not_ok "a fresh submodule is detached, as git leaves it (else this part proves nothing)"
else
  ok "a fresh submodule is detached, as git leaves it"
fi
out=$(hwk -C "$q" hooks 2>&1)
check "hwk hooks puts it on main" grep -q "clients/c-0042: put on branch main" <<<"$out"
check "it is on main" git -C "$q/clients/c-0042" symbolic-ref -q HEAD
private "second clinician clone, after hwk hooks" "$q"
HWK_NOW=2026-11-25T10:00:00-05:00 hwk -C "$q" feedback c-0042 --week this-week --assignment paced-breathing --text "A good week" >/dev/null
git -C "$q/clients/c-0042" add -A && git -C "$q/clients/c-0042" commit -qm "Week"
check "and its push works" git -C "$q/clients/c-0042" push -q
out=$(hwk -C "$q" hooks 2>&1)
if grep -q "put on branch" <<<"$out"; then not_ok "hwk hooks a second time changes nothing" "$out"; else ok "hwk hooks a second time changes nothing"; fi

# ------------------------------------------------------------------ errors, and nothing written
mkdir "$tmp/notes" && git -C "$tmp/notes" init -q && echo "shopping" >"$tmp/notes/list.txt" &&
  git -C "$tmp/notes" add -A && git -C "$tmp/notes" commit -qm notes
before=$(git -C "$p" status --porcelain; cat "$p/.gitmodules")
out=$(hwk -C "$p" client link c-0099 "$tmp/notes" 2>&1)
status=$?
check "linking a repository with no plan.toml exits 1" test "$status" -eq 1
check "and says why" grep -q "holds no plan.toml, so it is not a client's repository; nothing was linked" <<<"$out"
check "and leaves no folder" test ! -e "$p/clients/c-0099"
check "and no trace in git" test "$before" = "$(git -C "$p" status --porcelain; cat "$p/.gitmodules")"
out=$(hwk -C "$p" client link c-0042 "$tmp/kim.git" 2>&1)
check "linking a client that is linked already exits 1" test $? -eq 1
check "and says so" grep -q "is a git repository already" <<<"$out"
hwk init "$tmp/plain" >/dev/null
out=$(hwk -C "$tmp/plain" client link c-0042 "$tmp/kim.git" 2>&1)
check "linking into a practice that is not a git repository exits 1" test $? -eq 1
check "and says so" grep -q "the practice is not a git repository" <<<"$out"
check "and leaves no folder" test ! -e "$tmp/plain/clients/c-0042"
printf '#!/bin/sh\necho mine\n' >"$k/.git/hooks/post-merge" && chmod 700 "$k/.git/hooks/post-merge"
out=$(hwk -C "$k" hooks 2>&1)
check "a hook of someone else's is left as it is" grep -q "echo mine" "$k/.git/hooks/post-merge"
check "with a warning that says what to add" grep -q "post-merge: warning: a hook that is not hwk's is there" <<<"$out"
out=$(hwk -C "$tmp" hooks 2>&1)
check "hwk hooks outside a practice exits 1" test $? -eq 1

finish
