#!/usr/bin/env bash
# System test: a client's own repository on an encrypted git remote (git-remote-gcrypt), so that
# the server holds only ciphertext. This is the recipe in README.md, "A client's own repository".
#
# A clinician and a client each have a GnuPG key (made here, without a passphrase, in throwaway
# GNUPGHOMEs). The clinician makes c-0042's directory its own repository and pushes it to
# gcrypt::remote.git (a local bare repository standing in for the server), encrypted to both keys.
# The client clones it with their own key, records a practice with a distinctive reflection and
# pushes. Nothing under remote.git holds the reflection, the client id, the template id or the
# record id, neither in its raw files nor in its objects (cat-file), and the recipients' key ids
# are hidden; the same repository pushed to a plain bare repository does show them, so the check
# can fail. The clinician pulls and `hwk review` shows the reflection. gcrypt pushes with an
# implied --force, so the recipe's pre-push hook refuses a push that would drop the other side's
# commits: both record, one push is refused, pull, push, and every record is there on both sides.
# A third key that is not a participant cannot clone.
set -u

HWK=${HWK:-$(command -v hwk)}
# shellcheck source=harness.bash
source "$(dirname "${BASH_SOURCE[0]}")/harness.bash"
need_hwk_and git gpg gpgconf git-remote-gcrypt

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hwk-gcrypt-remote.XXXXXX")
# gpg-agent's socket lives in GNUPGHOME unless /run/user/UID exists; a socket path has at most
# 107 bytes, so a long TMPDIR gets the keyrings a short directory of their own.
keys="$tmp"
[ ${#tmp} -le 60 ] || keys=$(mktemp -d /tmp/hwk-gpg.XXXXXX)
cleanup() {
  local h
  for h in "$keys"/gpg-*; do [ -d "$h" ] && gpgconf --homedir "$h" --kill all >/dev/null 2>&1; done
  rm -rf "$tmp"
  [ "$keys" = "$tmp" ] || rm -rf "$keys"
}
trap cleanup EXIT
private_git_home "$tmp"
export HWK_NOW=2026-11-25T12:00:00+01:00
unset GNUPGHOME GPG_AGENT_INFO
started=$SECONDS

hwk() { "$HWK" "$@"; }
gitc() { git -c init.defaultBranch=main "$@"; }
# as WHO COMMAND...: runs COMMAND with WHO's keyring (gcrypt runs gpg, which reads GNUPGHOME).
as() { local who=$1; shift; GNUPGHOME="$keys/gpg-$who" "$@"; }
# new_key WHO: a key without a passphrase in WHO's own keyring; prints its fingerprint. RSA (gpg
# 2.2's default), not ed25519/cv25519: with gcrypt's hidden recipients, gpg 2.2 exits 2 after
# trying an ECDH key that is not the reader's, and gcrypt then says "Failed to decrypt manifest!"
# to a participant whose key gpg does not happen to try first.
new_key() {
  local home="$keys/gpg-$1"
  mkdir -m 700 "$home"
  GNUPGHOME=$home gpg --batch --quiet --passphrase '' \
    --quick-gen-key "$1 <$1@example.invalid>" default default never 2>/dev/null || return 1
  GNUPGHOME=$home gpg --with-colons --list-keys "$1@example.invalid" 2>/dev/null |
    awk -F: '/^fpr/ { print $10; exit }'
}
# share_key FROM TO: TO's keyring gets FROM's public key.
share_key() { as "$1" gpg --export "$1@example.invalid" | as "$2" gpg --batch --quiet --import 2>/dev/null; }

# The recipe's pre-push hook: gcrypt pushes with an implied --force (its "longstanding bug"), so
# refuse a push unless what the remote has is already in what is pushed.
pre_push_hook() {
  cat >"$1/.git/hooks/pre-push" <<'EOF'
#!/bin/sh
# gcrypt pushes with an implied --force: refuse to drop commits that are only on the remote.
# (gcrypt's own push of the ciphertext runs this hook too; that one is left alone.)
case $2 in gcrypt::*) ;; *) exit 0 ;; esac
while read -r _ local_sha _ remote_sha; do
  case $remote_sha in *[!0]*) ;; *) continue ;; esac
  case $local_sha in *[!0]*) ;; *) continue ;; esac
  git merge-base --is-ancestor "$remote_sha" "$local_sha" 2>/dev/null && continue
  echo "The remote has changes you do not have yet: run 'git pull' first, then push." >&2
  exit 1
done
EOF
  chmod 700 "$1/.git/hooks/pre-push"
}

# record_ids DIR: every record id in the log files of a client's own repository, one a line.
record_ids() {
  python3 - "$1" <<'EOF'
import glob, os, sys, tomllib
for f in sorted(glob.glob(os.path.join(sys.argv[1], "log", "*.toml"))):
    with open(f, "rb") as fh:
        for r in tomllib.load(fh).get("records", []):
            print(r["id"])
EOF
}
# log_in DIR ARGS...: hwk log in DIR (the client left out), prints the new record's id.
log_in() {
  local dir=$1 out
  shift
  out=$(hwk -C "$dir" log "$@" --no-input 2>&1) || { echo "hwk log failed: $out" >&2; return 1; }
  printf '%s\n' "$out" | sed -n 's/.* as \([0-9A-Z]\{26\}\)$/\1/p'
}
# expect_ids DIR LABEL ID...: DIR's logs hold exactly these record ids.
expect_ids() {
  local dir=$1 label=$2 got want
  shift 2
  case " $* " in *"  "*) not_ok "$label: all records there" "a record id is missing: [$*]"; return ;; esac
  got=$(record_ids "$dir" 2>&1 | sort)
  want=$(printf '%s\n' "$@" | sort)
  [ "$got" = "$want" ] && ok "$label: all $# records there" || not_ok "$label: all $# records there" "got:
$got
want:
$want"
}
# found_in REPO NEEDLE...: the needles that REPO gives away to someone reading the server's disk:
# "raw:NEEDLE" when a file holds it as is, "object:NEEDLE" when a git object does once inflated.
found_in() {
  local repo=$1 objects="$tmp/objects" n
  shift
  git -C "$repo" cat-file --batch-all-objects --batch >"$objects" 2>&1
  for n in "$@"; do
    [ -n "$n" ] || { echo "an empty needle"; continue; }
    grep -rqaF -- "$n" "$repo" && echo "raw:$n"
    grep -qaF -- "$n" "$objects" && echo "object:$n"
  done
  rm -f "$objects"
  return 0
}
# recipient_key_ids REPO: the key id of every public-key-encrypted session key in REPO's blobs, as
# someone without the keys sees them (0000000000000000 when the recipient is hidden).
recipient_key_ids() {
  local repo=$1 empty="$keys/gpg-server" blob
  [ -d "$empty" ] || mkdir -m 700 "$empty"
  for blob in $(git -C "$repo" cat-file --batch-all-objects --batch-check | awk '$2 == "blob" { print $1 }'); do
    git -C "$repo" cat-file blob "$blob" | GNUPGHOME=$empty gpg --batch --no-autostart --list-packets 2>/dev/null |
      sed -n 's/^:pubkey enc packet:.* keyid \([0-9A-F]*\)$/\1/p'
  done
}

cd "$tmp" || exit 1

# ---------------------------------------------------------------------------- keys
t0=$SECONDS
for who in clinician client outsider; do new_key "$who" >"$keys/$who.fpr" & done
wait
clinician_fpr=$(cat "$keys/clinician.fpr") client_fpr=$(cat "$keys/client.fpr") outsider_fpr=$(cat "$keys/outsider.fpr")
if [ ${#clinician_fpr} -eq 40 ] && [ ${#client_fpr} -eq 40 ] && [ ${#outsider_fpr} -eq 40 ]; then
  ok "three keys without a passphrase, each in its own keyring ($((SECONDS - t0)) s)"
else
  not_ok "three keys without a passphrase" "clinician '$clinician_fpr' client '$client_fpr' outsider '$outsider_fpr'"
  finish
fi
share_key clinician client && share_key client clinician
check "the clinician and the client have each other's public key" \
  as clinician gpg --batch --list-keys "$client_fpr"
participants="$client_fpr $clinician_fpr"

# ---------------------------------------------------------------------------- the clinician sets it up
reflection="SECRET-REFLECTION-words: my chest loosened on the bus"
check "hwk init practice" hwk init practice
check "hwk client add c-0042" hwk -C practice client add c-0042 --timezone Europe/Berlin
check "hwk assign c-0042 paced-breathing" \
  hwk -C practice assign c-0042 paced-breathing --schedule daily --start 2026-11-20
cp -a practice/clients/c-0042 own
gitc init -q own
git_identity own Clinician
git -C own add -A
check "the client's directory is committed as its own repository" git -C own commit -q -m "c-0042's own repository"
gitc init -q --bare remote.git
git -C own remote add origin "gcrypt::$tmp/remote.git"
git -C own config remote.origin.gcrypt-participants "$participants"
pre_push_hook own
t0=$SECONDS
out=$(as clinician git -C own push origin main 2>&1)
st=$?
if [ $st -eq 0 ] && grep -q "Setting up new repository" <<<"$out"; then
  ok "the clinician pushes to a new gcrypt remote ($((SECONDS - t0)) s)"
else
  not_ok "the clinician pushes to a new gcrypt remote" "exit $st: $out"
  finish
fi

# ---------------------------------------------------------------------------- the client records
# -b main: gcrypt does not say which branch HEAD is, so a plain clone checks out nothing.
out=$(as client git clone -q -b main -c "remote.origin.gcrypt-participants=$participants" \
  "gcrypt::$tmp/remote.git" client 2>&1)
st=$?
if [ $st -eq 0 ] && [ -f client/plan.toml ]; then
  ok "the client clones with their own key"
else
  not_ok "the client clones with their own key" "exit $st: $out"
  finish
fi
git_identity client Client
pre_push_hook client
check "the clone's files are private (umask 077)" \
  test -z "$(find client -path client/.git -prune -o -perm /077 -print)"
id1=$(log_in client paced-breathing --at 2026-11-24T21:30 --set tension_before=6 --set time_practised=10m \
  --reflect "$reflection") && [ -n "$id1" ] && ok "the client records a practice with a reflection" \
  || not_ok "the client records a practice with a reflection"
git -C client add -A
check "the client commits" git -C client commit -q -m "practice"
check "the client pushes" as client git -C client push -q origin main

# ---------------------------------------------------------------------------- what the server holds
needles=("$reflection" "SECRET-REFLECTION" "c-0042" "paced-breathing" "Paced breathing" "$id1")
leaked=$(found_in remote.git "${needles[@]}")
[ -z "$leaked" ] && ok "nothing under remote.git holds the reflection, client id, template id or record id" \
  || not_ok "nothing under remote.git holds the reflection, client id, template id or record id" "$leaked"
n=$(git -C remote.git cat-file --batch-all-objects --batch-check | grep -c ' blob ')
[ "$n" -ge 2 ] && ok "remote.git holds encrypted blobs ($n)" || not_ok "remote.git holds encrypted blobs" "$n blobs"
ids=$(recipient_key_ids remote.git)
if [ "$(grep -c . <<<"$ids")" -ge 2 ] && ! grep -qv '^0\{16\}$' <<<"$ids"; then
  ok "the manifest is encrypted to the participants with their key ids hidden"
else
  not_ok "the manifest is encrypted to the participants with their key ids hidden" "key ids: $ids"
fi
# The same check on a plain remote finds everything: it is not vacuous.
gitc init -q --bare plain.git
check "the same repository pushed to a plain bare repository" git -C client push -q "$tmp/plain.git" main
leaked=$(found_in plain.git "${needles[@]}")
missing=""
for n in "${needles[@]}"; do grep -qxF "object:$n" <<<"$leaked" || missing="$missing [$n]"; done
[ -z "$missing" ] && ok "on a plain remote the same check finds each of them in the objects" \
  || not_ok "on a plain remote the same check finds each of them in the objects" "not found:$missing"

# ---------------------------------------------------------------------------- the clinician reads
check "the clinician pulls with their own key" as clinician git -C own pull -q origin main
out=$(hwk -C own review 2>&1)
grep -qF "Reflection: $reflection" <<<"$out" && ok "hwk review in the clinician's clone shows the reflection" \
  || not_ok "hwk review in the clinician's clone shows the reflection" "$out"
out=$(hwk -C own check 2>&1)
st=$?
[ $st -eq 0 ] && [ -z "$out" ] && ok "hwk check is clean in the clinician's clone" \
  || not_ok "hwk check is clean in the clinician's clone" "exit $st: $out"

# ---------------------------------------------------------------------------- both record, one push waits
id2=$(log_in client paced-breathing --at 2026-11-25T07:45 --set tension_before=4 --set time_practised=5m \
  --reflect "second morning") && [ -n "$id2" ] || not_ok "the client records a second practice"
out=$(hwk -C own session --at 2026-11-25T09:00 2>&1) || not_ok "the clinician records a session" "$out"
id3=$(printf '%s\n' "$out" | sed -n 's/.* as \([0-9A-Z]\{26\}\)$/\1/p')
git -C client add -A && git -C client commit -q -m "second practice"
git -C own add -A && git -C own commit -q -m "session"
check "the client pushes first" as client git -C client push -q origin main
# Without the hook this push succeeds and the client's commit is gone from the remote (seen with
# gcrypt 1.5: git leaves the fast-forward check to the helper, and gcrypt does not make it).
out=$(as clinician git -C own push origin main 2>&1)
st=$?
[ $st -ne 0 ] && grep -q "git pull" <<<"$out" && ok "the clinician's push is refused by the pre-push hook" \
  || not_ok "the clinician's push is refused by the pre-push hook" "exit $st: $out"
check "the clinician pulls (a merge)" as clinician git -C own pull -q --no-rebase origin main
check "the clinician pushes the merge" as clinician git -C own push -q origin main
check "the client pulls" as client git -C client pull -q --no-rebase origin main
expect_ids own "the clinician's clone" "$id1" "$id2" "$id3"
expect_ids client "the client's clone" "$id1" "$id2" "$id3"
check "both clones have the same tree" \
  test "$(git -C own rev-parse 'HEAD^{tree}')" = "$(git -C client rev-parse 'HEAD^{tree}')"
leaked=$(found_in remote.git "${needles[@]}" "second morning" "$id2" "$id3")
[ -z "$leaked" ] && ok "after four pushes remote.git still holds none of it" \
  || not_ok "after four pushes remote.git still holds none of it" "$leaked"

# ---------------------------------------------------------------------------- no key, no clone
out=$(as outsider git clone -q -b main "gcrypt::$tmp/remote.git" outsider 2>&1)
st=$?
[ $st -ne 0 ] && [ ! -e outsider/plan.toml ] && ok "a key that is not a participant cannot clone" \
  || not_ok "a key that is not a participant cannot clone" "exit $st: $out"

echo "took $((SECONDS - started)) s"
finish
