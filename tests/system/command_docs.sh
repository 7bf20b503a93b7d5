#!/usr/bin/env bash
# Every command is documented and completed: for each command `hwk _complete commands` prints,
# man/hwk-COMMAND.1 exists and the command's name is in the bash, zsh and fish completions.
# Prints what is missing and exits 1 when anything is.
# Environment: HWK (the built binary), HWK_SOURCE_DIR (the source tree).
set -u

: "${HWK:?set HWK to the hwk binary}"
: "${HWK_SOURCE_DIR:?set HWK_SOURCE_DIR to the source tree}"

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; shift; printf '    %s\n' "$@"; }

completions=(completions/hwk.bash completions/_hwk completions/hwk.fish)

mapfile -t commands < <("$HWK" _complete commands)
if ((${#commands[@]} == 0)); then
    not_ok "hwk _complete commands lists the commands" "it printed nothing"
fi

for cmd in "${commands[@]}"; do
    page=man/hwk-$cmd.1
    if [[ -f $HWK_SOURCE_DIR/$page ]]; then
        ok "$cmd: $page"
    else
        not_ok "$cmd: $page" "missing: $HWK_SOURCE_DIR/$page"
    fi
    for file in "${completions[@]}"; do
        if [[ ! -f $HWK_SOURCE_DIR/$file ]]; then
            not_ok "$cmd: in $file" "missing: $HWK_SOURCE_DIR/$file"
        elif grep -qw -- "$cmd" "$HWK_SOURCE_DIR/$file"; then
            ok "$cmd: in $file"
        else
            not_ok "$cmd: in $file" "'$cmd' does not appear in $HWK_SOURCE_DIR/$file"
        fi
    done
done

echo "$passed passed, $failed failed"
((failed == 0)) || exit 1
