#!/usr/bin/env bash
# System test: the README's install recipe configures on a machine with only the runtime
# dependencies. With no cram on PATH and GoogleTest not found, `cmake -S . -B build
# -DCMAKE_BUILD_TYPE=Release` succeeds, says the tests are left out, and makes the hwk target and
# no test target; with HWK_REQUIRE_TESTS (what make test asks) the same configure stops, naming
# what is missing. Configure only: building is what every other test already does.
set -u

# shellcheck source=harness.bash
source "$(dirname "${BASH_SOURCE[0]}")/harness.bash"
: "${HWK_SOURCE_DIR:?set HWK_SOURCE_DIR to the source tree}"
need_hwk_and cmake

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hwk-plain-configure.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# PATH as it is, less cram: every program of every PATH folder, linked into one folder, but cram.
mkdir "$tmp/bin"
IFS=: read -r -a dirs <<<"$PATH"
for d in "${dirs[@]}"; do
  [ -d "$d" ] || continue
  for p in "$d"/*; do
    name=${p##*/}
    case $name in cram | cram3) continue ;; esac
    [ -x "$p" ] && [ ! -e "$tmp/bin/$name" ] && ln -s "$p" "$tmp/bin/$name"
  done
done
check "cram is not on the reduced PATH" test -z "$(PATH=$tmp/bin command -v cram3 cram)"

# GoogleTest is a CMake package, not a program: CMake's own switch makes it not found.
configure() { PATH=$tmp/bin cmake -S "$HWK_SOURCE_DIR" -B "$1" -DCMAKE_BUILD_TYPE=Release -DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON "${@:2}" 2>&1; }

out=$(configure "$tmp/build")
st=$?
if [ $st -eq 0 ]; then ok "the README's configure succeeds without cram and GoogleTest"; else not_ok "the README's configure succeeds without cram and GoogleTest" "$out"; fi
check "and says the tests are left out" grep -q "Tests left out: GoogleTest or cram is not installed" <<<"$out"
targets=$(cmake --build "$tmp/build" --target help 2>&1)
check "hwk is a target" grep -q "hwk$" <<<"$targets"
if grep -q "hwk_unit_tests" <<<"$targets"; then not_ok "no test target" "$targets"; else ok "no test target"; fi

out=$(configure "$tmp/build-required" -DHWK_REQUIRE_TESTS=ON)
st=$?
check "with HWK_REQUIRE_TESTS the configure stops" test $st -ne 0
check "naming what is missing and what installs it" grep -q "the tests need GoogleTest and cram: .ci/install-deps --test installs them" <<<"$out"

finish
