# fish completion for hwk. Installed in share/fish/vendor_completions.d; or copy it to
# ~/.config/fish/completions/hwk.fish.
#
# Static parts (commands, options, fixed option values) are written out here; client ids,
# template ids, assignment ids, field names and record ids come from the hidden `hwk _complete` helper,
# run with the -C DIR given earlier on the line.

# Options that read the next word as their value (the global ones are accepted after the
# command too).
set -g __hwk_value_options -C --color --now --timezone --name --format --kind --modality --from --lang --max-grade \
    --id --schedule --at --start --end --goal --why --backup \
    --set --reflect --status --reason --amends --note \
    --within --catch-up --output -o --draft --since --until \
    --text --quality --week --assignment --low-adherence

# Reads the tokens before the cursor into __hwk_prog, __hwk_dir, __hwk_cmd, __hwk_sub and
# __hwk_args (positional arguments of the command), and __hwk_expect (an option waiting for
# its value).
function __hwk_parse
    set -g __hwk_prog hwk
    set -g __hwk_dir
    set -g __hwk_cmd
    set -g __hwk_sub
    set -g __hwk_args
    set -g __hwk_expect
    set -l tokens (commandline -opc)
    if string match -q -- '*/*' $tokens[1]
        set __hwk_prog (string replace -r -- '^~(?=/|$)' $HOME $tokens[1])
    end
    set -e tokens[1]
    set -l only_args
    for t in $tokens
        if test -n "$__hwk_expect"
            if test "$__hwk_expect" = -C
                set __hwk_dir (string replace -r -- '^~(?=/|$)' $HOME $t)
            end
            set __hwk_expect
            continue
        end
        if test -z "$only_args"
            if test "$t" = --
                set only_args 1
                continue
            else if test "$t" = -C
                set __hwk_expect -C
                continue
            else if string match -q -- '-C?*' $t
                set __hwk_dir (string replace -r -- '^-C' '' $t | string replace -r -- '^~(?=/|$)' $HOME)
                continue
            else if string match -q -- '--*=*' $t
                continue
            else if string match -q -- '-?*' $t
                contains -- $t $__hwk_value_options; and set __hwk_expect $t
                continue
            end
        end
        if test -z "$__hwk_cmd"
            set __hwk_cmd $t
        else if contains -- $__hwk_cmd client template plan; and test -z "$__hwk_sub"
            set __hwk_sub $t
        else
            set -a __hwk_args $t
        end
    end
end

# hwk _complete WHAT [ARG…], with the -C DIR of the line; prints nothing on failure.
function __hwk_call
    if test -n "$__hwk_dir"
        $__hwk_prog -C $__hwk_dir _complete $argv 2>/dev/null </dev/null
    else
        $__hwk_prog _complete $argv 2>/dev/null </dev/null
    end
end

function __hwk_is_client -a id
    test -n "$id"; and contains -- $id (__hwk_call clients)
end

# Conditions.
function __hwk_needs_command
    __hwk_parse
    test -z "$__hwk_cmd"
end

# __hwk_using CMD [SUB]: the command (and subcommand) on the line are CMD (and SUB).
function __hwk_using
    __hwk_parse
    test "$__hwk_cmd" = "$argv[1]"; or return 1
    test (count $argv) -lt 2; or test "$__hwk_sub" = "$argv[2]"
end

# __hwk_needs_sub CMD: CMD is on the line, without its subcommand yet.
function __hwk_needs_sub
    __hwk_parse
    test "$__hwk_cmd" = "$argv[1]"; and test -z "$__hwk_sub"
end

# __hwk_arg N CMD [SUB]: the word being completed is positional argument N of CMD [SUB].
function __hwk_arg
    set -l n $argv[1]
    __hwk_using $argv[2..-1]; or return 1
    test -z "$__hwk_expect"; or return 1
    test (count $__hwk_args) -eq (math $n - 1)
end

# Candidates.

# __hwk_described DESCRIPTION WORD…: the words with a description, for complete -a.
function __hwk_described -a description
    for w in $argv[2..-1]
        printf '%s\t%s\n' $w $description
    end
end
function __hwk_clients
    __hwk_parse
    __hwk_call clients
end

function __hwk_templates
    __hwk_parse
    __hwk_call templates
end

function __hwk_assign_first
    __hwk_parse
    set -l clients (__hwk_call clients)
    __hwk_described client $clients
    # With a single client, `hwk assign TEMPLATE` names the template directly.
    if test (count $clients) -eq 1
        __hwk_described template (__hwk_call templates)
    end
end

function __hwk_assign_second
    __hwk_parse
    __hwk_is_client $__hwk_args[1]; and __hwk_call templates
end

# Clients for `due`, each once.
function __hwk_due_clients
    __hwk_parse
    for c in (__hwk_call clients)
        contains -- $c $__hwk_args; or echo $c
    end
end

function __hwk_log_first
    __hwk_parse
    # A client, or (client left out) an assignment of the implied client.
    __hwk_described client (__hwk_call clients)
    __hwk_described assignment (__hwk_call assignments)
end

function __hwk_log_second
    __hwk_parse
    __hwk_is_client $__hwk_args[1]; and __hwk_call assignments $__hwk_args[1]
end

# The first argument of `feedback` and `ack`.
function __hwk_feedback_first
    __hwk_parse
    # A client, or (client left out) a record of the implied client.
    __hwk_described client (__hwk_call clients)
    __hwk_described record (__hwk_call records)
end

function __hwk_feedback_second
    __hwk_parse
    __hwk_is_client $__hwk_args[1]; and __hwk_call records $__hwk_args[1]
end

# Assignments for `feedback [CLIENT] --week … --assignment`.
function __hwk_feedback_assignments
    __hwk_parse
    if __hwk_is_client $__hwk_args[1]
        __hwk_call assignments $__hwk_args[1]
    else
        __hwk_call assignments
    end
end

# Step ids for `advance … --to`.
function __hwk_steps
    __hwk_parse
    if test (count $__hwk_args) -ge 2
        __hwk_call steps $__hwk_args[1] $__hwk_args[2]
    else if test (count $__hwk_args) -eq 1; and not __hwk_is_client $__hwk_args[1]
        __hwk_call steps $__hwk_args[1]
    end
end

# FIELD= for `log … --set`.
function __hwk_fields
    __hwk_parse
    set -l client
    set -l assignment
    if test (count $__hwk_args) -ge 2
        set client $__hwk_args[1]
        set assignment $__hwk_args[2]
    else if test (count $__hwk_args) -eq 1; and not __hwk_is_client $__hwk_args[1]
        # `hwk log ASSIGNMENT`: the implied client, which `_complete` picks for a non-id.
        set client ''
        set assignment $__hwk_args[1]
    else
        return
    end
    # Only the field's name: a value after '=' is the user's.
    string replace -r -- '^--set=' '' (commandline -ct) | string match -q -- '*=*'; and return
    for f in (__hwk_call fields $client $assignment)
        printf '%s=\tfield\n' $f
    end
end

complete -c hwk -f

# Global options.
complete -c hwk -n __hwk_needs_command -s C -x -a '(__fish_complete_directories (commandline -ct))' -d 'Run as if hwk was started in DIR'
complete -c hwk -n __hwk_needs_command -l color -x -a 'auto always never' -d 'Colour output'
complete -c hwk -n __hwk_needs_command -l now -x -d 'Take TIME as the current time'
complete -c hwk -n __hwk_needs_command -l version -d 'Print the version and exit'
complete -c hwk -s h -l help -d 'Print help and exit'

# Commands.
complete -c hwk -n __hwk_needs_command -a init -d 'Create a practice repository'
complete -c hwk -n __hwk_needs_command -a client -d 'Add and list clients'
complete -c hwk -n __hwk_needs_command -a template -d 'Browse, copy and validate activity templates'
complete -c hwk -n __hwk_needs_command -a assign -d "Add an assignment to a client's plan"
complete -c hwk -n __hwk_needs_command -a edit -d "Edit a client's plan in your editor"
complete -c hwk -n __hwk_needs_command -a log -d 'Record a practice, its ratings and a reflection'
complete -c hwk -n __hwk_needs_command -a session -d 'Record that a session took place'
complete -c hwk -n __hwk_needs_command -a advance -d 'Move a graded assignment to its next step (or another)'
complete -c hwk -n __hwk_needs_command -a plan -d "Show a client's plan, its steps and progress"
complete -c hwk -n __hwk_needs_command -a due -d 'Show overdue, due and upcoming practice'
complete -c hwk -n __hwk_needs_command -a summary -d 'Adherence per client and assignment'
complete -c hwk -n __hwk_needs_command -a review -d 'The session-prep report since the last session'
complete -c hwk -n __hwk_needs_command -a today -d "The client's view: today's practice and the clinician's feedback"
complete -c hwk -n __hwk_needs_command -a feedback -d 'Give feedback on a practice record or a week'
complete -c hwk -n __hwk_needs_command -a ack -d "Acknowledge a record's risk flag: you have seen it"
complete -c hwk -n __hwk_needs_command -a export -d "Export a client's calendar or data"
complete -c hwk -n __hwk_needs_command -a remind -d 'Give the reminders whose time has come (for cron)'
complete -c hwk -n __hwk_needs_command -a check -d 'Validate templates, plans and logs'
complete -c hwk -n __hwk_needs_command -a hooks -d 'Install git hooks that keep files owner-only'

# init [DIR]
complete -c hwk -n '__hwk_using init' -l timezone -x -d 'Default time zone for new clients'
complete -c hwk -n '__hwk_arg 1 init' -a '(__fish_complete_directories (commandline -ct))'

# client add|link|list
complete -c hwk -n '__hwk_needs_sub client' -a add -d 'Add a client directory with an empty plan'
complete -c hwk -n '__hwk_needs_sub client' -a link -d "Link a client's own git repository into the practice"
complete -c hwk -n '__hwk_needs_sub client' -a list -d 'List clients'
complete -c hwk -n '__hwk_using client add' -l name -x -d 'Display name or pseudonym'
complete -c hwk -n '__hwk_using client add' -l timezone -x -d 'IANA time zone'
complete -c hwk -n '__hwk_using client list' -l format -x -a 'text json' -d 'Output format'
complete -c hwk -n '__hwk_using client link' -l branch -x -d 'The branch to follow'

# template list|show|new|lint
complete -c hwk -n '__hwk_needs_sub template' -a list -d 'List the templates available to this practice'
complete -c hwk -n '__hwk_needs_sub template' -a show -d 'Show a template as a client would read it'
complete -c hwk -n '__hwk_needs_sub template' -a new -d 'Create a template in the practice, to adapt'
complete -c hwk -n '__hwk_needs_sub template' -a lint -d 'Validate template files'
complete -c hwk -n '__hwk_using template list' -l kind -x -a 'psychoeducation self-monitoring skills-practice exposure behavioural-experiment activity-scheduling safety-plan' -d 'Only templates of this kind'
complete -c hwk -n '__hwk_using template list' -l modality -x -d 'Only templates for this modality'
complete -c hwk -n '__hwk_using template list' -l format -x -a 'text json' -d 'Output format'
complete -c hwk -n '__hwk_using template show' -l format -x -a 'text json' -d 'Output format'
complete -c hwk -n '__hwk_using template show' -l lang -x -a 'en es fr' -d 'Show the translation into this language'
complete -c hwk -n '__hwk_using template lint' -l max-grade -x -d 'Warn above this reading grade'
complete -c hwk -n '__hwk_arg 1 template show' -a '(__hwk_templates)' -d template
complete -c hwk -n '__hwk_using template new' -l from -x -a '(__hwk_templates)' -d 'Start from a copy of this template'
complete -c hwk -n '__hwk_using template lint' -F

# assign [CLIENT] TEMPLATE
complete -c hwk -n '__hwk_using assign' -l id -x -d 'Assignment id'
complete -c hwk -n '__hwk_using assign' -l schedule -x -d 'When, in plain words'
complete -c hwk -n '__hwk_using assign' -l at -x -d 'Local time of day HH:MM'
complete -c hwk -n '__hwk_using assign' -l start -x -d 'First day, YYYY-MM-DD'
complete -c hwk -n '__hwk_using assign' -l end -x -d 'Last day, YYYY-MM-DD'
complete -c hwk -n '__hwk_using assign' -l goal -x -d 'The goal this assignment serves'
complete -c hwk -n '__hwk_using assign' -l why -x -d 'The rationale'
complete -c hwk -n '__hwk_using assign' -l backup -x -d 'The backup plan'
complete -c hwk -n '__hwk_arg 1 assign' -a '(__hwk_assign_first)'
complete -c hwk -n '__hwk_arg 2 assign' -a '(__hwk_assign_second)' -d template

# edit [CLIENT]
complete -c hwk -n '__hwk_arg 1 edit' -a '(__hwk_clients)' -d client

# log [CLIENT] ASSIGNMENT
complete -c hwk -n '__hwk_using log' -l set -x -a '(__hwk_fields)' -d "A field's value"
complete -c hwk -n '__hwk_using log' -l reflect -x -d 'The reflection'
complete -c hwk -n '__hwk_using log' -l status -x -a 'done partial skipped' -d 'How it went'
complete -c hwk -n '__hwk_using log' -l reason -x -d 'Why it was skipped or partial'
complete -c hwk -n '__hwk_using log' -l at -x -d 'When it happened'
complete -c hwk -n '__hwk_using log' -l amends -x -d 'Id of an earlier record this one corrects'
complete -c hwk -n '__hwk_using log' -l no-input -d 'Never prompt'
complete -c hwk -n '__hwk_using log' -l edit -d 'Write the record in $VISUAL/$EDITOR'
complete -c hwk -n '__hwk_using log' -l draft -r -F -d 'Record a draft kept after a failed save'
complete -c hwk -n '__hwk_arg 1 log' -a '(__hwk_log_first)'
complete -c hwk -n '__hwk_arg 2 log' -a '(__hwk_log_second)' -d assignment

# session [CLIENT]
complete -c hwk -n '__hwk_using session' -l at -x -d 'When the session took place'
complete -c hwk -n '__hwk_using session' -l note -x -d 'A short note'
complete -c hwk -n '__hwk_arg 1 session' -a '(__hwk_clients)' -d client

# advance [CLIENT] ASSIGNMENT
complete -c hwk -n '__hwk_using advance' -l to -x -a '(__hwk_steps)' -d 'Move to this step'
complete -c hwk -n '__hwk_using advance' -l back -d 'Move back to the step before'
complete -c hwk -n '__hwk_using advance' -l at -x -d 'When the new step begins'
complete -c hwk -n '__hwk_using advance' -l note -x -d 'Why the step changed'
complete -c hwk -n '__hwk_arg 1 advance' -a '(__hwk_log_first)'
complete -c hwk -n '__hwk_arg 2 advance' -a '(__hwk_log_second)' -d assignment

# plan show [CLIENT]
complete -c hwk -n '__hwk_needs_sub plan' -a show -d 'Print the plan: goals, assignments, steps and progress'
complete -c hwk -n '__hwk_arg 1 plan show' -a '(__hwk_clients)' -d client

# due [CLIENT…]
complete -c hwk -n '__hwk_using due' -l within -x -d 'Also show what falls due within DURATION'
complete -c hwk -n '__hwk_using due' -l format -x -a 'text json' -d 'Output format'
complete -c hwk -n '__hwk_using due' -l exit-code -d 'Exit 1 when anything is due or overdue'
complete -c hwk -n '__hwk_using due; and test -z "$__hwk_expect"' -a '(__hwk_due_clients)' -d client

# summary [CLIENT…]
complete -c hwk -n '__hwk_using summary' -l since -x -a '4w last-session this-week last-week this-month last-month' -d 'Start of the period'
complete -c hwk -n '__hwk_using summary' -l until -x -a 'this-week last-week this-month last-month' -d 'End of the period'
complete -c hwk -n '__hwk_using summary' -l format -x -a 'text json csv md' -d 'Output format'
complete -c hwk -n '__hwk_using summary; and test -z "$__hwk_expect"' -a '(__hwk_due_clients)' -d client

# today [CLIENT]
complete -c hwk -n '__hwk_arg 1 today' -a '(__hwk_clients)' -d client

# review [CLIENT]
complete -c hwk -n '__hwk_using review' -l since -x -a '4w last-session this-week last-week this-month last-month' -d 'Start of the period'
complete -c hwk -n '__hwk_using review' -l until -x -a 'this-week last-week this-month last-month' -d 'End of the period'
complete -c hwk -n '__hwk_using review' -l format -x -a 'text md html' -d 'Output format'
complete -c hwk -n '__hwk_using review' -s o -l output -r -F -d 'Write to FILE instead of standard output'
complete -c hwk -n '__hwk_using review' -l force -d 'Replace FILE when it exists'
complete -c hwk -n '__hwk_using review' -l low-adherence -x -d 'Suggest an easier task below this percent'
complete -c hwk -n '__hwk_arg 1 review' -a '(__hwk_clients)' -d client

# feedback [CLIENT] RECORD-ID | --week WHEN
complete -c hwk -n '__hwk_using feedback' -l text -x -d 'The feedback (- reads standard input)'
complete -c hwk -n '__hwk_using feedback' -l quality -x -a '0 1 2 3 4' -d 'Your rating of the practice'
complete -c hwk -n '__hwk_using feedback' -l week -x -a 'this-week last-week' -d 'Answer a week of practice'
complete -c hwk -n '__hwk_using feedback' -l assignment -x -a '(__hwk_feedback_assignments)' -d 'With --week: the assignment'
complete -c hwk -n '__hwk_arg 1 feedback' -a '(__hwk_feedback_first)'
complete -c hwk -n '__hwk_arg 2 feedback' -a '(__hwk_feedback_second)' -d record

# ack [CLIENT] RECORD-ID
complete -c hwk -n '__hwk_using ack' -l note -x -d 'What you did about it'
complete -c hwk -n '__hwk_arg 1 ack' -a '(__hwk_feedback_first)'
complete -c hwk -n '__hwk_arg 2 ack' -a '(__hwk_feedback_second)' -d record

# export [CLIENT]
complete -c hwk -n '__hwk_using export' -l format -x -a 'ics json csv' -d 'iCalendar, JSON or CSV'
complete -c hwk -n '__hwk_using export' -s o -l output -r -F -d 'Write to FILE instead of standard output'
complete -c hwk -n '__hwk_using export' -l force -d 'Replace FILE when it exists'
complete -c hwk -n '__hwk_arg 1 export' -a '(__hwk_clients)' -d client

# remind
complete -c hwk -n '__hwk_using remind' -l catch-up -x -d 'Also give reminders missed by up to DURATION'
complete -c hwk -n '__hwk_using remind' -l dry-run -d 'Show what would be given, without recording it'
complete -c hwk -n '__hwk_using remind' -l format -x -a 'text json' -d 'Output format'

# check [PATH…]
complete -c hwk -n '__hwk_using check' -s q -l quiet -d 'Print nothing; only set the exit status'
complete -c hwk -n '__hwk_using check' -F
