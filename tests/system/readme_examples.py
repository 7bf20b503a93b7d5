#!/usr/bin/env python3
"""Every `console` block of README.md, and every example of a man page that shows output, is run
for real and its output compared, so that the documentation cannot drift from what hwk does.

Where a block runs: a marker on the line before it (an HTML comment in the README, invisible on
GitHub; a roff comment before `.Bd -literal` in a man page's EXAMPLES section):

    <!-- readme-test: walk -->          .\\" readme-test: walk
    <!-- readme-test: example -->       .\\" readme-test: example
    <!-- readme-test: practice -->      .\\" readme-test: practice
    <!-- readme-test: not run: WHY -->  .\\" readme-test: not run: WHY

  walk      the README's walk-through: its blocks run in order, in one scratch directory that stands
            for /home/me, so what one block makes (`hwk init practice`, `cd practice`, ...) the next
            one finds; a man page's walk blocks run after the README's, in their own walk.
  example   a fresh copy of examples/practice for the block, at examples/practice in a scratch
            directory that stands for /home/me (a clone's top); the block starts there. The copy
            is owner-only, as hwk makes its files (a checkout's modes follow the umask, and
            `hwk check` would warn about them).
  practice  the same, but the block starts in examples/practice itself.
  not run   the block is not run (say why): only for what cannot be reproduced, like timings.

A console block of the README without a marker fails the test, so a new block cannot escape it.
In a man page's EXAMPLES, a literal block with a marker runs the same way; one that shows a
command's output (a `$ ` line followed by a line that is not one) without a marker is reported as
skipped, "not covered yet": most of those describe practices of their own (Sam and Jo, c-0043),
not the example practice, and still need one made for them. One showing only commands, or only a
file, is not checked.

How a block reads: a line starting with `$ ` is a command (a line ending in `\\` continues it on
the next); the lines after it, up to the next `$ `, are what a user sees on a terminal: standard
output and standard error as they interleave (both go to one pipe, standard input is /dev/null,
NO_COLOR and TERM=dumb, so no colour). Each command runs in bash, in the directory the previous one
left (so `cd` carries over), with:

    HWK_NOW=2026-11-23T21:00:00-05:00 (the clock the README states), TZ=America/New_York (the
    machine's zone the README states, for `--now` without an offset), HOME the scratch directory
    (so `~` is /home/me too), PATH with the built hwk first, LANG=C.UTF-8, no VISUAL or EDITOR.

Comparison is exact, line by line, with only these substitutions:

  - the scratch directory is shown as /home/me;
  - an id after ` as ` in an output (`recorded ... as 01M85MG280...`) is the id hwk just made:
    ids are random, so it matches any id, and from then on the README's id stands for hwk's, in
    later commands and outputs of the same walk or block;
  - a line that is only `…` (in a man page, only `...` or `\\&...`) stands for any number of lines
    the document leaves out, none included.

A command exits 0, unless the next command is `echo $?`, whose output then shows its status. A
command shown with no output must print nothing, unless it ends with a comment (`  # ...`): the
comment says what it shows, and then only its exit status 0 is checked. Commands that need a
terminal or an editor are not run; they are listed in NOT_RUN below, and each must still be there.
Files a command reads that the document does not make are in FIXTURES below, made in the home.
"""
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import check, finish, require_hwk, skip, tempdir  # noqa: E402

HWK = os.environ.get("HWK")
SRC = os.environ.get("HWK_SOURCE_DIR") or os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
NOW = "2026-11-23T21:00:00-05:00"
SHOWN_HOME = "/home/me"

# Commands that need a terminal or an editor, by their text as the document shows it: not run.
NOT_RUN = {
    "hwk log c-0042 thought-record": "asks for each field on a terminal",
}

# Files commands read that the document does not show being made: name -> content, in every
# block's starting directory.
FIXTURES = {
    "note.txt": "Breathing on most days last week, and slower each time: keep going.\n",
}

ULID = r"[0-9A-HJKMNP-TV-Z]{26}"
MADE_ID = re.compile(r"(?<= as )(" + ULID + r")")
MARKER_MD = re.compile(r"^<!--\s*readme-test:\s*(.*?)\s*-->\s*$")
MARKER_MAN = re.compile(r"^\.\\\"\s*readme-test:\s*(.*?)\s*$")


class Block:
    def __init__(self, doc, line, context, lines, ellipsis):
        self.doc, self.line, self.context = doc, line, context
        self.ellipsis = ellipsis
        self.commands = parse_commands(lines)  # [(command text, first line's offset, [output lines])]

    @property
    def where(self):
        return f"{self.doc}:{self.line}"


def parse_commands(lines):
    commands = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith("$ "):
            raise ValueError(f"line {i + 1} of the block is output before any command: {line!r}")
        text = line[2:]
        first = i
        while text.endswith("\\") and i + 1 < len(lines):
            i += 1
            text += "\n" + lines[i]
        i += 1
        out = []
        while i < len(lines) and not lines[i].startswith("$ "):
            out.append(lines[i])
            i += 1
        commands.append((text, first, out))
    return commands


def trailing_comment(command):
    """The comment at the end of a command's last line (a `#` after a space, outside quotes)."""
    last = command.split("\n")[-1]
    quote = None
    for k, c in enumerate(last):
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#" and k > 0 and last[k - 1] in " \t":
            return last[k:]
    return None


def without_comment(command):
    c = trailing_comment(command)
    return command[: len(command) - len(c)].rstrip() if c else command


def readme_blocks(path):
    blocks, lines = [], open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith("```"):
            fence_line = i
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            if lines[i].strip() == "```console":
                k = i - 1
                while k >= 0 and not lines[k].strip():
                    k -= 1
                m = MARKER_MD.match(lines[k]) if k >= 0 else None
                blocks.append(Block("README.md", fence_line + 1, m.group(1) if m else None,
                                    lines[i + 1:j], ("…",)))
            i = j + 1
        else:
            i += 1
    return blocks


def unroff(line):
    return line.replace("\\&", "").replace("\\e", "\\").replace("\\-", "-")


def man_blocks(path):
    """Literal blocks of the EXAMPLES section that show a command's output."""
    blocks, lines = [], open(path, encoding="utf-8").read().split("\n")
    name = os.path.relpath(path, SRC)
    in_examples = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(".Sh ") or line.startswith(".SH "):
            in_examples = line.split(None, 1)[1].strip() in ("EXAMPLES", "EXAMPLE")
        elif in_examples and line.startswith(".Bd -literal"):
            j = i + 1
            while j < len(lines) and not lines[j].startswith(".Ed"):
                j += 1
            body = [unroff(x) for x in lines[i + 1:j]]
            shows_output = any(b.startswith("$ ") for b in body) and any(
                not b.startswith("$ ") and not (k > 0 and body[k - 1].endswith("\\"))
                for k, b in enumerate(body) if k > 0)
            m = MARKER_MAN.match(lines[i - 1]) if i > 0 else None
            if shows_output or m:
                blocks.append(Block(name, i + 1, m.group(1) if m else None, body, ("...", "…")))
            i = j
        i += 1
    return blocks


def environment(home):
    env = {
        "PATH": os.path.dirname(os.path.abspath(HWK)) + ":/usr/local/bin:/usr/bin:/bin",
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "HWK_NOW": NOW,
        "TZ": "America/New_York",
        "LANG": "C.UTF-8",
        "NO_COLOR": "1",
        "TERM": "dumb",
    }
    if "ASAN_OPTIONS" in os.environ:
        env["ASAN_OPTIONS"] = os.environ["ASAN_OPTIONS"]
    return env


class Scratch:
    """A directory standing for /home/me, where a walk or a block runs, with its own home."""

    def __init__(self, with_examples):
        self.root = os.path.realpath(tempdir("hwk-readme-"))
        self.home = self.root
        self.cwd = self.root
        self.status = 0
        self.ids = {}  # the document's id -> hwk's
        for name, content in FIXTURES.items():
            with open(os.path.join(self.root, name), "w", encoding="utf-8") as f:
                f.write(content)
        if with_examples:
            copy = os.path.join(self.root, "examples", "practice")
            shutil.copytree(os.path.join(SRC, "examples", "practice"), copy, symlinks=True)
            for d, dirs, files in os.walk(copy):  # owner-only, as hwk makes its files
                for name in dirs + files:
                    path = os.path.join(d, name)
                    if not os.path.islink(path):
                        os.chmod(path, os.stat(path).st_mode & 0o700)
        self.env = environment(self.home)
        self.pwd_file = os.path.join(tempdir("hwk-readme-pwd-"), "pwd")

    def run(self, command):
        """Runs one command as bash would at a prompt; returns (exit status, what it printed)."""
        script = f"(exit {self.status})\n{command}\n__rc=$?\npwd > {self.pwd_file}\nexit $__rc\n"
        r = subprocess.run(["bash", "-c", script], cwd=self.cwd, env=self.env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        try:
            with open(self.pwd_file, encoding="utf-8") as f:
                self.cwd = f.read().rstrip("\n") or self.cwd
        except FileNotFoundError:
            pass
        self.status = r.returncode
        text = r.stdout.decode("utf-8", "replace").replace(self.root, SHOWN_HOME)
        return r.returncode, text


def substituted(text, ids):
    for doc_id, real in ids.items():
        text = text.replace(doc_id, real)
    return text


def matches(expected, actual, ids, ellipsis):
    """Whether the actual output is the expected one, with the substitutions of the header; binds
    the ids hwk made. Returns (ok, expected lines as compared)."""
    shown = [substituted(line, ids) for line in expected]
    pattern, groups = [], {}
    for line in shown:
        if line.strip() in ellipsis:
            pattern.append(r"(?:[^\n]*\n)*?")
            continue
        piece, pos = [], 0
        for m in MADE_ID.finditer(line):
            piece.append(re.escape(line[pos:m.start()]))
            doc_id = m.group(1)
            if doc_id in groups:
                piece.append(f"(?P={groups[doc_id]})")
            else:
                groups[doc_id] = f"id{len(groups)}"
                piece.append(f"(?P<{groups[doc_id]}>{ULID})")
            pos = m.end()
        piece.append(re.escape(line[pos:]))
        pattern.append("".join(piece) + "\n")
    m = re.fullmatch("".join(pattern), actual, re.S)
    if not m:
        return False, shown
    for doc_id, g in groups.items():
        ids[doc_id] = m.group(g)
    return True, shown


def run_block(block, scratch, used_not_run):
    commands = block.commands
    for n, (command, offset, expected) in enumerate(commands):
        line = block.line + 1 + offset
        plain = without_comment(command)
        more = " …" if "\n" in plain else ""
        what = f"{block.doc}:{line}: $ {plain.splitlines()[0]}{more}"
        if plain in NOT_RUN:
            used_not_run.add(plain)
            skip(what, f"not run: {NOT_RUN[plain]}")
            continue
        status, output = scratch.run(substituted(command, scratch.ids))
        shows_status = n + 1 < len(commands) and without_comment(commands[n + 1][0]) == "echo $?"
        omitted = not expected and trailing_comment(command)
        if omitted:
            check(status == 0, what + "  (output not shown: exits 0)",
                  f"exit status {status}; it printed:\n{output}")
            continue
        ok, shown = matches(expected, output, scratch.ids, block.ellipsis)
        if ok and status != 0 and not shows_status:
            check(False, what, f"exit status {status}, and the document does not show it with `echo $?`")
            continue
        diff = "\n".join(difflib.unified_diff(shown, output.splitlines(), "documented", "printed",
                                              lineterm="", n=2))
        check(ok, what, (diff or f"documented output:\n{chr(10).join(shown)}\nprinted:\n{output}")
              + (f"\nexit status {status}" if status else ""))


def main():
    require_hwk()
    blocks = readme_blocks(os.path.join(SRC, "README.md"))
    man_dir = os.path.join(SRC, "man")
    for f in sorted(os.listdir(man_dir)):
        if re.search(r"\.[15]$", f):
            blocks.extend(man_blocks(os.path.join(man_dir, f)))

    check(len([b for b in blocks if b.doc == "README.md"]) >= 10, "the README's console blocks are found",
          f"found {len(blocks)}")
    used_not_run = set()
    walks = {}
    for block in blocks:
        if block.context is None and block.doc != "README.md":
            skip(f"{block.where}: the example", "not covered yet: it has no readme-test marker")
        elif block.context is None:
            check(False, f"{block.where}: the block says where it runs",
                  "add <!-- readme-test: walk|example|not run: WHY --> (or .\\\" readme-test: ... in a man"
                  " page) on the line before it; see tests/system/readme_examples.py")
        elif block.context.startswith("not run:"):
            skip(f"{block.where}: the block", block.context)
        elif block.context == "walk":
            doc = "README.md" if block.doc == "README.md" else "man"
            if doc not in walks:
                walks[doc] = Scratch(with_examples=False)
            run_block(block, walks[doc], used_not_run)
        elif block.context in ("example", "practice"):
            scratch = Scratch(with_examples=True)
            if block.context == "practice":
                scratch.cwd = os.path.join(scratch.root, "examples", "practice")
            run_block(block, scratch, used_not_run)
        else:
            check(False, f"{block.where}: the block says where it runs", f"unknown place {block.context!r}")
    for command in sorted(set(NOT_RUN) - used_not_run):
        check(False, f"NOT_RUN names a command the documents show: {command}", "remove it from NOT_RUN")
    finish()


if __name__ == "__main__":
    main()
