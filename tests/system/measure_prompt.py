#!/usr/bin/env python3
"""System test: a client answers a measure (PHQ-9) at the `hwk log` prompt, on a real pseudo-terminal.

The practice adds a (made-up) wording with `hwk template new phq-9 --wording FILE`, assigns the
measure, and the client answers it question by question: each item is asked with the wording's
text and its answers, a value off the scale is refused and asked again, and the answer above 0 to
the self-harm item raises the risk flag and shows the crisis text. The record is read back with
tomllib.
"""
import os
import re
import sys
import tomllib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import Pty, check, exit_code, finish, hwk, log_files, require_hwk, workspace  # noqa: E402

NOW = "2026-11-23T20:15:00+01:00"
WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ANSWERS = {f"item{i + 1}": (i % 4 if i < 8 else 1) for i in range(9)}  # item9 (self-harm thoughts) 1


def run(args, cwd, env):
    r = hwk(args, cwd, env)
    check(r.returncode == 0, "hwk " + " ".join(args), r.stdout + r.stderr)
    return r


def main():
    require_hwk()
    tmp, env = workspace("hwk-measure-prompt-")
    env = dict(env, HWK_NOW=NOW)
    root = os.path.join(tmp, "practice")
    run(["init", root, "--timezone", "Europe/Berlin"], tmp, env)
    wording = os.path.join(tmp, "wording.yaml")
    with open(wording, "w", encoding="utf-8") as f:
        f.write("source: made-up test wording\nresponses:\n")
        f.writelines(f"  {v}: Test answer {w}\n" for v, w in enumerate(["zero", "one", "two", "three"]))
        f.write("items:\n")
        f.writelines(f"  item{i + 1}: Test question {w}\n" for i, w in enumerate(WORDS))
    run(["template", "new", "phq-9", "--wording", wording], root, env)
    run(["client", "add", "c-0042"], root, env)
    run(["assign", "c-0042", "phq-9", "--schedule", "every 14 days", "--start", "2026-11-16"], root, env)

    p = Pty(["log", "c-0042", "phq-9"], root, env)
    asked, refused_once, current = [], False, None
    for _ in range(40):
        start = p.mark
        m = p.expect(r"(?m)^> |recorded \S+ \(")
        if m is None or m.group(0).startswith("recorded"):
            break
        block = p.text[start:m.start()]
        q = re.search(r"Test question (\w+)", block)
        if q:
            current = f"item{WORDS.index(q.group(1)) + 1}"
            if current == "item1" and not refused_once:
                refused_once = True
                p.line("7")  # off the scale: refused, asked again
                continue
            asked.append(current)
            p.line(str(ANSWERS[current]))
        elif current and "outside the scale" in block:
            asked.append(current)
            p.line(str(ANSWERS[current]))
        else:
            p.line("")  # the time, or a question the measure does not have
    st = p.wait()
    screen = p.text
    check(exit_code(st) == 0, "hwk log exits 0", screen[-1500:])
    check(asked == list(ANSWERS), "every item is asked once, in order", asked)
    check("Test answer zero" in screen and "Test answer three" in screen, "the answers are shown with the wording's texts",
          screen[:1500])
    check("7 is outside the scale 0 to 3" in screen, "an answer off the scale is refused", screen[:2000])
    check("You rated self-harm thoughts more than 0" in screen, "the self-harm answer raises the risk flag", screen[-1500:])
    check("emergency" in screen, "and shows the crisis text", screen[-1500:])

    records = []
    for path in log_files(root):
        with open(path, "rb") as f:
            records += tomllib.load(f)["records"]
    check(len(records) == 1, "one record is written", records)
    if records:
        values = {k: records[0].get("values", {}).get(k) for k in ANSWERS}
        check(values == ANSWERS, "the record holds every answer", records[0])
    finish()


if __name__ == "__main__":
    main()
