#!/usr/bin/env bash
# System test: `cmake --install` puts hwk, its templates, man pages and completions in place, and
# the installed binary, moved to another prefix and run outside the source tree, finds its
# built-in templates beside itself (not in the source tree it was built from).
set -u

# shellcheck source=harness.bash
source "$(dirname "${BASH_SOURCE[0]}")/harness.bash"

if [ -z "${HWK_BUILD_DIR:-}" ] || [ -z "${HWK_SOURCE_DIR:-}" ]; then
  echo "HWK_BUILD_DIR and HWK_SOURCE_DIR must be set"
  echo "0 passed, 1 failed"
  exit 1
fi
src=$HWK_SOURCE_DIR

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hwk-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" NO_COLOR=1 LANG=C.UTF-8
mkdir -p "$HOME"
unset VISUAL EDITOR HWK_NOW

prefix=$tmp/prefix
out=$(cmake --install "$HWK_BUILD_DIR" --prefix "$prefix" 2>&1)
st=$?
if [ $st -eq 0 ]; then ok "cmake --install succeeds"; else not_ok "cmake --install succeeds" "exit $st: $out"; fi

check "bin/hwk is installed and executable" test -x "$prefix/bin/hwk"

# Every built-in template of the source tree is installed.
n=0
missing=""
for t in "$src"/templates/*.yaml; do
  n=$((n + 1))
  [ -f "$prefix/share/hwk/templates/$(basename "$t")" ] || missing="$missing $(basename "$t")"
done
[ $n -gt 0 ] && [ -z "$missing" ] && ok "all $n templates are in share/hwk/templates" \
  || not_ok "all templates are in share/hwk/templates" "missing:$missing (of $n)"
check "share/hwk/templates/thought-record.yaml is installed" test -f "$prefix/share/hwk/templates/thought-record.yaml"
check "only templates (*.yaml) are in share/hwk/templates" \
  test -z "$(find "$prefix/share/hwk/templates" -type f ! -name '*.yaml')"

# Man pages, once the source tree has them.
shopt -s nullglob
man1=("$src"/man/*.1)
man5=("$src"/man/*.5)
shopt -u nullglob
if [ ${#man1[@]} -eq 0 ] && [ ${#man5[@]} -eq 0 ]; then
  echo "note: man/ has no pages yet; skipping the man page checks"
else
  check "share/man/man1/hwk.1 is installed" test -f "$prefix/share/man/man1/hwk.1"
  for p in "${man1[@]}"; do
    check "man page $(basename "$p") is in share/man/man1" test -f "$prefix/share/man/man1/$(basename "$p")"
  done
  [ ${#man5[@]} -gt 0 ] || not_ok "man/ has section 5 pages (hwk-log(5) is referenced by the log files)" \
    "no man/*.5 in the source tree"
  for p in "${man5[@]}"; do
    check "man page $(basename "$p") is in share/man/man5" test -f "$prefix/share/man/man5/$(basename "$p")"
  done
  check "no section 5 page is in man1" test -z "$(find "$prefix/share/man/man1" -name '*.5' 2>/dev/null)"
  check "no section 1 page is in man5" test -z "$(find "$prefix/share/man/man5" -name '*.1' 2>/dev/null)"
fi

# Shell completions, once the source tree has them.
completion() { # completion SOURCE-FILE INSTALLED-PATH SHELL-CHECK...
  local file=$1 dest=$2
  shift 2
  if [ ! -f "$src/completions/$file" ]; then
    echo "note: completions/$file does not exist yet; skipping its check"
    return
  fi
  check "completions/$file is installed as ${dest#"$prefix"/}" test -f "$dest"
  if [ $# -gt 0 ] && command -v "$1" >/dev/null && [ -f "$dest" ]; then
    check "the installed ${dest##*/} passes '$* FILE'" "$@" "$dest"
  fi
}
completion hwk.bash "$prefix/share/bash-completion/completions/hwk" bash -n
completion _hwk "$prefix/share/zsh/vendor-completions/_hwk" zsh -n
completion hwk.fish "$prefix/share/fish/vendor_completions.d/hwk.fish" fish -n

# ---------------------------------------------------------------------------- relocated install
# Move the installation elsewhere, so that neither the build's install prefix nor the path of
# this install can be what the binary finds; mark the moved templates to see which ones it uses.
moved=$tmp/elsewhere/opt/hwk
mkdir -p "$(dirname "$moved")"
cp -a "$prefix" "$moved"
rm -rf "$prefix"
if [ -f "$moved/share/hwk/templates/thought-record.yaml" ]; then
  sed -i 's/^title: .*/title: Thought record (installed copy)/' "$moved/share/hwk/templates/thought-record.yaml"
fi
bin=$moved/bin/hwk
work=$tmp/work
mkdir -p "$work"
cd "$work" || exit 1
case "$work" in "$src"/*) not_ok "the work directory is outside the source tree" "$work" ;; esac

# Run with the source tree's templates hidden when a private mount namespace is available.
hide=()
empty=$tmp/empty
mkdir -p "$empty"
if [ -d "$src/templates" ] && unshare -rm sh -c 'mount --bind "$1" "$2"' sh "$empty" "$src/templates" 2>/dev/null; then
  hide=(unshare -rm sh -c 'mount --bind "$1" "$2" && shift 2 && exec "$@"' sh "$empty" "$src/templates")
  check "the source tree's templates are hidden from the installed binary" \
    test -z "$("${hide[@]}" ls -A "$src/templates")"
else
  echo "note: cannot hide the source tree's templates (no user namespaces); relying on the marked copy"
fi
ihwk() { "${hide[@]}" "$bin" "$@"; }

out=$(ihwk --version 2>&1)
if printf '%s\n' "$out" | grep -qxE 'hwk [0-9]+\.[0-9]+\.[0-9]+'; then ok "the installed hwk --version: $out"; else not_ok "hwk --version prints 'hwk X.Y.Z'" "$out"; fi

out=$(ihwk template list 2>&1)
st=$?
if [ $st -eq 0 ] && printf '%s\n' "$out" | grep -q "thought-record"; then
  ok "the moved install's 'template list' shows thought-record"
else
  not_ok "the moved install's 'template list' shows thought-record" "exit $st: $out"
fi
if printf '%s\n' "$out" | grep -q "installed copy"; then
  ok "template list reads the installed copy beside the binary"
else
  out2=$(ihwk template show thought-record 2>&1)
  if printf '%s\n' "$out2" | grep -q "installed copy"; then
    ok "template show reads the installed copy beside the binary"
  else
    not_ok "the templates come from the installed copy beside the binary, not the source tree" "$out
$out2"
  fi
fi
for t in "$moved"/share/hwk/templates/*.yaml; do
  id=$(basename "$t" .yaml)
  printf '%s\n' "$out" | grep -q "$id" || not_ok "template list shows $id" "$out"
done

check "the moved install: hwk init" ihwk init practice
check "the moved install: hwk client add c-1" ihwk -C practice client add c-1 --timezone Europe/Berlin
check "the moved install: hwk assign c-1 thought-record" ihwk -C practice assign c-1 thought-record
check "the moved install: the template was copied into the client's templates/" \
  test -f practice/clients/c-1/templates/thought-record.v1.yaml
check "the copy is the installed template" grep -q "installed copy" practice/clients/c-1/templates/thought-record.v1.yaml
check "the moved install: hwk log c-1 thought-record" ihwk -C practice log c-1 thought-record --no-input \
  --set "situation=At work" --set "emotions=anxious" --set "emotion_before=60" --set "hot_thought=I will fail"
check "the moved install: hwk check" ihwk -C practice check

finish
