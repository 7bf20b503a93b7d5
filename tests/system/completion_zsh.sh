#!/usr/bin/env bash
# The zsh completion (completions/_hwk) in a real zsh, against a real practice: an interactive
# `zsh -f` on a pseudo-terminal (zsh/zpty) runs compinit with completions/ first in $fpath; each
# line is typed followed by TAB, and a wrapper around compadd records the candidates that the
# completion system itself matched against the word (with an -S suffix such as '=' appended).
# Environment: HWK (the built binary), HWK_SOURCE_DIR (the source tree).
set -u

: "${HWK:?set HWK to the hwk binary}"
: "${HWK_SOURCE_DIR:?set HWK_SOURCE_DIR to the source tree}"
HWK=$(cd "$(dirname "$HWK")" && pwd)/$(basename "$HWK")
COMPLETIONS=$HWK_SOURCE_DIR/completions
PATH="$(dirname "$HWK"):$PATH"
export PATH
unset HWK_NOW NO_COLOR
# shellcheck source=lib/completion_cases.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib/completion_cases.bash"

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; shift; printf '    %s\n' "$@"; }
oneline() { tr '\n' ' ' <<<"$1"; }
finish() {
    echo "$passed passed, $failed failed"
    ((failed == 0))
    exit
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hwk-completion-zsh.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
# A home of its own: no user configuration of hwk or of the shells, nothing written to the real one.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share \
    XDG_CACHE_HOME=$tmp/home/.cache
mkdir -p "$HOME"

command -v zsh >/dev/null || { not_ok "zsh is installed"; finish; }
[[ -f $COMPLETIONS/_hwk ]] || { not_ok "completion file exists" "missing: $COMPLETIONS/_hwk"; finish; }

# Two practices: p with two clients, solo with one (for the forms that leave the client out).
setup() {
    cd "$tmp" &&
        "$HWK" init p &&
        "$HWK" -C p client add c-0042 --timezone Europe/Berlin &&
        "$HWK" -C p client add c-0043 --timezone Europe/Berlin &&
        "$HWK" -C p assign c-0042 thought-record &&
        "$HWK" -C p assign c-0042 paced-breathing --id breathing &&
        printf '[[assignments.steps]]\nid = "short"\ntitle = "Two minutes"\n[[assignments.steps]]\nid = "long"\ntitle = "Five minutes"\n' \
            >>p/clients/c-0042/plan.toml &&
        "$HWK" init solo &&
        "$HWK" -C solo client add c-0007 --timezone Europe/Berlin &&
        "$HWK" -C solo assign c-0007 thought-record &&
        "$HWK" -C p log c-0042 breathing --status skipped --reason away --no-input &&
        "$HWK" -C solo log thought-record --status skipped --reason away --no-input &&
        : >mine.yaml
}
if ! setup >"$tmp/setup.log" 2>&1; then
    not_ok "set up the practices" "$(cat "$tmp/setup.log")"
    finish
fi

# Sourced by the inner zsh: completion system, TAB completes, compadd records what it adds.
cat >"$tmp/init.zsh" <<'EOF'
PS1='' PROMPT='' RPROMPT=''
fpath=($ZT_FPATH $fpath)
autoload -Uz compinit && compinit -u -D
zstyle ':completion:*' insert-tab false
bindkey -e
bindkey '^I' complete-word
bindkey '^U' kill-whole-line
zmodload zsh/zutil
compadd() {
  # Calls that only ask for matches (-O, -A, -D) add nothing: pass them through.
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
    builtin compadd "$@"
    return $?
  fi
  local -a __hits
  local -A __apre __hpre __hsuf __asuf
  builtin compadd -A __hits "$@"
  zparseopts -E P:=__apre p:=__hpre S:=__asuf s:=__hsuf
  local __h
  for __h in $__hits; do
    print -r -- "${__h}${__asuf[-S]}" >> $ZT_OUT
  done
  builtin compadd "$@"
}
# _main_complete empties comppostfuncs after each completion: set it again.
_zt_done() { print -r -- '<done>' >> $ZT_OUT; comppostfuncs=(_zt_done) }
comppostfuncs=(_zt_done)
print -r -- '<ready>' >> $ZT_OUT
EOF

# zsh -f driver.zsh INIT OUT CASES: completes each "DIR<TAB>LINE" of CASES in one interactive
# zsh on a pseudo-terminal; prints "== N" and then the candidates of case N.
cat >"$tmp/driver.zsh" <<'EOF'
zmodload zsh/zpty || { print -u2 'zsh/zpty is missing'; exit 3 }
local init=$1 out=$2 cases=$3 junk
export ZT_OUT=$out
: >| $out
zpty z zsh -f -i || exit 3
wait_for() {  # wait_for MARKER: until the inner shell wrote MARKER to $out (10 s at most)
  local i
  for i in {1..400}; do
    while zpty -r -t z junk 2>/dev/null; do :; done
    grep -qxF -- $1 $out && return 0
    sleep 0.025
  done
  print -u2 "timed out waiting for $1"
  return 1
}
zpty -w z "source ${(q)init}"
wait_for '<ready>' || exit 4
local n=0 dir line
while IFS=$'\t' read -r dir line; do
  (( n++ ))
  : >| $out
  zpty -w z $'\x15'"cd -q -- ${(q)dir} && print -r -- '<cd>' >> \$ZT_OUT"
  wait_for '<cd>' || exit 4
  : >| $out
  zpty -w -n z $'\x15'"$line"$'\t'
  wait_for '<done>' || exit 4
  print -r -- "== $n"
  grep -v -x -e '<done>' -e '<cd>' $out
done < $cases
zpty -d z
EOF

# The cases: expect LABEL DIR LINE WORD… (exactly these candidates) and expect_has (at least).
kinds=() labels=() dirs=() lines=() wants=()
add_case() {
    kinds+=("$1") labels+=("$2") dirs+=("$3") lines+=("$4")
    shift 4
    wants+=("$(printf '%s\n' "$@" | sed '/^$/d' | sort -u)")
}
expect() { add_case exact "$@"; }
expect_has() { add_case has "$@"; }

# Expected dynamic candidates, as the binary itself lists them (with sanity anchors below).
mapfile -t commands < <("$HWK" _complete commands)
mapfile -t templates < <("$HWK" -C "$tmp/p" _complete templates)
mapfile -t fields < <("$HWK" -C "$tmp/p" _complete fields c-0042 thought-record | sed 's/$/=/')
mapfile -t emo_fields < <(printf '%s\n' "${fields[@]}" | grep '^emo')
mapfile -t records < <("$HWK" -C "$tmp/p" _complete records c-0042)
mapfile -t solo_records < <("$HWK" -C "$tmp/solo" _complete records)
if [[ " ${commands[*]} " != *" log "* || " ${templates[*]} " != *" thought-record "* ||
    " ${fields[*]} " != *" situation= "* || ${#emo_fields[@]} -eq 0 || ${#records[@]} -ne 1 || ${#solo_records[@]} -ne 1 ]]; then
    not_ok "hwk _complete lists commands, templates, fields and records" \
        "commands: ${commands[*]}" "templates: ${templates[*]}" "fields: ${fields[*]}" "records: ${records[*]} ${solo_records[*]}"
    finish
fi

# Commands and global options.
expect "commands" "$tmp" "hwk " "${commands[@]}"
expect "command prefix" "$tmp" "hwk te" template
expect "commands after -C DIR" "$tmp" "hwk -C p " "${commands[@]}"
expect "commands after --now TIME" "$tmp" "hwk --now 2026-11-23T20:15 " "${commands[@]}"
expect_has "global options" "$tmp" "hwk -" -C --color --now --version --help
expect "--color values" "$tmp" "hwk --color " auto always never
expect "--color=VALUE" "$tmp" "hwk --color=a" auto always
expect_has "-C directories" "$tmp" "hwk -C " p solo
expect "-C directory prefix" "$tmp" "hwk -C so" solo

# Subcommands and each command's options.
expect "template subcommands" "$tmp" "hwk -C p template " list show new lint
expect "client subcommands" "$tmp" "hwk -C p client " add link list
expect "client link options" "$tmp" "hwk -C p client link c-0099 --" --branch --help
expect "log option prefix" "$tmp" "hwk -C p log --st" --status
expect_has "log options" "$tmp" "hwk -C p log c-0042 --" --set --reflect --status --reason --at --amends --no-input --edit --draft --help
expect "assign options" "$tmp" "hwk -C p assign --" --id --schedule --at --start --end --goal --why --backup --help
expect "check options" "$tmp" "hwk -C p check -" -q --quiet --help -h
expect "client add options" "$tmp" "hwk -C p client add x --" --name --timezone --help

# Fixed option values.
expect "--format values" "$tmp" "hwk -C p template show thought-record --format " text json
expect "--format=VALUE" "$tmp" "hwk -C p client list --format=j" json
expect "--status values" "$tmp" "hwk -C p log c-0042 thought-record --status " "done" partial skipped
expect "--kind values" "$tmp" "hwk -C p template list --kind " psychoeducation self-monitoring skills-practice exposure behavioural-experiment activity-scheduling safety-plan measure

# Client ids.
expect "clients for assign" "$tmp" "hwk -C p assign " c-0042 c-0043
expect "clients for edit" "$tmp" "hwk -C p edit c-" c-0042 c-0043
expect "clients for session" "$tmp" "hwk -C p session " c-0042 c-0043
expect "clients for log" "$tmp" "hwk -C p log " c-0042 c-0043
expect "clients of the practice -C names" "$tmp" "hwk -C solo edit " c-0007
expect "clients with -CDIR" "$tmp" "hwk -Csolo session " c-0007
expect "clients found from the working directory" "$tmp/p/clients" "hwk edit " c-0042 c-0043
expect "no clients outside a practice" "$tmp" "hwk edit "
expect "global option after the command" "$tmp" "hwk -C p log --color never c-0042 " thought-record breathing

# Template ids.
expect "templates for assign CLIENT" "$tmp" "hwk -C p assign c-0042 " "${templates[@]}"
expect "templates for template show" "$tmp" "hwk -C p template show " "${templates[@]}"
expect "template id prefix" "$tmp" "hwk -C p template show thought-r" thought-record
expect "templates for template new --from" "$tmp" "hwk -C p template new mine --from " "${templates[@]}"

# Assignment ids.
expect "assignments for log CLIENT" "$tmp" "hwk -C p log c-0042 " thought-record breathing
expect "assignments for advance CLIENT" "$tmp" "hwk -C p advance c-0042 " thought-record breathing
expect "steps for advance --to" "$tmp" "hwk -C p advance c-0042 breathing --to " short long
expect_has "advance options" "$tmp" "hwk -C p advance c-0042 breathing --" --to --back --at --note
expect "plan subcommands" "$tmp" "hwk -C p plan " show
expect "clients for plan show" "$tmp" "hwk -C p plan show " c-0042 c-0043
expect "assignments after an option" "$tmp" "hwk -C p log --at 10:30 c-0042 b" breathing
expect "no assignments for a client without any" "$tmp" "hwk -C p log c-0043 "

# Field names for --set.
expect "--set field names" "$tmp" "hwk -C p log c-0042 thought-record --set " "${fields[@]}"
expect "--set field prefix" "$tmp" "hwk -C p log c-0042 thought-record --set emo" "${emo_fields[@]}"
expect "--set after another --set" "$tmp" "hwk -C p log c-0042 thought-record --set situation=work --set si" situation=
expect "--set value is not completed" "$tmp" "hwk -C p log c-0042 thought-record --set situation="

# Forms that leave the client out (a practice with one client).
expect "log: the client or its assignments" "$tmp" "hwk -C solo log " c-0007 thought-record
expect_has "assign: the client or templates" "$tmp" "hwk -C solo assign " c-0007 thought-record
expect "--set fields without the client" "$tmp" "hwk -C solo log thought-record --set " "${fields[@]}"

# due, export and remind.
expect "due options" "$tmp" "hwk -C p due --" --within --format --exit-code --help
expect "export options" "$tmp" "hwk -C p export --" --format --output --force --help
expect "remind options" "$tmp" "hwk -C p remind --" --catch-up --dry-run --format --help
expect "due --format values" "$tmp" "hwk -C p due --format " text json
expect "remind --format values" "$tmp" "hwk -C p remind --format " text json
expect "export --format values" "$tmp" "hwk -C p export c-0042 --format " ics json csv
expect "export --format=VALUE" "$tmp" "hwk -C p export --format=c" csv
expect "clients for due" "$tmp" "hwk -C p due " c-0042 c-0043
expect "clients for due, each once" "$tmp" "hwk -C p due c-0042 " c-0043
expect "clients for due after --within DURATION" "$tmp" "hwk -C p due --within 2h c-" c-0042 c-0043
expect "no clients for the value of --within" "$tmp" "hwk -C p due --within "
expect "summary options" "$tmp" "hwk -C p summary --" --since --until --format --help
expect "summary --format values" "$tmp" "hwk -C p summary --format " text json csv md
expect "summary --since values" "$tmp" "hwk -C p summary --since last-" last-session last-week last-month
expect "clients for summary after --since WHEN" "$tmp" "hwk -C p summary --since 4w c-" c-0042 c-0043
expect "clients for export" "$tmp" "hwk -C p export " c-0042 c-0043
# No argument is left: zsh offers the options instead.
expect "only options after export CLIENT" "$tmp" "hwk -C p export c-0042 " --format --output --force --help -o -h
expect "file prefix for export -o" "$tmp" "hwk -C p export c-0042 -o mi" mine.yaml
expect "file prefix for export --output" "$tmp" "hwk -C p export --output mi" mine.yaml
expect "file prefix for log --draft" "$tmp" "hwk -C p log --draft mi" mine.yaml
expect "only options for remind" "$tmp" "hwk -C p remind " --catch-up --dry-run --format --help -h

# review, feedback and ack.
expect "review options" "$tmp" "hwk -C p review --" --since --until --format --output --force --low-adherence --help
expect "review --format values" "$tmp" "hwk -C p review --format " text md html
expect "clients for review" "$tmp" "hwk -C p review " c-0042 c-0043
expect "clients for today" "$tmp" "hwk -C p today " c-0042 c-0043
expect "only options after today CLIENT" "$tmp" "hwk -C p today c-0042 " --help -h
expect "only options after review CLIENT" "$tmp" "hwk -C p review c-0042 " --since --until --format --output --force --low-adherence --help -o -h
expect "feedback options" "$tmp" "hwk -C p feedback c-0042 --" --text --quality --week --assignment --help
expect "clients for feedback" "$tmp" "hwk -C p feedback " c-0042 c-0043
expect "records for feedback CLIENT" "$tmp" "hwk -C p feedback c-0042 " "${records[@]}"
expect "feedback: the client or its records" "$tmp" "hwk -C solo feedback " c-0007 "${solo_records[@]}"
expect "feedback --quality values" "$tmp" "hwk -C p feedback c-0042 ${records[0]} --quality " 0 1 2 3 4
expect "feedback --week values" "$tmp" "hwk -C p feedback c-0042 --week " this-week last-week
expect "feedback --assignment values" "$tmp" "hwk -C p feedback c-0042 --week last-week --assignment " thought-record breathing
expect "feedback --assignment of the implied client" "$tmp" "hwk -C solo feedback --week last-week --assignment " thought-record
expect "ack options" "$tmp" "hwk -C p ack c-0042 --" --note --help
expect "clients for ack" "$tmp" "hwk -C p ack " c-0042 c-0043
expect "records for ack CLIENT" "$tmp" "hwk -C p ack c-0042 " "${records[@]}"
expect "ack: the client or its records" "$tmp" "hwk -C solo ack " c-0007 "${solo_records[@]}"
expect "no value offered for ack --note" "$tmp" "hwk -C p ack c-0042 ${records[0]} --note "

# Options, subcommands and option values as --help lists them (tests/system/lib/completion_cases.bash).
expect_help_cases "$tmp"

# Files.
expect_has "files for template lint" "$tmp" "hwk -C p template lint " mine.yaml
expect "file prefix for check" "$tmp" "hwk -C p check mi" mine.yaml

# Run every case in one zsh, then compare.
for i in "${!lines[@]}"; do printf '%s\t%s\n' "${dirs[i]}" "${lines[i]}"; done >"$tmp/cases"
if ! ZT_FPATH=$COMPLETIONS timeout 300 zsh -f "$tmp/driver.zsh" "$tmp/init.zsh" "$tmp/out" "$tmp/cases" \
    >"$tmp/results" 2>"$tmp/driver.err"; then
    not_ok "zsh completes every line" "$(cat "$tmp/driver.err")"
fi
mkdir "$tmp/got"
awk -v dir="$tmp/got" '/^== [0-9]+$/ { f = dir "/" $2; printf "" > f; next } f { print > f }' "$tmp/results"

for i in "${!lines[@]}"; do
    n=$((i + 1)) label="${labels[i]}: '${lines[i]}'" want=${wants[i]}
    if [[ ! -f $tmp/got/$n ]]; then
        not_ok "$label" "no result"
        continue
    fi
    # Directories may come with their '/'.
    got=$(sed 's,/$,,; /^$/d' "$tmp/got/$n" | sort -u)
    if [[ ${kinds[i]} == exact ]]; then
        if [[ $got == "$want" ]]; then ok "$label"; else not_ok "$label" "expected: $(oneline "$want")" "got:      $(oneline "$got")"; fi
    else
        missing=$(comm -23 <(echo "$want") <(echo "$got"))
        if [[ -z $missing ]]; then ok "$label"; else not_ok "$label" "missing: $(oneline "$missing")" "got:     $(oneline "$got")"; fi
    fi
done

finish
