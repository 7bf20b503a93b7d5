#!/usr/bin/env python3
"""System test: output fits the terminal it is shown on, and a pipe gets it unwrapped.

Runs hwk on a real pseudo-terminal (COLUMNS set, and the terminal's own size when COLUMNS is not)
against a copy of the example practice, and the same commands with their output piped:
- template show: on a terminal no line is wider than the terminal, every word of the template's
  text arrives whole (wrapped at spaces, never cut), and the wrapped lines keep their indent;
- template list, client list, summary, due: no line wider than the terminal; a table too wide to
  fit shows each row as a block of "HEADER  value" lines;
- piped, the same commands print what they print with no terminal at all: one line per row, the
  wide lines wide, byte for byte the output a script has always read.
Without the table writer's fitting, the terminal runs show lines wider than the terminal and the
first checks fail.
"""
import fcntl
import os
import re
import shutil
import struct
import sys
import termios

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import Pty, check, exit_code, finish, hwk, require_hwk, workspace  # noqa: E402

require_hwk()
SOURCE = os.environ.get("HWK_SOURCE_DIR") or os.path.join(os.path.dirname(__file__), "..", "..")
NOW = "2026-11-23T21:00:00-05:00"
tmp, env = workspace("hwk-width-")
practice = os.path.join(tmp, "practice")
shutil.copytree(os.path.join(SOURCE, "examples", "practice"), practice)
env = dict(env, HWK_NOW=NOW)


def on_terminal(args, columns=None, rows_cols=None):
    """The command's output on a pseudo-terminal: COLUMNS=columns, or the terminal sized rows_cols."""
    e = dict(env)
    if columns is not None:
        e["COLUMNS"] = str(columns)
    p = Pty(args, practice, e)
    if rows_cols:
        fcntl.ioctl(p.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows_cols[0], rows_cols[1], 0, 0))
    status = p.wait()
    check(exit_code(status) == 0, f"hwk {' '.join(args)} ends well on a terminal", p.text)
    return p.text


def widest(text):
    return max((len(line) for line in text.split("\n")), default=0)


def words(text):
    return re.findall(r"\S+", text)


piped = {}
for args in (["template", "show", "thought-record"], ["template", "list"], ["client", "list"], ["summary"], ["due", "--within", "7d"]):
    r = hwk(args, practice, env)
    check(r.returncode == 0, f"hwk {' '.join(args)} piped ends well", r.stderr)
    piped[" ".join(args)] = r.stdout

# template show: wrapped at words, to the width.
show = piped["template show thought-record"]
check(widest(show) > 60, "piped, template show keeps its long lines (nothing wraps in a pipe)", widest(show))
for columns in (60, 44):
    text = on_terminal(["template", "show", "thought-record"], columns=columns)
    check(widest(text) <= columns, f"template show fits {columns} columns", f"widest line: {widest(text)}\n{text}")
    check(words(text) == words(show), f"template show at {columns} columns has every word whole, in order",
          [w for w in words(text) if w not in words(show)][:5])
    lines = text.split("\n")
    steps = [i for i, l in enumerate(lines) if re.match(r"  1\. ", l)]
    check(steps and lines[steps[0] + 1].startswith("     ") and not lines[steps[0] + 1].startswith("      "),
          f"at {columns} columns a step's wrapped lines hang under its text", "\n".join(lines[steps[0]:steps[0] + 3]) if steps else text)

# The terminal's own size when COLUMNS is not set.
text = on_terminal(["template", "show", "thought-record"], rows_cols=(40, 50))
check(widest(text) <= 50, "without COLUMNS, template show fits the terminal's own 50 columns", widest(text))

# Tables: fitted, or shown as blocks when too wide.
for args in (["template", "list"], ["client", "list"], ["summary"], ["due", "--within", "7d"]):
    name = " ".join(args)
    text = on_terminal(args, columns=70)
    check(widest(text) <= 70, f"{name} fits 70 columns", f"widest line: {widest(text)}\n{text}")
summary = on_terminal(["summary"], columns=70)
check(re.search(r"(?m)^CLIENT +c-0042$", summary) and re.search(r"(?m)^RATE +\d+%$", summary),
      "summary too wide for 70 columns shows each row as a block of HEADER value lines", summary[:600])
wide = on_terminal(["summary"], columns=400)
check(wide == piped["summary"], "summary on a terminal wide enough is the table a pipe gets", wide[:400])
check(widest(piped["summary"]) > 150, "piped, summary is one wide line per row, as scripts read it", widest(piped["summary"]))

finish()
