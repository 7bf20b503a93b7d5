# fish completion for hwk. Installed in share/fish/vendor_completions.d; or copy it to
# ~/.config/fish/completions/hwk.fish.
#
# Only shell plumbing lives here: the commands, options, their values and the practice's ids come
# from the binary, `hwk [-C DIR] _complete line -- WORD…` (its protocol is at the top of
# src/cli/cmd_complete.cpp), run with the -C DIRs given earlier on the line.

# The candidates for the token under the cursor, as "WORD<TAB>DESCRIPTION".
function __hwk_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l prog hwk
    if string match -q -- '*/*' $tokens[1]
        set prog (string replace -r -- '^~(?=/|$)' $HOME $tokens[1])
    end
    set -e tokens[1]

    # The -C DIRs of the line go before _complete.
    set -l pre
    set -l n (count $tokens)
    for i in (seq $n)
        switch $tokens[$i]
            case --
                break
            case -C
                test $i -lt $n; and set -a pre -C (string replace -r -- '^~(?=/|$)' $HOME $tokens[(math $i + 1)])
            case '-C?*'
                set -a pre -C (string sub -s 3 -- $tokens[$i] | string replace -r -- '^~(?=/|$)' $HOME)
        end
    end

    for line in ($prog $pre _complete line -- $tokens "$cur" 2>/dev/null </dev/null)
        set -l f (string split \t -- $line)
        switch $f[1]
            case file
                # A path after PREFIX (--output=).
                set -l rest (string sub -s (math (string length -- "$f[2]") + 1) -- "$cur")
                __fish_complete_path "$rest" | string replace -r -- '^' "$f[2]"
            case directory
                set -l rest (string sub -s (math (string length -- "$f[2]") + 1) -- "$cur")
                __fish_complete_directories "$rest" | string replace -r -- '^' "$f[2]"
            case option
                # Offered only for a token that starts with '-'.
                string match -q -- '-*' "$cur"; and printf '%s\t%s\n' $f[2] "$f[3]"
            case '*'
                if test -n "$f[3]"
                    printf '%s\t%s\n' $f[2] "$f[3]"
                else
                    printf '%s\t%s\n' $f[2] $f[1]
                end
        end
    end
end

complete -c hwk -f -a '(__hwk_complete)'
