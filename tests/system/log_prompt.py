#!/usr/bin/env python3
"""System test: the interactive prompt of `hwk log`, driven through a real pseudo-terminal.

A practice is made with the real binary (init, client add, assign); then `hwk log c-0042
paced-breathing` runs on a pty and is answered like a person would: wrong answers, Enter on a
required and on an optional field, a choice by its number, the reflection questions. The record
written is read back with tomllib. Ctrl-C and Ctrl-D in the middle of a run, and runs without a
terminal, must leave nothing behind.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import tomllib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import HWK, TIMEOUT, Pty, check, clean_env, exit_code, failures, finish  # noqa: E402

NOW = "2026-11-23T20:15:00+01:00"


def run(args, cwd, env, **kw):
    return subprocess.run([HWK] + args, cwd=cwd, env=env, capture_output=True, text=True, **kw)


def snapshot(root):
    """Every file and directory under root (except per-machine drafts) with its content."""
    out = {}
    for d, dirs, files in os.walk(root):
        rel = os.path.relpath(d, root)
        if rel.split(os.sep)[:2] == [".hwk", "drafts"]:
            continue
        out[rel + "/"] = None
        for f in files:
            p = os.path.join(d, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, root)] = fh.read()
    return out


def diff_snapshots(before, after):
    lines = []
    for k in sorted(set(before) | set(after)):
        if k not in before:
            lines.append(f"new: {k}")
        elif k not in after:
            lines.append(f"gone: {k}")
        elif before[k] != after[k]:
            lines.append(f"changed: {k}")
    return "\n".join(lines)


def log_files(practice):
    d = os.path.join(practice, "clients", "c-0042", "log")
    if not os.path.isdir(d):
        return []
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".toml"))


def all_records(practice):
    recs = []
    for f in log_files(practice):
        with open(f, "rb") as fh:
            recs += tomllib.load(fh).get("records", [])
    return recs


def main():
    if not HWK or not os.access(HWK, os.X_OK):
        print("HWK is not set to the hwk binary")
        print("0 passed, 1 failed")
        return 1
    tmp = tempfile.mkdtemp(prefix="hwk-log-prompt-")
    try:
        return scenario(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def scenario(tmp):
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    env = clean_env(home, HWK_NOW=NOW, TERM="xterm")
    practice = os.path.join(tmp, "practice")
    r = run(["init", practice], tmp, env)
    check(r.returncode == 0, "hwk init", r.stderr)
    r = run(["client", "add", "c-0042", "--timezone", "Europe/Berlin"], practice, env)
    check(r.returncode == 0, "hwk client add c-0042 --timezone Europe/Berlin", r.stderr)
    r = run(["assign", "c-0042", "paced-breathing"], practice, env)
    check(r.returncode == 0, "hwk assign c-0042 paced-breathing", r.stderr)
    if failures():
        finish()

    # ---------------------------------------------------------------- a full interactive record
    p = Pty(["log", "c-0042", "paced-breathing"], practice, env)
    check(p.expect(r"Paced breathing") is not None, "prompt shows the template's title", p.text)
    check(p.expect(r"When did you practise\?") is not None and p.prompt() is not None, "asks first when it happened", p.text)
    p.line("")  # now

    # tension_before: required 0–10 scale with anchors
    m = p.expect(r"Tension before")
    check(m is not None, "asks the first field by its label", p.text)
    check(p.expect(r"How tense or anxious did you feel before you started, from 0 to 10\?") is not None,
          "shows the field's prompt text", p.text)
    block = p.since_mark()
    check(p.prompt() is not None, "waits for an answer with a '> ' prompt", p.text)
    block = p.text[m.start():p.mark]
    for anchor in ("fully calm", "medium", "the most tense I can imagine"):
        check(anchor in block, f"shows the scale anchor '{anchor}' before the first answer", block)
    check("required" in block.lower(), "marks the required field as required", block)

    p.line("11")
    m = p.prompt()
    said = p.text[p.text.rfind("11", 0, p.mark):p.mark] if m else p.text
    check(m is not None and re.search(r"11.*(outside|0 to 10)", said) is not None,
          "11 on a 0-10 scale is refused with a message and asked again", said)

    start = p.mark
    p.line("abc")
    m = p.prompt()
    said = p.text[start:p.mark]
    check(m is not None and "abc" in said and "number" in said,
          "'abc' on a scale is refused with a message and asked again", said)

    start = p.mark
    p.line("")
    m = p.prompt()
    said = p.text[start:p.mark]
    check(m is not None and re.search(r"need|required", said) is not None and "Tension after" not in said,
          "Enter on a required field is asked again with a message", said)

    start = p.mark
    p.line("7")
    m = p.expect(r"Tension after")
    check(m is not None, "a valid answer moves on to the next field", p.text[start:])

    # tension_after: optional → Enter skips it
    check(p.prompt() is not None, "asks the optional field", p.text[start:])
    block = p.text[m.start():p.mark]
    check(re.search(r"optional|Enter to skip", block) is not None, "marks the optional field as optional", block)
    start = p.mark
    p.line("")
    m = p.expect(r"Time practised")
    check(m is not None, "Enter on an optional field skips it", p.text[start:])

    # time_practised: required duration; a wrong one is re-asked
    p.prompt()
    start = p.mark
    p.line("ten minutes")
    m = p.prompt()
    said = p.text[start:p.mark]
    check(m is not None and "duration" in said and "Place" not in said,
          "an invalid duration is refused with a message and asked again", said)
    start = p.mark
    p.line("2h")
    m = p.prompt()
    said = p.text[start:p.mark]
    check(m is not None and "Place" not in said and re.search(r"longer|maximum|1h", said) is not None,
          "a duration above the field's maximum (1h) is refused and asked again", said)
    p.line("10m")

    # place: a choice answered by its number
    m = p.expect(r"Place")
    check(m is not None, "asks the choice field", p.text[start:])
    check(p.expect(r"Where did you practise\?") is not None, "shows the choice's prompt", p.text[start:])
    p.prompt()
    block = p.text[m.start():p.mark]
    check("at home" in block and "on the bus or train" in block, "lists the choice's options", block)
    start = p.mark
    p.line("9")
    m = p.prompt()
    said = p.text[start:p.mark]
    check(m is not None and "Hard to keep pace" not in said and "9" in said,
          "a choice number out of range is refused and asked again", said)
    start = p.mark
    p.line("2")  # 2 = "in bed"

    # hard_to_pace: yes/no
    m = p.expect(r"Hard to keep pace")
    check(m is not None, "a choice answered by its number is taken", p.text[start:])
    p.prompt()
    start = p.mark
    p.line("maybe")
    m = p.prompt()
    said = p.text[start:p.mark]
    check(m is not None and "yes or no" in said, "'maybe' for yes/no is refused with a message", said)
    p.line("y")

    # reflection questions
    m = p.expect(r"What did you notice in your body as you slowed your breathing\?")
    check(m is not None, "asks the first reflection question", p.text[start:])
    p.prompt()
    # (A Latin-1 byte typed at a text prompt: line_editing.py, with and without the line editor.)
    start = p.mark
    reflection1 = 'My shoulders dropped; I felt "warm" \\ heavy'
    p.line("  " + reflection1 + "  ")
    m = p.expect(r"What made it easier or harder to keep the pace\?")
    check(m is not None, "asks the second reflection question", p.text[start:])
    p.prompt()
    reflection2 = "Counting out loud — it helped ✓"
    p.line(reflection2)

    st = p.wait()
    out = p.text
    check(exit_code(st) == 0, "the prompted record exits 0", f"status {exit_code(st)}\n{out[-2000:]}")
    m = re.search(r"recorded paced-breathing \(done\) for c-0042 at (\S+) as ([0-9A-Z]{26})", out)
    check(m is not None, "confirms the record with its id", out[-1000:])
    rec_id = m.group(2) if m else None

    files = log_files(practice)
    check(len(files) == 1, "one log file was written", files)
    recs = all_records(practice)
    check(len(recs) == 1, "the log holds exactly one record", recs)
    rec = recs[0] if recs else {}
    check(rec.get("id") == rec_id, "the record has the id hwk printed", (rec.get("id"), rec_id))
    check(rec.get("assignment") == "paced-breathing" and rec.get("template") == "paced-breathing",
          "the record names the assignment and template", rec)
    check(rec.get("status") == "done", "the record's status is done", rec.get("status"))
    at = rec.get("at")
    check(hasattr(at, "utcoffset") and at.isoformat() == "2026-11-23T20:15:00+01:00",
          "the record's time is now, in Berlin's offset", at)
    values = rec.get("values", {})
    check(values.get("tension_before") == 7 and type(values.get("tension_before")) is int,
          "tension_before = 7 (an integer)", values)
    check("tension_after" not in values, "the skipped optional field is absent", values)
    check(values.get("time_practised") == "10m", "time_practised = \"10m\"", values)
    check(values.get("place") == "in bed", "choice answered with 2 is stored as its option 'in bed'", values)
    check(values.get("hard_to_pace") is True, "yes/no answered 'y' is stored as true", values)
    check(set(values) == {"tension_before", "time_practised", "place", "hard_to_pace"},
          "no other values were stored", values)
    refl = rec.get("reflection", "")
    check(reflection1 in refl and reflection2 in refl, "the reflection holds both answers as typed", repr(refl))
    check(not refl.startswith(" ") and not refl.endswith(" "), "the reflection is trimmed", repr(refl))

    # ---------------------------------------------------------------- no assignment named: asked
    before = snapshot(practice)
    p = Pty(["log", "c-0042"], practice, env)
    check(p.expect(r"What would you like to record\?") is not None, "hwk log CLIENT asks which assignment", p.text)
    check(p.expect(r"1\. Paced breathing \(paced-breathing\)") is not None, "and lists the client's assignments by title", p.text)
    p.prompt()
    p.line("7")
    check(p.expect(r"Please type a number from 1 to 1\.") is not None, "a number out of the list is asked again", p.text[-300:])
    p.prompt()
    p.line("1")
    check(p.expect(r"When did you practise\?") is not None, "choosing 1 goes on to that assignment's questions", p.text[-300:])
    p.prompt()
    p.send("\x03")
    st = p.wait(timeout=5)
    check(st is not None, "Ctrl-C after choosing ends the process", p.text[-300:])
    check(snapshot(practice) == before, "choosing and leaving writes nothing", diff_snapshots(before, snapshot(practice)))

    # ---------------------------------------------------------------- Ctrl-C in the middle
    before = snapshot(practice)
    log_before = {f: open(f, "rb").read() for f in log_files(practice)}
    p = Pty(["log", "c-0042", "paced-breathing"], practice, env)
    p.expect(r"When did you practise")
    p.prompt()
    p.line("")
    p.expect(r"Tension before")
    p.prompt()
    p.line("3")
    p.expect(r"Tension after")
    p.prompt()
    p.line("2")
    p.expect(r"Time practised")
    p.prompt()
    p.send("\x03")
    st = p.wait(timeout=5)
    code = exit_code(st)
    check(st is not None, "Ctrl-C ends the process (no hang)", p.text[-500:])
    check(code is not None and code != 0, "Ctrl-C does not exit with success", f"status {code}")
    check(code in (-signal.SIGINT, 130, 1), "Ctrl-C ends it by SIGINT (or exit 130)", f"status {code}")
    after = snapshot(practice)
    check(before == after, "after Ctrl-C no file is new or changed", diff_snapshots(before, after))
    check({f: open(f, "rb").read() for f in log_files(practice)} == log_before,
          "after Ctrl-C the log file is byte-identical", "")
    check(len(all_records(practice)) == 1, "after Ctrl-C there is still exactly one record", "")
    check("recorded paced-breathing" not in p.text and "Nothing is recorded yet" in p.text,
          "after Ctrl-C nothing claims to be recorded", p.text[-500:])
    shutil.rmtree(os.path.join(practice, ".hwk", "drafts"), ignore_errors=True)  # its answers, kept (line_editing.py)

    # ---------------------------------------------------------------- Ctrl-D (EOF) in the middle
    before = snapshot(practice)
    p = Pty(["log", "c-0042", "paced-breathing"], practice, env)
    p.expect(r"When did you practise")
    p.prompt()
    p.line("")
    p.expect(r"Tension before")
    p.prompt()
    p.line("4")
    p.expect(r"Tension after")
    p.prompt()
    p.send("\x04")
    st = p.wait(timeout=5)
    check(st is not None, "Ctrl-D ends the process (no hang)", p.text[-500:])
    check(exit_code(st) == 1, "Ctrl-D in the middle exits 1", f"status {exit_code(st)}\n{p.text[-500:]}")
    check(re.search(r"nothing was recorded|not recorded|Nothing is recorded yet", p.text) is not None,
          "Ctrl-D says nothing was recorded", p.text[-500:])
    after = snapshot(practice)
    check(before == after, "after Ctrl-D no file is new or changed", diff_snapshots(before, after))

    # ---------------------------------------------------------------- no terminal
    before = snapshot(practice)
    with open(os.devnull, "rb") as devnull:
        r = subprocess.run([HWK, "log", "c-0042", "paced-breathing", "--set", "time_practised=5m"], cwd=practice,
                           env=env, stdin=devnull, capture_output=True, text=True, timeout=TIMEOUT)
    check(r.returncode == 1, "stdin from /dev/null: a missing required field exits 1", f"{r.returncode}\n{r.stderr}")
    check("tension_before" in r.stderr and "error" in r.stderr,
          "stdin from /dev/null: the error names the missing field", r.stderr)
    check("'time_practised'" not in r.stderr, "stdin from /dev/null: the given field is not reported missing", r.stderr)
    check("recorded" not in r.stdout, "stdin from /dev/null: nothing claims to be recorded", r.stdout)
    after = snapshot(practice)
    check(before == after, "stdin from /dev/null: nothing was written", diff_snapshots(before, after))

    p = Pty(["log", "c-0042", "paced-breathing", "--no-input", "--set", "tension_before=5"], practice, env)
    st = p.wait(timeout=5)
    check(exit_code(st) == 1, "--no-input on a terminal: a missing required field exits 1",
          f"status {exit_code(st)}\n{p.text}")
    check("time_practised" in p.text and "Time practised" not in p.text.split("error")[0],
          "--no-input on a terminal: names the missing field and does not prompt", p.text)
    check(not re.search(r"(?m)^> ", p.text), "--no-input on a terminal: shows no input prompt", p.text)
    after = snapshot(practice)
    check(before == after, "--no-input on a terminal: nothing was written", diff_snapshots(before, after))

    # With everything given, --no-input on a terminal records without asking anything.
    p = Pty(["log", "c-0042", "paced-breathing", "--no-input", "--set", "tension_before=5",
             "--set", "time_practised=6m"], practice, env)
    st = p.wait(timeout=5)
    check(exit_code(st) == 0 and not re.search(r"(?m)^> ", p.text),
          "--no-input with all required fields records without prompting", f"status {exit_code(st)}\n{p.text}")
    check(len(all_records(practice)) == 2, "that record was appended (2 in all)", all_records(practice))

    # ---------------------------------------------------------------- no escape-sequence injection
    # A practice template whose texts carry terminal escape sequences: the prompt must show them
    # harmlessly (no raw ESC or BEL reaches the terminal), and the values still round-trip.
    with open(os.path.join(practice, "templates", "evil.yaml"), "w", encoding="utf-8") as fh:
        fh.write(EVIL_TEMPLATE)
    r = run(["assign", "c-0042", "evil"], practice, env)
    check(r.returncode == 0, "assign a template whose texts hold escape sequences", r.stderr)
    p = Pty(["log", "c-0042", "evil"], practice, env)
    answers = ["", "5", "1", "a reflection"]  # now, then the fields
    for a in answers:
        if p.prompt() is None:
            break
        p.line(a)
    st = p.wait(timeout=5)
    check(exit_code(st) == 0, "the escape-laden template can be logged on the prompt",
          f"status {exit_code(st)}\n{p.raw[-1500:]!r}")
    raw = p.raw.replace(b"\x1b[?2004h", b"").replace(b"\x1b[?2004l", b"")  # hwk's own bracketed-paste switches
    check(b"\x1b" not in raw and b"\x07" not in raw and b"\x9b" not in raw,
          "no raw ESC, BEL or CSI from the template's texts reaches the terminal (NO_COLOR)",
          repr(raw[:1500]))
    check("pwned" in p.text and "blink" in p.text and "hidden" in p.text,
          "the template's texts are still shown, made safe", p.text[:1500])
    recs = [x for x in all_records(practice) if x.get("assignment") == "evil"]
    check(len(recs) == 1 and recs[0].get("values", {}).get("pick") == "a \x1b[31m",
          "a choice holding an escape sequence is stored as its exact option text",
          recs[0].get("values") if recs else recs)

    finish()


EVIL_TEMPLATE = r"""# Texts with terminal escape sequences, as a careless or hostile template might have.
id: evil
version: 1
title: "Evil \e[31mred\e[0m title"
kind: self-monitoring
summary: "Summary \e]0;pwned\a"
rationale: Testing.
instructions: [Do it.]
success: Once.
fields:
  - id: rate
    type: scale
    label: "Rate \e]0;pwned\a now"
    prompt: "How \e[2J much?"
    help: "Help \e[1;1H here"
    min: 0
    max: 10
    anchors: {0: "zero \e[5m blink", 10: ten}
    required: true
  - id: pick
    type: choice
    label: "Pick \u009b31m"
    prompt: Pick one.
    options: ["a \e[31m", b]
reflection: ["Why \e[8m hidden?"]
"""


if __name__ == "__main__":
    sys.exit(main())
