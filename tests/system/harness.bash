# Shared by the bash system tests (sourced, not run): counting checks and the closing
# "N passed, M failed" line that ctest's reader and people both look for.
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
# not_ok DESCRIPTION [DETAIL]: a failed check, with its detail indented below it.
not_ok() {
  fail=$((fail + 1))
  echo "FAIL - $1"
  [ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/    /'
  return 0
}
# check DESCRIPTION COMMAND...: passes when the command succeeds; shows its output when not.
check() {
  local what=$1
  shift
  local out
  if out=$("$@" 2>&1); then ok "$what"; else not_ok "$what" "$out"; fi
}
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
  exit $?
}
# private_git_home DIR: a home of its own under DIR and git that reads no user's or system's
# configuration, never prompts and never opens an editor; a private umask, so that files git
# creates on checkout are private, as a clinician's would be.
private_git_home() {
  umask 077
  export HOME="$1/home" XDG_CONFIG_HOME="$1/home/.config"
  mkdir -p "$HOME"
  export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
  export GIT_TERMINAL_PROMPT=0 GIT_EDITOR=true GIT_MERGE_AUTOEDIT=no
  export NO_COLOR=1 TZ=UTC LANG=C.UTF-8
  unset VISUAL EDITOR
}
# need_hwk_and TOOL...: HWK names an executable hwk and each TOOL is installed; else the test ends
# as one failure saying what is missing.
need_hwk_and() {
  local tool
  if [ -z "${HWK:-}" ] || [ ! -x "$HWK" ]; then
    echo "HWK is not set to the hwk binary"
    echo "0 passed, 1 failed"
    exit 1
  fi
  for tool in "$@"; do
    command -v "$tool" >/dev/null && continue
    echo "$tool is not installed (.ci/install-deps --test installs what the tests drive)"
    echo "0 passed, 1 failed"
    exit 1
  done
}
# git_identity REPO NAME: a local identity, and pull merges rather than rebases.
git_identity() {
  git -C "$1" config user.name "$2"
  git -C "$1" config user.email "$2@example.invalid"
  git -C "$1" config pull.rebase false
}
