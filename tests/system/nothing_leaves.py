#!/usr/bin/env python3
"""System test: nothing leaves the machine.

1. No network. Every command hwk has (taken from `hwk --help`, so a new one cannot be missed) runs
   under `strace -f -e trace=%network`: no socket is made, no connection, nothing is sent. Then
   each runs again in a network namespace with no network at all (`unshare -rn`) and must give
   the same output and exit status as on the machine, so nothing it does depends on a network.
   Fault injected: the network taken away. Either part is skipped, with a message, when this
   machine forbids ptrace or unprivileged namespaces.
2. No clinical content in reminders and calendars. Records carry marker words in a text field, a
   reflection, a reason and a session note, and the plan a rationale and a goal. `hwk remind` (text
   and JSON), `hwk due` and `hwk export --format ics` must show none of them; the data exports a
   person asks for explicitly (`--format json|csv`) do carry them, so the test is not vacuous.
   One record (a DBT diary card, its marker words in its notes and reflection) raises a risk flag:
   `hwk remind --dry-run` says "c-0042: 1 record needs your attention" and still nothing more.
"""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import HWK, check, finish, hwk, recorded_id, require_hwk, skip, workspace  # noqa: E402

RECORD_ID = re.compile(r"\b[0-7][0-9A-HJKMNP-TV-Z]{25}\b")
SECRETS = {"value": "SECRET-VALUE", "reflection": "SECRET-REFLECTION", "reason": "SECRET-REASON",
           "note": "SECRET-NOTE", "rationale": "SECRET-WHY", "goal": "SECRET-GOAL"}
FLAGGED = None  # the id of the record that raises a risk flag


def listed_commands(env):
    """The command names `hwk --help` lists."""
    out = hwk(["--help"], "/", env).stdout
    section = out.split("SUBCOMMANDS:", 1)[-1] if "SUBCOMMANDS:" in out else out.split("Subcommands:", 1)[-1]
    return [m.group(1) for m in re.finditer(r"(?m)^  ([a-z][a-z-]*)\s", section)]


def practice(tmp, env):
    root = os.path.join(tmp, "practice")
    steps = [
        ["init", root, "--timezone", "Europe/Berlin"],
        ["client", "add", "c-0042", "--name", "Alex"],
        ["assign", "c-0042", "thought-record", "--schedule", "daily", "--at", "20:00", "--start", "2026-11-16",
         "--why", SECRETS["rationale"], "--goal", SECRETS["goal"]],
        ["log", "c-0042", "thought-record", "--at", "2026-11-20T20:10", "--set", f"situation={SECRETS['value']}",
         "--set", "emotions=anxious", "--set", "emotion_before=70", "--set", f"hot_thought={SECRETS['value']}",
         "--reflect", SECRETS["reflection"], "--no-input"],
        ["log", "c-0042", "thought-record", "--at", "2026-11-21T20:10", "--status", "skipped",
         "--reason", SECRETS["reason"], "--no-input"],
        ["session", "c-0042", "--at", "2026-11-17T10:00", "--note", SECRETS["note"]],
    ]
    for args in steps:
        r = hwk(args, tmp if args[0] == "init" else root, env)
        check(r.returncode == 0, f"hwk {' '.join(args[:3])}", r.stderr)
    # Graded steps, so that advance has a step to move to.
    with open(os.path.join(root, "clients", "c-0042", "plan.toml"), "a") as f:
        f.write('[[assignments.steps]]\ntitle = "First"\n[[assignments.steps]]\ntitle = "Second"\n')
    # A card that meets the DBT diary card's risk conditions (Thoughts of suicide 4 or more,
    # self-harm yes): it raises a flag for `ack` to clear and `remind` to count.
    global FLAGGED
    risky = [
        ["assign", "c-0042", "dbt-diary-card", "--schedule", "daily", "--at", "21:00", "--start", "2026-11-16"],
        ["log", "c-0042", "dbt-diary-card", "--at", "2026-11-22T21:30", "--set", "urge_self_harm=2", "--set", "urge_suicide=5",
         "--set", "urge_substances=0", "--set", "action_self_harm=yes", "--set", "action_suicide=no",
         "--set", "action_substances=no", "--set", f"notes={SECRETS['value']}", "--reflect", SECRETS["reflection"],
         "--no-input"],
    ]
    for args in risky:
        r = hwk(args, root, env)
        check(r.returncode == 0, f"hwk {' '.join(args[:3])}", r.stderr)
        if args[0] == "log":
            FLAGGED = recorded_id(r.stdout)
    check(FLAGGED is not None, "the risky diary card's record id is known", FLAGGED)
    # A git repository, as a practice is, so that `hwk hooks` has one to set up.
    r = subprocess.run(["git", "init", "-q", root], capture_output=True, text=True)
    check(r.returncode == 0, "git init in the practice", r.stderr)
    return root


def runs(root, tmp, env):
    """One run of every command, as (name, args, cwd); each in a fresh copy of the practice."""
    return [
        ("init", ["init", "new-practice"], tmp),
        ("client", ["client", "list"], root),
        ("client", ["client", "add", "c-0099"], root),
        ("template", ["template", "list"], root),
        ("template", ["template", "show", "thought-record", "--format", "json"], root),
        ("assign", ["assign", "c-0042", "paced-breathing"], root),
        ("edit", ["edit", "c-0042"], root),
        ("log", ["log", "c-0042", "thought-record", "--set", "situation=x", "--set", "emotions=sad", "--set",
                 "emotion_before=10", "--set", "hot_thought=y", "--at", "2026-11-22T20:00", "--no-input"], root),
        ("session", ["session", "c-0042", "--at", "2026-11-22T10:00"], root),
        ("advance", ["advance", "c-0042", "thought-record"], root),
        ("plan", ["plan", "show", "c-0042"], root),
        ("review", ["review", "c-0042", "--format", "html", "-o", "review.html"], root),
        ("feedback", ["feedback", "c-0042", "--week", "this-week", "--assignment", "thought-record", "--text", "Good"], root),
        ("ack", ["ack", "c-0042", FLAGGED or "no-record", "--note", "called, safe"], root),
        ("due", ["due", "--format", "json"], root),
        ("summary", ["summary", "--since", "2026-11-16"], root),
        ("export", ["export", "c-0042", "--format", "ics"], root),
        ("remind", ["remind"], root),
        ("check", ["check"], root),
        ("today", ["today", "c-0042"], root),
        ("hooks", ["hooks"], root),
        ("_complete", ["_complete", "clients"], root),
    ]


def fresh(root, tmp, n):
    """A copy of the practice for one run, so runs do not see each other's writes."""
    copy = os.path.join(tmp, f"run-{n}")
    shutil.copytree(root, os.path.join(copy, "practice"), symlinks=True)
    return copy


def no_network(root, tmp, env):
    names = listed_commands(env)
    plan = runs(root, tmp, env)
    check(set(names) <= {name for name, _, _ in plan}, f"every command hwk --help lists is run ({', '.join(names)})",
          sorted(set(names) - {name for name, _, _ in plan}))
    env = dict(env, VISUAL="true", ASAN_OPTIONS=os.environ.get("ASAN_OPTIONS", "") + ":detect_leaks=0")

    strace = shutil.which("strace")
    traced = strace and subprocess.run([strace, "-f", "-qq", "-o", os.devnull, "true"], capture_output=True).returncode == 0
    netns = shutil.which("unshare") and subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0
    if not traced:
        skip("no network call under strace", "strace is missing or this machine forbids ptrace")
    if not netns:
        skip("same behaviour without a network", "this machine does not allow unprivileged namespaces (unshare -rn)")

    def in_copy(n, kind, where):
        base = fresh(root, tmp, f"{n}-{kind}")
        return base, (base if where == tmp else os.path.join(base, os.path.relpath(where, tmp)))

    def normalised(r, base):  # record ids are random; paths name the copy
        return (r.returncode,) + tuple(RECORD_ID.sub("ID", t.replace(base, "BASE")) for t in (r.stdout, r.stderr))

    for n, (name, args, where) in enumerate(plan):
        label = "hwk " + " ".join(args[:3])
        base, cwd = in_copy(n, "plain", where)
        plain = subprocess.run([HWK] + args, cwd=cwd, env=env, capture_output=True, text=True)
        check(plain.returncode == 0, f"{label} runs", plain.stderr)
        if traced:
            _, cwd = in_copy(n, "strace", where)
            trace = os.path.join(tmp, f"trace-{n}")
            subprocess.run([strace, "-f", "-qq", "-e", "trace=%network", "-o", trace, HWK] + args, cwd=cwd, env=env,
                           capture_output=True)
            with open(trace) as f:
                calls = [line for line in f if re.search(r"\b(socket|connect|sendto|sendmsg|bind|listen)\(", line)]
            check(not calls, f"{label}: no socket, connect, bind or send under strace", "".join(calls[:5]))
        if netns:
            isolated_base, cwd = in_copy(n, "netns", where)
            isolated = subprocess.run(["unshare", "-rn", HWK] + args, cwd=cwd, env=env, capture_output=True, text=True)
            a, b = normalised(plain, base), normalised(isolated, isolated_base)
            check(a == b, f"{label}: the same without any network (unshare -rn)", f"with: {a}\nwithout: {b}")


def no_clinical_content(root, env):
    def leaks(text):
        return [k for k, v in SECRETS.items() if v in text]

    for args in (["remind", "--dry-run"], ["remind", "--dry-run", "--format", "json"], ["due"], ["due", "--format", "json"],
                 ["export", "c-0042", "--format", "ics"]):
        r = hwk(args, root, env)
        shown = r.stdout + r.stderr
        check(r.returncode == 0 and shown.strip(), f"hwk {' '.join(args)} prints something", shown)
        check(not leaks(shown), f"hwk {' '.join(args)}: no field value, reflection, reason, note, rationale or goal",
              leaks(shown))
    r = hwk(["remind", "--dry-run"], root, env)
    check("Thought record" in r.stdout, "the reminder names the activity by its title", r.stdout)
    attention = [line for line in r.stdout.splitlines() if "needs your attention" in line]
    check(len(attention) == 1 and re.search(r"\bc-0042: 1 record needs your attention$", attention[0].strip()),
          "with a risk flag open, the reminder says 'c-0042: 1 record needs your attention'", r.stdout)
    for args in (["remind", "--dry-run"], ["remind", "--dry-run", "--format", "json"]):
        r = hwk(args, root, env)
        named = [w for w in ("suicide", "self-harm", FLAGGED) if w and w.lower() in r.stdout.lower()]
        check(not named, f"hwk {' '.join(args)}: names no risk field and no record", named)
    for fmt in ("json", "csv"):
        r = hwk(["export", "c-0042", "--format", fmt], root, env)
        asked = {"value", "reflection", "reason"} | ({"note"} if fmt == "json" else set())
        check(asked <= set(leaks(r.stdout)), f"hwk export --format {fmt}, asked for explicitly, carries the data",
              leaks(r.stdout))


def main():
    require_hwk()
    tmp, env = workspace("hwk-nothing-leaves.")
    root = practice(tmp, env)
    no_clinical_content(root, env)
    no_network(root, tmp, env)
    finish()


if __name__ == "__main__":
    main()
