#!/usr/bin/env bash
# The derived cache under .hwk/cache never changes an output: every report is the same with a
# warm cache as with none, after hwk's own writes, in-place edits that keep the size within the
# same second, edits whose times lie in the future or the past (clock skew), deleted files, a git
# merge, and a damaged or unwritable cache.
set -u
. "$(dirname "$0")/harness.bash"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HWK_NOW=2026-11-20T18:00:00Z
p=$tmp/practice
"$HWK_BENCH_GENERATE" --out "$p" --clients 6 --years 1 2>/dev/null
first=c-0001
assignment=$(sed -n 's/^id = "\(.*\)"$/\1/p' "$p/clients/$first/plan.toml" | tail -1)

# Every report, as text and JSON; stdout, stderr and exit status together.
reports() {
  for args in "due" "due --format json" "due --within 3d" "remind --dry-run --format json" "remind --dry-run --catch-up 3d" \
              "summary --since 2025-11-01" "summary --format json" "summary $first --since last-session" \
              "export $first --format json"; do
    echo "\$ hwk $args"
    # shellcheck disable=SC2086
    "$HWK" -C "$p" $args 2>&1
    echo "[$?]"
  done
}

# same WHAT: the reports with the cache as it is (run twice: built, then used) equal those
# read from the files alone.
same() {
  reports >"$tmp/warm1"
  reports >"$tmp/warm2"
  mv "$p/.hwk/cache" "$tmp/cache-aside"
  reports >"$tmp/fresh"
  rm -rf "$p/.hwk/cache"
  mv "$tmp/cache-aside" "$p/.hwk/cache"
  if cmp -s "$tmp/warm1" "$tmp/fresh" && cmp -s "$tmp/warm2" "$tmp/fresh"; then
    ok "$1"
  else
    not_ok "$1" "$(diff "$tmp/fresh" "$tmp/warm2" | head -20)"
  fi
}

# edit_in_place FILE PYTHON-EXPR: rewrites FILE's bytes in place (same inode), keeping its size.
edit_in_place() {
  python3 - "$1" "$2" <<'EOF'
import sys
path, expr = sys.argv[1], sys.argv[2]
with open(path, "r+b") as f:
    data = f.read()
    new = eval(expr, {"data": data})
    assert len(new) == len(data), "the edit must keep the size"
    f.seek(0)
    f.write(new)
EOF
}

reports >"$tmp/before"
check "reports run on the generated practice" test -s "$tmp/before"
check "the first run wrote a cache" test -d "$p/.hwk/cache/clients"
same "a warm cache gives the same reports as the files"
mode=$(stat -c %a "$p/.hwk/cache/clients/$first")
check "cache files are readable by their owner only ($mode)" test "$mode" = 600

"$HWK" -C "$p" log "$first" "$assignment" --status skipped --reason "worked late" --no-input >/dev/null
same "after hwk log"

log=$(ls "$p/clients/$first/log/"*.toml | tail -1)
stamp=$(stat -c %y "$log")
edit_in_place "$log" 'data.replace(b"worked late", b"worked LATE")'
touch -d "$stamp" "$log"
check "the in-place edit kept the size and modification time" test "$(stat -c %y "$log")" = "$stamp"
same "after an edit in the same second that keeps the size and the modification time"

plan=$p/clients/$first/plan.toml
edit_in_place "$plan" 'data.replace(b"name = \"Client 0001\"", b"name = \"Client 1001\"", 1)'
touch -d "$(stat -c %y "$log")" "$plan"
same "after an in-place edit of a plan"

copy=$(ls "$p/clients/$first/templates/"*.yaml | head -1)
edit_in_place "$copy" 'data.replace(b"title: ", b"title:\t", 1)'
same "after an in-place edit of a template copy"

edit_in_place "$log" 'data.replace(b"worked LATE", b"worked late")'
touch -d "+2 hours" "$log"
same "after an edit stamped in the future (clock skew)"
edit_in_place "$log" 'data.replace(b"worked late", b"Worked late")'
touch -d "2001-01-01" "$log"
same "after an edit stamped in the past (clock skew)"

rm "$(ls "$p/clients/$first/log/"*.toml | head -1)"
same "after a log file is deleted"

printf 'broken = \n' >>"$log"
same "after a log file is made invalid"
edit_in_place "$log" 'data[:-10] + b"# fixed  \n"'
same "after it is fixed"

# A merge: a clone records and edits, the practice pulls.
git -C "$p" init -q && git -C "$p" add -A && git -C "$p" -c user.name=t -c user.email=t@t commit -qm start
git clone -q "$p" "$tmp/clone"
"$HWK" -C "$tmp/clone" log "$first" "$assignment" --status skipped --reason "on holiday" --no-input >/dev/null
second=$(ls "$tmp/clone/clients" | sed -n 2p)
sed -i 's/^name = .*/name = "Merged name"/' "$tmp/clone/clients/$second/plan.toml"
git -C "$tmp/clone" add -A && git -C "$tmp/clone" -c user.name=t -c user.email=t@t commit -qm "from the clone"
"$HWK" -C "$p" log "$second" "$(sed -n 's/^id = "\(.*\)"$/\1/p' "$p/clients/$second/plan.toml" | tail -1)" \
  --status skipped --reason "here" --no-input >/dev/null
git -C "$p" add -A && git -C "$p" -c user.name=t -c user.email=t@t commit -qm "here"
reports >/dev/null
git -C "$p" -c user.name=t -c user.email=t@t pull -q --no-rebase "$tmp/clone" HEAD 2>&1 | grep -v "^hint" || true
check "the merge brought the clone's record" grep -rq "on holiday" "$p/clients/$first/log"
same "after a git merge"

for f in "$p/.hwk/cache/clients/"*; do printf 'garbage' | dd of="$f" bs=1 seek=40 conv=notrunc 2>/dev/null; done
same "with a damaged cache"
for f in "$p/.hwk/cache/clients/"*; do : >"$f"; done
same "with empty cache files"

rm -rf "$p/.hwk/cache"
reports >"$tmp/fresh-start"
rm -rf "$p/.hwk/cache" && : >"$p/.hwk/cache"
reports >"$tmp/unwritable"
if cmp -s "$tmp/fresh-start" "$tmp/unwritable"; then ok "a cache that cannot be written fails nothing"; else not_ok "a cache that cannot be written fails nothing" "$(diff "$tmp/fresh-start" "$tmp/unwritable" | head)"; fi
rm -f "$p/.hwk/cache"

# Graded steps, triggers and feedback go through the cache too (tests/fixtures/steps and review):
# the plan's steps and rules, step and feedback records, whatever window a report reads.
src=${HWK_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
export HWK_NOW=2026-11-23T21:00:00-05:00
p=$tmp/graded
cp -R "$src/tests/fixtures/steps" "$p"
cp -R "$src/tests/fixtures/review/clients/"* "$p/clients/"
reports() {
  for args in "due" "due --format json" "remind --dry-run --catch-up 3w" "plan show c-0213" "review c-0213" \
              "review c-0213 --format md" "summary --since 4w --format json" "export c-0213 --format json"; do
    echo "\$ hwk $args"
    # shellcheck disable=SC2086
    "$HWK" -C "$p" $args 2>&1
    echo "[$?]"
  done
  for c in $(ls "$p/clients"); do "$HWK" -C "$p" review "$c" 2>&1; done
}
reports >"$tmp/graded-before"
check "graded reports run" grep -q "Step: 2 of 6" "$tmp/graded-before"
same "graded steps, triggers and feedback: a warm cache gives the same reports"
"$HWK" -C "$p" advance c-0213 lift-ladder >/dev/null
same "after hwk advance"
plan=$p/clients/c-0213/plan.toml
stamp=$(stat -c %y "$plan")
edit_in_place "$plan" 'data.replace(b"advance_when = \"3 done with suds_peak <= 40\"", b"advance_when = \"1 done with suds_peak <= 40\"")'
touch -d "$stamp" "$plan"
same "after a same-second, same-size edit of an advance rule"

"$HWK" -C "$p" check >"$tmp/check1" 2>&1
# (owner-only, as hwk makes it: check warns about a .hwk/ that others can read)
(umask 077 && mkdir -p "$p/.hwk/cache/clients" && printf 'not a cache' >"$p/.hwk/cache/clients/$first")
"$HWK" -C "$p" check >"$tmp/check2" 2>&1
check "hwk check does not read the cache" cmp "$tmp/check1" "$tmp/check2"
finish
