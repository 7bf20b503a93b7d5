#!/usr/bin/env python3
"""System test: every file and folder hwk creates is its owner's only, whatever the umask.

Fault injected: a permissive umask. Under umask 000 (everything would be world-writable) and 022
(the common default: world-readable), every command that writes runs: init, client add, template
new, assign (the template copy), log (the writer id, the log folder and file), session, edit (its
draft, then the new plan), log --edit (its form kept after an invalid save), remind (its ledger),
export -o, a record kept as a draft after a file-size limit, and hwk log --draft. Then every file
in the practice must be 0600 and every folder 0700. Without hwk's own umask(077) and explicit
modes, files come out 0666 or 0644.

Then `hwk check` must warn when client data is readable by others (chmod by hand).
"""
import os
import resource
import stat
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import HWK, LOG_ARGS, check, finish, require_hwk, workspace  # noqa: E402
import subprocess  # noqa: E402


def run(args, cwd, env, mask, **kw):
    return subprocess.run([HWK] + args, cwd=cwd, env=env, capture_output=True, text=True, umask=mask, **kw)


def write_script(path, body):
    with open(path, "w") as f:
        f.write("#!/bin/sh\n" + body)
    os.chmod(path, 0o755)


def every_command(tmp, env, mask):
    """Runs each writing command under `mask`; returns the practice and the export's path."""
    root = os.path.join(tmp, "practice")
    steps = [
        (["init", root, "--timezone", "Europe/Berlin"], tmp, {}),
        (["client", "add", "c-0042"], root, {}),
        (["template", "new", "my-breathing", "--from", "paced-breathing"], root, {}),
        (["assign", "c-0042", "paced-breathing", "--schedule", "daily", "--at", "20:00", "--start", "2026-11-16"], root, {}),
        (["log", "c-0042", "paced-breathing", "--at", "2026-11-20T08:00"] + LOG_ARGS, root, {}),
        (["session", "c-0042", "--at", "2026-11-21T10:00"], root, {}),
        (["edit", "c-0042"], root, {"VISUAL": os.path.join(tmp, "add-goal")}),
        (["log", "c-0042", "paced-breathing", "--edit"], root, {"VISUAL": os.path.join(tmp, "bad-form")}),
        (["remind"], root, {}),
        (["export", "c-0042", "--format", "ics", "-o", "c-0042.ics"], root, {}),
    ]
    write_script(os.path.join(tmp, "add-goal"), 'sed -i "1i # edited" "$1"\n')
    write_script(os.path.join(tmp, "bad-form"), 'printf \'[values]\\ntension_before = 99\\n\' >> "$1"\n')
    for args, cwd, extra in steps:
        r = run(args, cwd, dict(env, **extra), mask)
        expected = 1 if "--edit" in args else 0  # the form is refused, and kept
        check(r.returncode == expected, f"umask {mask:03o}: hwk {' '.join(args[:2])}", r.stderr)

    for day in range(10, 16):  # a log long enough that a draft is smaller than one more append
        run(["log", "c-0042", "paced-breathing", "--at", f"2026-11-{day}T08:00"] + LOG_ARGS, root, env, mask)
    log_dir = os.path.join(root, "clients", "c-0042", "log")
    # a file-size limit that the log with one more record passes, but a draft does not
    limit = max(os.path.getsize(os.path.join(log_dir, f)) for f in os.listdir(log_dir)) + 100
    r = run(["log", "c-0042", "paced-breathing", "--at", "2026-11-22T08:00", "--reflect", "kept"] + LOG_ARGS, root, env,
            mask, preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)))
    drafts = [f for f in os.listdir(os.path.join(root, ".hwk", "drafts")) if f.startswith("log-")]
    check(r.returncode == 1 and drafts, f"umask {mask:03o}: a record refused by a file-size limit is kept as a draft",
          r.stderr)
    return root, drafts


def modes(root):
    """(path, mode, is folder) for everything under root."""
    out = [(root, stat.S_IMODE(os.lstat(root).st_mode), True)]
    for d, dirs, files in os.walk(root):
        for name in dirs + files:
            p = os.path.join(d, name)
            st = os.lstat(p)
            out.append((p, stat.S_IMODE(st.st_mode), stat.S_ISDIR(st.st_mode)))
    return out


def main():
    require_hwk()
    for mask in (0o000, 0o022):
        tmp, env = workspace(f"hwk-perm-{mask:03o}.")
        root, drafts = every_command(tmp, env, mask)
        seen = modes(root)
        wrong = [f"{oct(m)} {os.path.relpath(p, tmp)}" for p, m, is_dir in seen if m != (0o700 if is_dir else 0o600)]
        kinds = {os.path.relpath(p, root).split(os.sep)[0] for p, _, _ in seen}
        check(not wrong, f"umask {mask:03o}: all {len(seen)} files are 0600 and folders 0700", "\n".join(wrong))
        for must in ("hwk.toml", ".gitignore", ".gitattributes", "templates", "clients", ".hwk", "c-0042.ics"):
            check(must in kinds, f"umask {mask:03o}: the check saw {must}", sorted(kinds))
        for sub in (".hwk/writer", ".hwk/reminders", "clients/c-0042/plan.toml", "templates/my-breathing.yaml",
                    "clients/c-0042/templates/paced-breathing.v1.yaml", ".hwk/drafts/record-c-0042-paced-breathing.toml"):
            check(os.path.exists(os.path.join(root, sub)), f"umask {mask:03o}: {sub} was made and checked")
        if drafts:
            r = run(["log", "--draft", os.path.join(".hwk", "drafts", drafts[0])], root, env, mask)
            check(r.returncode == 0, f"umask {mask:03o}: hwk log --draft", r.stderr)
            wrong = [f"{oct(m)} {p}" for p, m, d in modes(root) if m != (0o700 if d else 0o600)]
            check(not wrong, f"umask {mask:03o}: still all private after hwk log --draft", "\n".join(wrong))

        r = run(["check"], root, env, mask)
        check(r.returncode == 0 and "readable" not in r.stderr, f"umask {mask:03o}: hwk check has no warning", r.stderr)
        log_dir = os.path.join(root, "clients", "c-0042", "log")
        victim = sorted(f for f in os.listdir(log_dir) if f.endswith(".toml"))[0]
        os.chmod(os.path.join(log_dir, victim), 0o644)
        r = run(["check"], root, env, mask)
        check(r.returncode == 0 and f"log/{victim}: warning: client data is readable or writable by others" in r.stderr,
              f"umask {mask:03o}: hwk check warns about a log file readable by others", r.stderr)
    finish()


if __name__ == "__main__":
    main()
