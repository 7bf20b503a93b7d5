#!/usr/bin/env python3
"""System test: text from files is shown, not executed, by every command that prints.

Fault injected: hostile text. A payload of terminal escape sequences (an OSC that retitles the
window, colour, CSI as the one-byte C1 control U+009B), BEL, carriage return, backspace and
bidirectional overrides (the "Trojan Source" characters) is put everywhere text comes from a
person or a file: the client's name (typed at `client add`), a template's title, summary, field
labels, prompts, anchors, options and reflection questions, the assignment's rationale, a record's
reflection, reason and text value, a session's note, a file name in log/, and an unknown key in a
plan. Then every command that prints runs: client list, template list and show, log (its
prompts, on a real pseudo-terminal, and its confirmation), session, due, remind, summary, check
and export, in each of their formats.

Checks: no output holds a byte sequence a terminal would act on (ESC, BEL, CR, BS, C1 controls,
bidi controls; CRLF line ends in iCalendar are the format's own), and the text formats show the
payload in visible form (`\\x1b`, `\\u202e`). Without term_safe in these printers the raw
payload reaches the output and the first check fails.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import Pty, check, exit_code, finish, hwk, require_hwk, workspace  # noqa: E402

# The payload, as Python text; the YAML and TOML below spell the same characters with escapes.
PAYLOAD = "\x1b]0;pwned\x07\x1b[31mRED\x1b[0m\u202eLRO\u2066 \x9b2J\rCR\x08BS"
YAML_PAYLOAD = r'"\e]0;pwned\a\e[31mRED\e[0m\u202eLRO\u2066 \x9b2J\rCR\bBS"'
TOML_PAYLOAD = r'"\u001b]0;pwned\u0007\u001b[31mRED\u001b[0m\u202eLRO\u2066 \u009b2J\rCR\u0008BS"'

# What a terminal acts on. (CR is allowed only as part of CRLF, and only in iCalendar.)
DANGEROUS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

TEMPLATE = f"""# A template whose every text is hostile.
id: hostile
version: 1
title: {YAML_PAYLOAD}
kind: skills-practice
minutes: 10
summary: {YAML_PAYLOAD}
rationale: {YAML_PAYLOAD}
instructions:
  - {YAML_PAYLOAD}
fields:
  - id: level
    type: scale
    label: {YAML_PAYLOAD}
    prompt: {YAML_PAYLOAD}
    min: 0
    max: 10
    anchors: {{0: {YAML_PAYLOAD}, 10: {YAML_PAYLOAD}}}
    required: true
  - id: where
    type: choice
    label: {YAML_PAYLOAD}
    prompt: {YAML_PAYLOAD}
    options:
      - {YAML_PAYLOAD}
      - plain
  - id: notes
    type: text
    label: {YAML_PAYLOAD}
    prompt: {YAML_PAYLOAD}
reflection:
  - {YAML_PAYLOAD}
success: {YAML_PAYLOAD}
"""


def dangerous(text, crlf=False):
    if crlf:  # iCalendar's line ends, or a terminal's (its line discipline turns \n into \r\n)
        text = text.replace("\r\n", "\n")
    m = DANGEROUS.search(text)
    return None if not m else f"{m.group()!r} at {m.start()}: {text[max(0, m.start() - 40):m.start() + 40]!r}"


def main():
    require_hwk()
    tmp, env = workspace("hwk-term-safety.")
    root = os.path.join(tmp, "practice")
    setup = [
        (["init", root, "--timezone", "Europe/Berlin"], tmp),
        (["client", "add", "c-0042", "--name", PAYLOAD], root),
        (["client", "add", "c-0043"], root),
        (["template", "new", "hostile", "--from", "paced-breathing"], root),
    ]
    outputs = {}
    for args, cwd in setup:
        r = hwk(args, cwd, env)
        check(r.returncode == 0, f"hwk {' '.join(args[:3])}", r.stderr)
        outputs[f"hwk {' '.join(a if a != PAYLOAD else 'PAYLOAD' for a in args)}"] = r.stdout + r.stderr
    with open(os.path.join(root, "templates", "hostile.yaml"), "w") as f:
        f.write(TEMPLATE)
    r = hwk(["template", "lint", "templates/hostile.yaml"], root, env)
    outputs["hwk template lint"] = r.stdout + r.stderr
    r = hwk(["assign", "c-0042", "hostile", "--schedule", "daily", "--at", "20:00", "--start", "2026-11-16",
             "--why", PAYLOAD], root, env)
    check(r.returncode == 0, "hwk assign c-0042 hostile --why PAYLOAD", r.stderr)
    outputs["hwk assign"] = r.stdout + r.stderr
    for day in ("2026-11-18", "2026-11-19"):
        r = hwk(["log", "c-0042", "hostile", "--at", f"{day}T20:05", "--set", "level=3", "--set", f"where={PAYLOAD}",
                 "--set", f"notes={PAYLOAD}", "--reflect", PAYLOAD, "--no-input"], root, env)
        check(r.returncode == 0, f"hwk log with the payload in a choice, a text field and the reflection ({day})",
              r.stderr)
        outputs["hwk log"] = r.stdout + r.stderr
    r = hwk(["log", "c-0042", "hostile", "--at", "2026-11-20T20:05", "--status", "skipped", "--reason", PAYLOAD,
             "--no-input"], root, env)
    check(r.returncode == 0, "hwk log --status skipped --reason PAYLOAD", r.stderr)
    r = hwk(["session", "c-0042", "--at", "2026-11-17T10:00", "--note", PAYLOAD], root, env)
    check(r.returncode == 0, "hwk session --note PAYLOAD", r.stderr)
    outputs["hwk session"] = r.stdout + r.stderr
    # A file in log/ whose name is hostile, and a plan with a hostile unknown key: check names them.
    with open(os.path.join(root, "clients", "c-0042", "log", PAYLOAD.replace("/", "_") + ".toml"), "w") as f:
        f.write("")
    with open(os.path.join(root, "clients", "c-0043", "plan.toml"), "a") as f:
        f.write(f"{TOML_PAYLOAD} = 1\n")

    commands = [
        ["client", "list"], ["client", "list", "--format", "json"],
        ["template", "list"], ["template", "show", "hostile"], ["template", "show", "hostile", "--format", "json"],
        ["due"], ["due", "--format", "json"], ["due", "--within", "48h"],
        ["remind", "--dry-run"], ["remind", "--dry-run", "--format", "json"],
        ["summary", "--since", "2026-11-16"], ["summary", "--since", "2026-11-16", "--format", "md"],
        ["summary", "--since", "2026-11-16", "--format", "json"], ["summary", "--since", "2026-11-16", "--format", "csv"],
        ["check"], ["check", "clients/c-0042"],
        ["export", "c-0042", "--format", "ics"], ["export", "c-0042", "--format", "json"],
        ["export", "c-0042", "--format", "csv"],
    ]
    for args in commands:
        r = hwk(args, root, env)
        outputs["hwk " + " ".join(args)] = r.stdout + r.stderr

    # On a terminal: the prompts of hwk log show the template's texts.
    tty = dict(env, TERM="xterm")
    p = Pty(["log", "c-0042", "hostile"], root, tty)
    shown = p.expect(r"RED") is not None and p.expect(r"(?m)^> ") is not None
    p.line("")  # When did you practise? Now.
    p.expect(r"(?m)^> ")
    p.line("11")  # out of range: the error message repeats the label's scale
    p.expect(r"(?m)^> ")
    p.line("4")
    p.expect(r"(?m)^> ")
    p.line("1")  # the hostile option, by its number
    p.expect(r"(?m)^> ")
    p.line("typed notes")  # (what a person types is echoed by the terminal itself, not by hwk)
    p.expect(r"(?m)^> ")
    p.line("")
    status = exit_code(p.wait())
    check(shown and status == 0, "hwk log on a terminal asks with the hostile template and records", p.text[-800:])
    # hwk's own switches for bracketed paste around each answer are the only sequences it may send.
    outputs["hwk log (prompts on a terminal)"] = p.raw.decode("utf-8", "replace").replace("\x1b[?2004h", "").replace("\x1b[?2004l", "")

    # On a terminal, the data exports are made safe too (to a file or a pipe they are exact).
    for fmt in ("json", "csv"):
        p = Pty(["export", "c-0042", "--format", fmt], root, tty)
        p.wait()
        outputs[f"hwk export --format {fmt} (on a terminal)"] = p.raw.decode("utf-8", "replace")

    text_formats = {"client list", "template list", "template show hostile", "due", "due --within 48h",
                    "remind --dry-run", "summary --since 2026-11-16", "summary --since 2026-11-16 --format md", "check",
                    "check clients/c-0042", "log (prompts on a terminal)"}
    # To a pipe or a file, a data export is exact: the person's data, byte for byte.
    exact = outputs.pop("hwk export c-0042 --format csv")
    check("\\x1b]0;pwned\\x07\\x1b[31mRED\\x1b[0m\\u202eLRO" in exact and dangerous(exact, crlf=True) is None,
          "hwk export --format csv to a pipe: no control character, each written as a terminal shows it", exact)
    try:
        data = json.loads(outputs["hwk export c-0042 --format json"])
        reflections = [r["reflection"] for r in data["records"]]
    except (ValueError, KeyError) as e:
        reflections = e
    check(isinstance(reflections, list) and PAYLOAD in reflections,
          "hwk export --format json: escaped, the data reads back exact", reflections)
    for name, out in outputs.items():
        problem = dangerous(out, crlf="ics" in name or "terminal" in name)
        check(problem is None, f"{name}: nothing a terminal would act on", problem)
        if name.removeprefix("hwk ") in text_formats:
            check("RED" in out and ("\\x1b" in out or "\\u202e" in out),
                  f"{name}: the payload is shown in visible form", out[:1500])
    for name in ("hwk due --format json", "hwk summary --since 2026-11-16 --format json", "hwk export c-0042 --format json"):
        try:
            json.loads(outputs[name].split("\n", 1)[0] if "export" not in name else outputs[name])
            ok = True
        except ValueError as e:
            ok = e
        check(ok is True, f"{name}: still valid JSON", ok)
    finish()


if __name__ == "__main__":
    main()
