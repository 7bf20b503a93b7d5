# Shared by tests/system/completion_{bash,zsh,fish}.sh and command_docs.sh (sourced, not run): the
# cases read from --help, written once. Needs HWK (the binary); expect_help_cases also needs the
# sourcing test's `expect LABEL DIR LINE WORD…` (the candidates are exactly the words).

# help_section SECTION CMD…: the first word of each entry under SECTION: in `hwk CMD… --help`.
help_section() {
    local section=$1
    shift
    "$HWK" "$@" --help 2>/dev/null | awk -v want="$section:" '/^[A-Za-z].*:$/ { in_it = ($0 == want); next } in_it && /^  [^ ]/ { print $1 }'
}

# help_values CMD…: "OPTION VALUE…" for each option whose --help lists its values ("--format TEXT:{text,json}").
help_values() {
    "$HWK" "$@" --help 2>/dev/null | awk '/^  -/ && match($2, /:\{[^}]*\}$/) {
        n = split($1, names, ","); values = substr($2, RSTART + 2, RLENGTH - 3); gsub(/,/, " ", values)
        print names[n], values }'
}

# expect_help_cases DIR: written once: for the program and every command and subcommand, completion
# (typed in DIR) offers the options, subcommands and option values that its --help lists, all read
# from the declarations in the source. An option added there reaches every shell with no edit to
# the completion scripts.
expect_help_cases() {
    local dir=$1 path sub option values
    local -a cmds cmd at names subs
    mapfile -t cmds < <("$HWK" _complete commands)
    for path in '' "${cmds[@]}"; do
        read -ra cmd <<<"$path"
        for sub in '' $(help_section Subcommands "${cmd[@]}"); do
            at=("${cmd[@]}")
            [[ -n $sub ]] && at+=("$sub")
            mapfile -t names < <(help_section Options "${at[@]}" | tr ',' '\n')
            expect "options as --help lists them" "$dir" "hwk ${at[*]}${at[*]:+ }-" "${names[@]}"
            mapfile -t subs < <(help_section Subcommands "${at[@]}")
            ((${#subs[@]})) && expect "subcommands as --help lists them" "$dir" "hwk ${at[*]}${at[*]:+ }" "${subs[@]}"
            while read -r option values; do
                # shellcheck disable=SC2086
                expect "$option values as --help lists them" "$dir" "hwk ${at[*]}${at[*]:+ }$option " $values
            done < <(help_values "${at[@]}")
            [[ -z $path ]] && break
        done
    done
}
