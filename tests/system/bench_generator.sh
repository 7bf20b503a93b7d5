#!/usr/bin/env bash
# The benchmark's practice generator (tests/bench/) at a tiny size: what it writes is a clean
# practice for `hwk check`, the reports read it, and the same arguments give the same bytes.
set -u
. "$(dirname "$0")/harness.bash"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HWK_NOW=2026-11-20T18:00:00Z

check "the generator writes a practice" "$HWK_BENCH_GENERATE" --out "$tmp/a" --clients 4 --years 1 --ledger "$tmp/a.ledger"
out=$("$HWK" -C "$tmp/a" check 2>&1)
status=$?
if [ "$status" -eq 0 ] && [ -z "$out" ]; then ok "hwk check finds it clean"; else not_ok "hwk check finds it clean" "$out"; fi
check "it has log files of several months" test "$(find "$tmp/a/clients" -path '*/log/*.toml' | wc -l)" -gt 20
check "hwk due reads it" "$HWK" -C "$tmp/a" due
check "hwk summary reads its whole history" "$HWK" -C "$tmp/a" summary --since 2025-11-01
check "the journal has a transaction per record" test "$(grep -c '^20' "$tmp/a.ledger")" -eq "$(grep -rh '^\[\[records\]\]' "$tmp/a/clients" | wc -l)"
"$HWK_BENCH_GENERATE" --out "$tmp/b" --clients 4 --years 1 --ledger "$tmp/b.ledger" 2>/dev/null
check "the same arguments give the same practice" diff -r -x .hwk "$tmp/a" "$tmp/b"
check "and the same journal" cmp "$tmp/a.ledger" "$tmp/b.ledger"
out=$("$HWK_BENCH_GENERATE" --out "$tmp/a" --clients 1 2>&1)
if [ $? -eq 2 ] && [[ $out == *"new or empty directory"* ]]; then ok "it refuses to write over a practice"; else not_ok "it refuses to write over a practice" "$out"; fi
if command -v ledger >/dev/null; then
  check "ledger reads the journal" ledger -f "$tmp/a.ledger" bal
fi
finish
