#!/usr/bin/env python3
"""Every `console` block of README.md, and every example of a man page that shows output, is run
for real and its output compared, so that the documentation cannot drift from what hwk does.

Where a block runs: a marker on the line before it (an HTML comment in the README, invisible on
GitHub; a roff comment before `.Bd -literal` in a man page's EXAMPLES section):

    <!-- readme-test: walk -->          .\\" readme-test: walk
    <!-- readme-test: example -->       .\\" readme-test: example
    <!-- readme-test: practice -->      .\\" readme-test: practice
                                        .\\" readme-test: continued
    <!-- readme-test: not run: WHY -->  .\\" readme-test: not run: WHY

  walk      the README's walk-through: its blocks run in order, in one scratch directory that stands
            for /home/me, so what one block makes (`hwk init practice`, `cd practice`, ...) the next
            one finds; each man page's walk blocks run in order in a walk of that page's own.
  example   a fresh copy of examples/practice for the block, at examples/practice in a scratch
            directory that stands for /home/me (a clone's top); the block starts there. The copy
            is owner-only, as hwk makes its files (a checkout's modes follow the umask, and
            `hwk check` would warn about them).
  practice  the same, but the block starts in examples/practice itself.
  continued the block goes on where the block before it in the same document left off: the same
            scratch directory, the directory it ended in, the ids it bound.
  not run   the block is not run (say why): only for what cannot be reproduced, like timings, or
            what needs an editor or a terminal throughout.

A place may be followed by ` with SETUP`, a name in SETUPS below (`practice with no-crisis-text`):
a few shell commands run, unshown, in the block's starting directory before it, to make what the
document takes as given (a second clone, a remote, a full disk). They must exit 0; their output
is not compared; the block starts in the directory they end in. Setups are kept few and short,
and each says in a comment what it stands for.

Every console block of the README, and every literal block of a man page's EXAMPLES that shows a
command's output (a `$ ` line followed by a line that is not one), without a marker fails the test,
so a new one cannot escape it. A man page's block showing only commands, or only a file, needs no
marker; with one, it runs too.

How a block reads: a line starting with `$ ` is a command (a line ending in `\\` or `|`, or inside
quotes, continues it on the next); the lines after it, up to the next `$ `, are what a user sees on a terminal: standard
output and standard error as they interleave (both go to one pipe, standard input is /dev/null,
NO_COLOR and TERM=dumb, so no colour). Each command runs in bash, in the directory the previous one
left (so `cd` carries over), with:

    HWK_NOW=2026-11-23T21:00:00-05:00 (the clock the README states), TZ=America/New_York (the
    machine's zone the README states, for `--now` without an offset), HOME the scratch directory
    (so `~` is /home/me too), PATH with the built hwk first, LANG=C.UTF-8, no VISUAL or EDITOR;
    and a ~/.gitconfig with a user, branch main for a new repository, and git@git.example.org:
    standing for ~/remotes/ (bare repositories a setup makes), so git examples run offline.

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
    "vi templates/slow-breathing.yaml": "an editor on a terminal",
}

# Files commands read that the document does not show being made: name -> content, in every
# block's starting directory.
FIXTURES = {
    "note.txt": "Breathing on most days last week, and slower each time: keep going.\n",
}

GIT_REPO = """
    set -e
    git init -q --bare ~/remotes/homework/c-0042.git
    git init -q && git add -A && git commit -qm "The practice"
"""

# What a document takes as given, made before a block marked `PLACE with NAME`: shell commands run
# in the block's starting directory; unshown, they must exit 0. Few and short.
SETUPS = {
    # A practice that has not set its crisis text: the example's hwk.toml without its [crisis] table.
    "no-crisis-text": "sed -i '/^\\[crisis\\]/,$d' hwk.toml",
    # A log changed by hand, with a typing error: 7 made 70 in one of Alex's records.
    "typing-error": "sed -i '0,/^tension_before = 7$/s//tension_before = 70/' clients/c-0042/log/2026-11.zzqrzdrf.toml",
    # A record of Alex's that could not be saved because the disk was full, kept as a draft: this
    # clone writes to Alex's log of 2.6 KiB, which may not grow past 1 KiB (ulimit -f 1), so hwk log
    # fails and keeps the record in .hwk/drafts/.
    "full-disk-draft": "echo zzqrzdrf > .hwk/writer && ! (ulimit -f 1; hwk log c-0042 paced-breathing"
                       " --set tension_before=7 --set time_practised=10m --at 08:10) >/dev/null 2>&1"
                       " && ls .hwk/drafts/log-c-0042-*.toml",
    # The example practice in a git repository, and an empty repository for Alex on the clinic's
    # git host (git@git.example.org: is ~/remotes/, see write_gitconfig).
    "git-repo": GIT_REPO,
    # A practice on the clinic's git host with Alex linked (hwk client link) from a repository of
    # their own there; no practice in the home.
    "git-host": GIT_REPO + """
        hwk client link c-0042 git@git.example.org:homework/c-0042.git >/dev/null
        git commit -qm "Link c-0042" && git clone -q --bare . ~/remotes/practice.git
        cd ~ && rm -rf examples
    """,
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
        while continues(text) and i + 1 < len(lines):
            i += 1
            text += "\n" + lines[i]
        i += 1
        out = []
        while i < len(lines) and not lines[i].startswith("$ "):
            out.append(lines[i])
            i += 1
        commands.append((text, first, out))
    return commands


def continues(command):
    """Whether a command goes on on the next line: after a `\\` or a `|` at the end, or inside quotes."""
    if command.endswith(("\\", "|")):
        return True
    quote, escaped, comment = None, False, False
    for k, c in enumerate(command):
        if comment:
            comment = c != "\n"
        elif escaped:
            escaped = False
        elif c == "\\" and quote != "'":
            escaped = True
        elif quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#" and (k == 0 or command[k - 1] in " \t\n"):
            comment = True
    return quote is not None


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
            try:
                shows_output = any(b.startswith("$ ") for b in body) and any(
                    out for _, _, out in parse_commands(body))
            except ValueError:  # text before the first command: a block to mark, and then an error
                shows_output = True
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
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    if "ASAN_OPTIONS" in os.environ:
        env["ASAN_OPTIONS"] = os.environ["ASAN_OPTIONS"]
    return env


def write_gitconfig(home):
    with open(os.path.join(home, ".gitconfig"), "w", encoding="utf-8") as f:
        f.write("[user]\n\tname = Me\n\temail = me@example.org\n"
                "[init]\n\tdefaultBranch = main\n"
                "[advice]\n\tdetachedHead = false\n"
                "[protocol \"file\"]\n\tallow = always\n"
                f"[url \"{home}/remotes/\"]\n\tinsteadOf = git@git.example.org:\n")


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
        write_gitconfig(self.home)
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
    walks = {}  # document -> its walk's scratch
    last = {}  # document -> the scratch its last block ran in
    for block in blocks:
        if block.context is None:
            check(False, f"{block.where}: the block says where it runs",
                  "add <!-- readme-test: walk|example|practice|not run: WHY --> (or .\\\" readme-test: ... in a"
                  " man page, where continued is one more) on the line before it; see tests/system/readme_examples.py")
            continue
        if block.context.startswith("not run:"):
            skip(f"{block.where}: the block", block.context)
            continue
        place, _, setup = block.context.partition(" with ")
        if setup and setup not in SETUPS:
            check(False, f"{block.where}: the block's setup is known", f"no setup {setup!r} in SETUPS")
            continue
        if place == "walk":
            if block.doc not in walks:
                walks[block.doc] = Scratch(with_examples=False)
            scratch = walks[block.doc]
        elif place in ("example", "practice"):
            scratch = Scratch(with_examples=True)
            if place == "practice":
                scratch.cwd = os.path.join(scratch.root, "examples", "practice")
        elif place == "continued" and block.doc in last:
            scratch = last[block.doc]
        else:
            check(False, f"{block.where}: the block says where it runs", f"unknown place {place!r}"
                  + (" (no block before it to continue)" if place == "continued" else ""))
            continue
        last[block.doc] = scratch
        if setup:
            status, output = scratch.run(SETUPS[setup])
            if not check(status == 0, f"{block.where}: the setup {setup}", f"exit status {status}:\n{output}"):
                continue
            scratch.status = 0
        run_block(block, scratch, used_not_run)
    for command in sorted(set(NOT_RUN) - used_not_run):
        check(False, f"NOT_RUN names a command the documents show: {command}", "remove it from NOT_RUN")
    finish()


if __name__ == "__main__":
    main()
