# bash completion for hwk                                   -*- shell-script -*-
#
# Installed as share/bash-completion/completions/hwk (loaded on demand by bash-completion), or
# source it from ~/.bashrc. It needs nothing from bash-completion itself.
#
# Only shell plumbing lives here: the commands, options, their values and the practice's ids come
# from the binary, `hwk [-C DIR] _complete line -- WORD…` (its protocol is at the top of
# src/cli/cmd_complete.cpp), run with the -C DIRs given earlier on the line.

# _hwk_dequote WORD: sets _hwk_word to WORD as the shell would pass it (simple quoting and a
# leading ~ only).
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
    _hwk_word=$w
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
    local -a words
    local cword cur _hwk_word
    _hwk_line
    cur=${words[cword]}

    local prog=hwk
    if [[ ${words[0]} == */* ]]; then
        _hwk_dequote "${words[0]}"
        prog=$_hwk_word
    fi

    # The words before the cursor, unquoted; the -C DIRs among them go before _complete.
    local -a line=() pre=()
    local i only=''
    for ((i = 1; i < cword; i++)); do
        _hwk_dequote "${words[i]}"
        line+=("$_hwk_word")
        [[ -n $only ]] && continue
        case ${words[i]} in
            --) only=1 ;;
            -C) if ((i + 1 < cword)); then
                _hwk_dequote "${words[i + 1]}"
                pre+=(-C "$_hwk_word")
            fi ;;
            -C?*)
                _hwk_dequote "${words[i]#-C}"
                pre+=(-C "$_hwk_word")
                ;;
        esac
    done

    local kind word path
    while IFS=$'\t' read -r kind word _; do
        case $kind in
            file | directory)
                # A path after PREFIX (--output=): bash-style file name completion.
                _hwk_dequote "${cur#"$word"}"
                while IFS= read -r path; do
                    COMPREPLY+=("$word$path")
                done < <(compgen "-${kind:0:1}" -- "$_hwk_word")
                compopt -o filenames 2>/dev/null
                ;;
            option)
                # Offered only for a word that starts with '-'.
                [[ $cur == -* && $word == "$cur"* ]] && COMPREPLY+=("$word")
                ;;
            *)
                [[ -n $word && $word == "$cur"* ]] && COMPREPLY+=("$word")
                [[ $word == *= ]] && compopt -o nospace 2>/dev/null
                ;;
        esac
    done < <("$prog" "${pre[@]}" _complete line -- "${line[@]}" "$cur" 2>/dev/null </dev/null)

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
