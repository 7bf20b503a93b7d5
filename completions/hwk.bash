# bash completion for hwk                                   -*- shell-script -*-
#
# Installed as share/bash-completion/completions/hwk (loaded on demand by bash-completion), or
# source it from ~/.bashrc. It needs nothing from bash-completion itself.
#
# Static parts (commands, options, fixed option values) are written out here; client ids,
# template ids, assignment ids, field names and record ids come from the hidden `hwk _complete` helper,
# run with the -C DIR given earlier on the line.

# The commands, with the subcommands of `client` and `template`.
_hwk_commands=(init client template assign edit log session advance plan due summary review feedback ack export remind check hooks today)
_hwk_kinds=(psychoeducation self-monitoring skills-practice exposure behavioural-experiment activity-scheduling safety-plan)

# _hwk_options CMD SUB: the options offered for CMD [SUB] ("" CMD: the global ones).
_hwk_options() {
    case "$1 $2" in
        ' ') echo '-C --color --now --version --help -h' ;;
        'init ') echo '--timezone --help -h' ;;
        'client add') echo '--name --timezone --help -h' ;;
        'client list') echo '--format --help -h' ;;
        'client link') echo '--branch --help -h' ;;
        'template list') echo '--kind --modality --format --help -h' ;;
        'template show') echo '--format --lang --help -h' ;;
        'template lint') echo '--max-grade --help -h' ;;
        'template new') echo '--from --help -h' ;;
        'assign '*) echo '--id --schedule --at --start --end --goal --why --backup --help -h' ;;
        'log '*) echo '--set --reflect --status --reason --at --amends --no-input --edit --draft --help -h' ;;
        'session '*) echo '--at --note --help -h' ;;
        'advance '*) echo '--to --back --at --note --help -h' ;;
        'plan show') echo '--help -h' ;;
        'due '*) echo '--within --format --exit-code --help -h' ;;
        'summary '*) echo '--since --until --format --help -h' ;;
        'review '*) echo '--since --until --format --output -o --force --low-adherence --help -h' ;;
        'feedback '*) echo '--text --quality --week --assignment --help -h' ;;
        'ack '*) echo '--note --help -h' ;;
        'export '*) echo '--format --output -o --force --help -h' ;;
        'remind '*) echo '--catch-up --dry-run --format --help -h' ;;
        'check '*) echo '--quiet -q --help -h' ;;
        'hooks '*) echo '--help -h' ;;
        'today '*) echo '--help -h' ;;
        *) echo '--help -h' ;;
    esac
}

# _hwk_takes_value OPTION: whether OPTION reads the next word as its value (in any command; the
# global options are accepted after the command too).
_hwk_takes_value() {
    case $1 in
        -C | --color | --now | --timezone | --name | --format | --kind | --modality | --from | \
            --id | --schedule | --at | --start | --end | --goal | --why | --backup | \
            --set | --reflect | --status | --reason | --amends | --note | --to | \
            --within | --catch-up | --output | -o | --draft | --since | --until | --lang | --max-grade | \
            --text | --quality | --week | --assignment | --low-adherence | --branch)
            return 0 ;;
    esac
    return 1
}

# _hwk_dequote WORD: the word as the shell would pass it (simple quoting and a leading ~ only).
_hwk_dequote() {
    local w=$1
    case $w in
        \'*\') w=${w:1:${#w}-2} ;;
        \"*\") w=${w:1:${#w}-2} ;;
        *\\*) w=${w//\\/} ;;
    esac
    case $w in
        \~) w=$HOME ;;
        \~/*) w=$HOME/${w#\~/} ;;
    esac
    printf '%s' "$w"
}

# _hwk_call WHAT [ARG…]: candidates from `hwk _complete`, one per line; nothing on failure.
_hwk_call() {
    local -a pre=()
    [[ -n $_hwk_dir ]] && pre=(-C "$_hwk_dir")
    "$_hwk_prog" "${pre[@]}" _complete "$@" 2>/dev/null </dev/null
}

# _hwk_is_client ID: whether ID is one of the practice's clients.
_hwk_is_client() {
    [[ -n $1 ]] || return 1
    local c
    while IFS= read -r c; do
        [[ $c == "$1" ]] && return 0
    done < <(_hwk_call clients)
    return 1
}

# _hwk_add WORD…: adds the words that start with $cur to COMPREPLY.
_hwk_add() {
    local w
    for w in "$@"; do
        [[ -n $w && $w == "$cur"* ]] && COMPREPLY+=("$w")
    done
}

# _hwk_add_lines: adds the lines of standard input that start with $cur to COMPREPLY.
_hwk_add_lines() {
    local w
    while IFS= read -r w; do
        [[ -n $w && $w == "$cur"* ]] && COMPREPLY+=("$w")
    done
}

_hwk_add_files() {  # _hwk_add_files -d|-f
    local w
    while IFS= read -r w; do
        COMPREPLY+=("$w")
    done < <(compgen "$1" -- "$(_hwk_dequote "$cur")")
    compopt -o filenames 2>/dev/null
}

# _hwk_value OPTION: candidates for the value of OPTION (the word being completed is $cur).
_hwk_value() {
    case $1 in
        -C) _hwk_add_files -d ;;
        --color) _hwk_add auto always never ;;
        --format)
            if [[ $cmd == export ]]; then
                _hwk_add ics json csv
            elif [[ $cmd == summary ]]; then
                _hwk_add text json csv md
            elif [[ $cmd == review ]]; then
                _hwk_add text md html
            else
                _hwk_add text json
            fi
            ;;
        --output | -o | --draft) _hwk_add_files -f ;;
        --since | --until) _hwk_add 4w last-session this-week last-week this-month last-month ;;
        --status) _hwk_add 'done' partial skipped ;;
        --quality) _hwk_add 0 1 2 3 4 ;;
        --week) _hwk_add this-week last-week ;;
        --assignment)
            # `hwk feedback [CLIENT] --week …`: the assignments of the client on the line, else
            # of the implied one.
            if ((${#args[@]} >= 1)) && _hwk_is_client "${args[0]}"; then
                _hwk_add_lines < <(_hwk_call assignments "${args[0]}")
            else
                _hwk_add_lines < <(_hwk_call assignments)
            fi
            ;;
        --to)
            [[ $cmd == advance ]] || return
            if ((${#args[@]} >= 2)); then
                _hwk_add_lines < <(_hwk_call steps "${args[0]}" "${args[1]}")
            elif ((${#args[@]} == 1)) && ! _hwk_is_client "${args[0]}"; then
                _hwk_add_lines < <(_hwk_call steps "${args[0]}")
            fi
            ;;
        --kind) _hwk_add "${_hwk_kinds[@]}" ;;
        --from) _hwk_add_lines < <(_hwk_call templates) ;;
        --set)
            [[ $cmd == log && $cur != *=* ]] || return
            local client assignment f
            if ((${#args[@]} >= 2)); then
                client=${args[0]} assignment=${args[1]}
            elif ((${#args[@]} == 1)) && ! _hwk_is_client "${args[0]}"; then
                # `hwk log ASSIGNMENT`: the implied client, which `_complete` picks for a non-id.
                client='' assignment=${args[0]}
            else
                return
            fi
            while IFS= read -r f; do
                [[ -n $f && $f= == "$cur"* ]] && COMPREPLY+=("$f=")
            done < <(_hwk_call fields "$client" "$assignment")
            compopt -o nospace 2>/dev/null
            ;;
    esac
}

# _hwk_positional: candidates for the next positional argument of $cmd $sub, after ${args[@]}.
_hwk_positional() {
    local n=${#args[@]}
    case $cmd in
        '') _hwk_add "${_hwk_commands[@]}" ;;
        init) ((n == 0)) && _hwk_add_files -d ;;
        client)
            if [[ -z $sub ]]; then
                _hwk_add add link list
            elif [[ $sub == link ]] && ((n == 1)); then
                _hwk_add_files -d  # URL: a path to a repository, or typed
            fi
            ;;
        template)
            case $sub in
                '') _hwk_add list show new lint ;;
                show) ((n == 0)) && _hwk_add_lines < <(_hwk_call templates) ;;
                lint) _hwk_add_files -f ;;
            esac
            ;;
        assign)
            if ((n == 0)); then
                local clients
                clients=$(_hwk_call clients)
                _hwk_add_lines <<<"$clients"
                # With a single client, `hwk assign TEMPLATE` names the template directly.
                [[ -n $clients && $clients != *$'\n'* ]] && _hwk_add_lines < <(_hwk_call templates)
            elif ((n == 1)) && _hwk_is_client "${args[0]}"; then
                _hwk_add_lines < <(_hwk_call templates)
            fi
            ;;
        log | advance)
            if ((n == 0)); then
                # A client, or (client left out) an assignment of the implied client.
                _hwk_add_lines < <(_hwk_call clients; _hwk_call assignments)
            elif ((n == 1)) && _hwk_is_client "${args[0]}"; then
                _hwk_add_lines < <(_hwk_call assignments "${args[0]}")
            fi
            ;;
        edit | session | export | review | today) ((n == 0)) && _hwk_add_lines < <(_hwk_call clients) ;;
        feedback | ack)
            if ((n == 0)); then
                # A client, or (client left out) a record of the implied client.
                _hwk_add_lines < <(_hwk_call clients; _hwk_call records)
            elif ((n == 1)) && _hwk_is_client "${args[0]}"; then
                _hwk_add_lines < <(_hwk_call records "${args[0]}")
            fi
            ;;
        plan)
            if [[ -z $sub ]]; then
                _hwk_add show
            elif ((n == 0)); then
                _hwk_add_lines < <(_hwk_call clients)
            fi
            ;;
        due | summary)
            # Any number of clients, each once.
            local c given=" ${args[*]} "
            while IFS= read -r c; do
                [[ -n $c && $c == "$cur"* && $given != *" $c "* ]] && COMPREPLY+=("$c")
            done < <(_hwk_call clients)
            ;;
        check) _hwk_add_files -f ;;
    esac
}

# _hwk_line: sets words, cword and cur from COMP_LINE, joining what bash split at ':' and '='
# (COMP_WORDBREAKS), so that --set FIELD=VALUE or --at 10:30 stay one word.
_hwk_line() {
    words=() cword=0
    local i j=-1 w line=${COMP_LINE:0:COMP_POINT}
    if [[ -z $COMP_LINE ]]; then
        words=("${COMP_WORDS[@]:0:COMP_CWORD+1}") cword=$COMP_CWORD
        return
    fi
    for ((i = 0; i <= COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        if ((i == 0)) || [[ $line == [[:blank:]]* ]]; then
            ((j++))
            words[j]=''
        fi
        line=${line#"${line%%[![:blank:]]*}"}
        if ((i == COMP_CWORD)); then
            words[j]+=$line # the current word, up to the cursor
        else
            words[j]+=$w
            line=${line#"$w"}
        fi
    done
    cword=$j
}

_hwk() {
    COMPREPLY=()
    local -a words args=()
    local cword cur
    _hwk_line
    cur=${words[cword]}

    local _hwk_prog=hwk _hwk_dir=''
    [[ ${words[0]} == */* ]] && _hwk_prog=$(_hwk_dequote "${words[0]}")

    # Read the words before the cursor: global -C, the command, its subcommand, its arguments.
    local cmd='' sub='' expect='' w i only_args=''
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        if [[ -n $expect ]]; then
            [[ $expect == -C ]] && _hwk_dir=$(_hwk_dequote "$w")
            expect=''
            continue
        fi
        if [[ -z $only_args ]]; then
            case $w in
                --) only_args=1; continue ;;
                -C) expect=-C; continue ;;
                -C?*) _hwk_dir=$(_hwk_dequote "${w#-C}"); continue ;;
                --*=*) continue ;;
                -?*) _hwk_takes_value "$w" && expect=$w; continue ;;
            esac
        fi
        if [[ -z $cmd ]]; then
            cmd=$w
        elif [[ ($cmd == client || $cmd == template || $cmd == plan) && -z $sub ]]; then
            sub=$w
        else
            args+=("$w")
        fi
    done

    if [[ -n $expect ]]; then
        _hwk_value "$expect"
    elif [[ -z $only_args && $cur == --*=* ]]; then
        # --option=VALUE: complete the value; bash replaces only what follows the '='.
        local option=${cur%%=*}
        cur=${cur#*=}
        _hwk_value "$option"
    elif [[ -z $only_args && $cur == -* ]]; then
        local -a options
        read -ra options <<<"$(_hwk_options "$cmd" "$sub")"
        _hwk_add "${options[@]}"
    else
        _hwk_positional
    fi

    # Bash replaces only the text after the last ':' or '=' in COMP_WORDBREAKS: drop what precedes it.
    local prefix='' part=$cur
    [[ $COMP_WORDBREAKS == *:* ]] && part=${part##*:}
    [[ $COMP_WORDBREAKS == *=* ]] && part=${part##*=}
    prefix=${cur%"$part"}
    if [[ -n $prefix ]]; then
        for i in "${!COMPREPLY[@]}"; do
            COMPREPLY[i]=${COMPREPLY[i]#"$prefix"}
        done
    fi
    return 0
}

complete -F _hwk hwk
