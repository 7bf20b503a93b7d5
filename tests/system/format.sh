#!/usr/bin/env bash
# System test: the code follows .clang-format. clang-format (Debian's, as .ci/install-deps installs
# it) checks every C++ file under src/ and tests/ without changing it; a file laid out otherwise
# fails the test, naming the file and the first lines that differ. To fix: clang-format -i FILE.
set -u

# shellcheck source=harness.bash
source "$(dirname "${BASH_SOURCE[0]}")/harness.bash"
: "${HWK_SOURCE_DIR:?set HWK_SOURCE_DIR to the source tree}"
need_hwk_and clang-format

cd "$HWK_SOURCE_DIR" || exit 2
check "the source tree has a .clang-format" test -f .clang-format
mapfile -t files < <(find src tests -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort)
check "there are C++ files to check" test "${#files[@]}" -gt 100
bad=0
for f in "${files[@]}"; do
  if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
    bad=$((bad + 1))
    echo "not formatted: $f (clang-format -i $f)"
    clang-format "$f" | diff "$f" - | head -8 | sed 's/^/    /'
  fi
done
check "every C++ file follows .clang-format ($bad do not)" test "$bad" -eq 0

# The check can fail: a file laid out otherwise is caught.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hwk-format.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp .clang-format "$tmp/"
printf 'int  main( ) {return 0;}\n' >"$tmp/bad.cpp"
check "a badly laid out file is caught" bash -c "! clang-format --dry-run --Werror '$tmp/bad.cpp' 2>/dev/null"
finish
