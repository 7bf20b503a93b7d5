#!/usr/bin/env bash
# Every command is documented and completed: for each command `hwk _complete commands` prints (and
# each of its subcommands), man/hwk-COMMAND.1 exists and documents every option its --help lists;
# the bash, zsh and fish completions take commands and options from the binary (`hwk _complete
# line`, whose answers the completion_* tests compare with --help), so none is missing there.
# Prints what is missing and exits 1 when anything is.
# Environment: HWK (the built binary), HWK_SOURCE_DIR (the source tree).
set -u

: "${HWK:?set HWK to the hwk binary}"
: "${HWK_SOURCE_DIR:?set HWK_SOURCE_DIR to the source tree}"

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; shift; printf '    %s\n' "$@"; }

completions=(completions/hwk.bash completions/_hwk completions/hwk.fish)

# shellcheck source=lib/completion_cases.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib/completion_cases.bash"

mapfile -t commands < <("$HWK" _complete commands)
if ((${#commands[@]} == 0)); then
    not_ok "hwk _complete commands lists the commands" "it printed nothing"
fi

for cmd in "${commands[@]}"; do
    page=man/hwk-$cmd.1
    if [[ ! -f $HWK_SOURCE_DIR/$page ]]; then
        not_ok "$cmd: $page" "missing: $HWK_SOURCE_DIR/$page"
        continue
    fi
    ok "$cmd: $page"
    for sub in '' $(help_section Subcommands "$cmd"); do
        # shellcheck disable=SC2086
        for option in $(help_section Options "$cmd" $sub | tr ',' '\n'); do
            [[ $option == -h || $option == --help ]] && continue
            name=${option#-}
            name=${name#-}
            if [[ $option == --* ]]; then pattern="Fl Fl $name\\b|\\\\-\\\\-$name\\b"; else pattern="Fl $name\\b"; fi
            if grep -qE -- "$pattern" "$HWK_SOURCE_DIR/$page"; then
                ok "$cmd${sub:+ $sub} $option: in $page"
            else
                not_ok "$cmd${sub:+ $sub} $option: in $page" "'hwk $cmd${sub:+ $sub} --help' lists $option; $page does not"
            fi
        done
    done
done

for file in "${completions[@]}"; do
    if [[ ! -f $HWK_SOURCE_DIR/$file ]]; then
        not_ok "$file asks hwk _complete line" "missing: $HWK_SOURCE_DIR/$file"
    elif grep -q -- '_complete line' "$HWK_SOURCE_DIR/$file"; then
        ok "$file asks hwk _complete line"
    else
        not_ok "$file asks hwk _complete line" "$HWK_SOURCE_DIR/$file does not ask the binary for its candidates"
    fi
done

echo "$passed passed, $failed failed"
((failed == 0)) || exit 1
