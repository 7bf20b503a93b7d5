#!/usr/bin/env python3
"""System test: real write faults under `hwk log` lose nothing and damage nothing.

Faults injected, each real where this machine allows it:
- a full disk (ENOSPC): the practice lives on a small tmpfs mounted in an unprivileged user and
  mount namespace (unshare -rm), filled up but for a few kilobytes, so rewriting the long log
  fails while a small draft still fits; and a disk with no room at all, where even the draft fails;
- a read-only directory (EROFS): the client's log/ is bind-mounted read-only in such a namespace
  (chmod would not stop root, and tests may run as root);
- a file-size limit (EFBIG): RLIMIT_FSIZE (ulimit -f) below the log's size; hwk ignores SIGXFSZ,
  so the write fails with EFBIG instead of the process being killed;
- an I/O error (EIO): nothing real can produce one without privileges, so a tiny LD_PRELOAD library
  built here makes fsync(2) fail with EIO for files in the client's log/ folder, as a disk's
  write-back error would.

Each must give a clear error and exit status 1, leave the log byte for byte as it was with no
temporary file, and keep what was typed as a draft under the git-ignored .hwk/drafts/, which
`hwk log` offers back: on a terminal ("(r)ecord it now / (d)iscard / (k)eep"), else as a note
with the command `hwk log --draft FILE`, which records it with its original id, once.

When unprivileged namespaces are not allowed on the machine, the cases that need them are skipped
with a message, not failed.
"""
import os
import re
import resource
import shutil
import subprocess
import sys
import tomllib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import (HWK, LOG_ARGS, Pty, check, clean_env, finish, hwk, log_files, make_practice, read_bytes,
                         records_of, require_hwk, skip, tempdir, temporary_files, userns_works)  # noqa: E402

TYPED = "typed on a bad day, ünïcödé and all"
LOG = ["log", "c-0042", "paced-breathing", "--at", "2026-11-22T08:30", "--reflect", TYPED] + LOG_ARGS
DRAFT_NOTE = re.compile(r"^(\S+\.toml): note: nothing was recorded; what you entered is kept here$", re.M)

EIO_SHIM = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
/* fsync fails with EIO for files whose path contains $HWK_TEST_EIO_PATH, as after a disk's
   write-back error; every other call goes to the real fsync. */
int fsync(int fd) {
  static int (*real)(int);
  if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
  const char* match = getenv("HWK_TEST_EIO_PATH");
  char link[64], path[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, path, sizeof path - 1);
  if (match && n > 0) {
    path[n] = 0;
    if (strstr(path, match)) {
      errno = EIO;
      return -1;
    }
  }
  return real(fd);
}
"""


def prefill(log, records=200):
    """Makes the log long (copies of its record with ids of their own): a rewrite needs room."""
    text = read_bytes(log).decode()
    head, _, record = text.partition("\n[[records]]\n")
    first = tomllib.loads(text)["records"][0]["id"]
    body = "".join(("\n[[records]]\n" + record).replace(first, first[:22] + f"{i:04d}") for i in range(records))
    with open(log, "w") as f:
        f.write(head + body)


def new_practice(parent, env):
    root = make_practice(parent, env)
    r = hwk(["log", "c-0042", "paced-breathing", "--at", "2026-11-20T08:00"] + LOG_ARGS, root, env)
    assert r.returncode == 0, r.stderr
    prefill(log_files(root)[0])
    return root


def after_fault(label, root, env, r, before, reason, git=True):
    """The checks every fault shares; returns the draft's path (or None)."""
    check(r.returncode == 1, f"{label}: hwk log exits 1", f"exit {r.returncode}: {r.stderr}")
    check(re.search(r"log/2026-11\.\w+\.toml: error: .*" + reason, r.stderr) is not None,
          f"{label}: the error names the log file and says '{reason}'", r.stderr)
    check(read_bytes(log_files(root)[0]) == before, f"{label}: the log is byte for byte as it was")
    check(not temporary_files(root), f"{label}: no temporary file is left", temporary_files(root))
    m = DRAFT_NOTE.search(r.stderr)
    hint = m and f"hint: record it with 'hwk log --draft {m.group(1)}' once the problem is fixed" in r.stderr
    check(m is not None and hint, f"{label}: says where the draft is kept and how to record it", r.stderr)
    if not m:
        return None
    draft = os.path.join(root, m.group(1))
    check(os.path.dirname(draft) == os.path.join(root, ".hwk", "drafts"), f"{label}: the draft is in .hwk/drafts/", draft)
    try:
        with open(draft, "rb") as f:
            kept = tomllib.load(f)["records"]
        ok = len(kept) == 1 and kept[0].get("reflection") == TYPED and kept[0]["values"]["tension_before"] == 6
        check(ok, f"{label}: the draft holds the typed record (read by tomllib)", kept)
    except (OSError, tomllib.TOMLDecodeError, KeyError) as e:
        check(False, f"{label}: the draft holds the typed record (read by tomllib)", e)
    check(os.stat(draft).st_mode & 0o777 == 0o600, f"{label}: the draft is readable by its owner only",
          oct(os.stat(draft).st_mode))
    if git and shutil.which("git"):  # (a full disk has no room for a repository)
        g = subprocess.run(["git", "-c", "init.defaultBranch=main", "init", "-q"], cwd=root, capture_output=True)
        ignored = subprocess.run(["git", "check-ignore", "-q", os.path.relpath(draft, root)], cwd=root)
        check(g.returncode == 0 and ignored.returncode == 0, f"{label}: git ignores the draft")
        shutil.rmtree(os.path.join(root, ".git"), ignore_errors=True)
    return draft


def draft_id(draft):
    with open(draft, "rb") as f:
        return tomllib.load(f)["records"][0]["id"]


def record_the_draft(label, root, env, draft):
    """Once the fault is gone: hwk log --draft records it with its id, once, and deletes it."""
    rid = draft_id(draft)
    before = len(records_of(root))
    r = hwk(["log", "--draft", os.path.relpath(draft, root)], root, env)
    check(r.returncode == 0 and f"as {rid}, from the draft" in r.stdout, f"{label}: hwk log --draft records it",
          r.stdout + r.stderr)
    recs = records_of(root)
    mine = [x for x in recs if x["id"] == rid]
    check(len(recs) == before + 1 and len(mine) == 1 and mine[0].get("reflection") == TYPED,
          f"{label}: the log holds the typed record once, with the id it was given")
    check(not os.path.exists(draft), f"{label}: the draft is deleted once recorded")
    c = hwk(["check"], root, env)
    check(c.returncode == 0 and not c.stdout and not c.stderr, f"{label}: hwk check is silent", c.stderr)


# ------------------------------------------------------------------------- inside a namespace
def fill_up(path):
    """Appends to `path` until the file system is full."""
    with open(path, "ab", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError:
            pass
        try:
            while True:
                f.write(b"\0" * 64)
        except OSError:
            pass


def inside_full_disk(tmp):
    env = clean_env(os.path.join(tmp, "home"))
    os.makedirs(env["HOME"], exist_ok=True)
    mnt = os.path.join(tmp, "disk")
    os.makedirs(mnt)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", mnt], check=True)
    root = new_practice(mnt, env)
    log = log_files(root)[0]
    before = read_bytes(log)
    filler = os.path.join(mnt, "filler")
    fill_up(filler)  # then give back 16 KiB: less than the log's size
    os.truncate(filler, max(0, os.path.getsize(filler) - 16384))
    check(len(before) > 32768, f"full disk: the log ({len(before)} bytes) is larger than the room left (16 KiB)")
    r = hwk(LOG, root, env)
    draft = after_fault("full disk", root, env, r, before, "cannot write: no space left on device", git=False)

    fill_up(filler)  # no room at all: even a draft cannot be kept
    r = hwk(LOG, root, env)
    check(r.returncode == 1 and "could not be kept as a draft either: cannot write: no space left on device" in r.stderr,
          "disk with no room at all: says that the draft could not be kept either", r.stderr)
    check(read_bytes(log) == before and not temporary_files(root), "disk with no room at all: the log is as it was")

    os.remove(filler)
    if draft:
        r = hwk(["log", "c-0042", "paced-breathing"] + LOG_ARGS, root, env)
        check(r.returncode == 0 and f"{os.path.relpath(draft, root)}: note: a record from 2026-11-22 08:30 "
              "(paced-breathing, done) was not saved and is kept here" in r.stderr
              and f"hint: record it with 'hwk log --draft {os.path.relpath(draft, root)}'" in r.stderr,
              "full disk: once there is room, the next hwk log without a terminal notes the draft", r.stderr)
        record_the_draft("full disk", root, env, draft)


def inside_read_only(tmp):
    env = clean_env(os.path.join(tmp, "home"))
    os.makedirs(env["HOME"], exist_ok=True)
    root = new_practice(tmp, env)
    logdir = os.path.join(root, "clients", "c-0042", "log")
    before = read_bytes(log_files(root)[0])
    subprocess.run(["mount", "--bind", logdir, logdir], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", logdir], check=True)
    r = hwk(LOG, root, env)
    print("# " + r.stderr.replace("\n", "\n# "))
    draft = after_fault("read-only log folder", root, env, r, before, "read-only file system")
    subprocess.run(["umount", logdir], check=True)
    if draft:
        record_the_draft("read-only log folder", root, env, draft)


# ------------------------------------------------------------------------- outside
def in_namespace(case, tmp):
    """Runs this file's `case` in a new user and mount namespace; relays its checks."""
    sub = os.path.join(tmp, case)
    os.makedirs(sub)
    r = subprocess.run(["unshare", "-rm", sys.executable, os.path.abspath(__file__), "--inside", case, sub],
                       capture_output=True, text=True, env=dict(os.environ, HWK=HWK), timeout=300)
    lines = [x for x in r.stdout.splitlines() if x.startswith(("ok - ", "FAIL - ", "    ", "# "))]
    for line in lines:
        if line.startswith("ok - "):
            check(True, line[5:])
        elif line.startswith("FAIL - "):
            check(False, line[7:])
        else:
            print(line)
    check(r.returncode == 0 and lines, f"{case}: the namespace part ran to its end", r.stderr[-2000:])


def file_size_limit(tmp):
    env = clean_env(os.path.join(tmp, "home"))
    root = new_practice(tmp, env)
    before = read_bytes(log_files(root)[0])
    limit = len(before) // 2

    def limited():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    r = hwk(LOG, root, env, preexec_fn=limited)
    draft = after_fault("file-size limit", root, env, r, before, "cannot write: file too large")
    return root, env, draft, limited


def io_error(tmp):
    env = clean_env(os.path.join(tmp, "home"))
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        skip("I/O error", "no C compiler to build the LD_PRELOAD library that injects EIO")
        return
    shim = os.path.join(tmp, "eio.so")
    src = os.path.join(tmp, "eio.c")
    with open(src, "w") as f:
        f.write(EIO_SHIM)
    b = subprocess.run([cc, "-shared", "-fPIC", "-o", shim, src, "-ldl"], capture_output=True, text=True)
    if not check(b.returncode == 0, "the EIO library builds", b.stderr):
        return
    root = new_practice(tmp, env)
    before = read_bytes(log_files(root)[0])
    faulty = dict(env, LD_PRELOAD=shim, HWK_TEST_EIO_PATH="/clients/c-0042/log/",
                  ASAN_OPTIONS=os.environ.get("ASAN_OPTIONS", "") + ":verify_asan_link_order=0")
    r = hwk(LOG, root, faulty)
    draft = after_fault("I/O error", root, env, r, before, "cannot flush to disk: input/output error")
    if draft:
        record_the_draft("I/O error", root, env, draft)


def offered_on_a_terminal(root, env, make_draft):
    """A kept draft is offered by hwk log on a terminal: keep it, discard it, record it."""
    tty = dict(env, TERM="xterm")
    for answer in ("k", "d", "r"):
        draft = make_draft()
        if not draft:
            return
        rid = draft_id(draft)
        before = read_bytes(log_files(root)[0])
        p = Pty(["log", "c-0042", "paced-breathing"], root, tty)
        offered = p.expect(r"A draft from 2026-11-22 08:30 \(paced-breathing, done\) was not saved: \"typed on a bad day")
        asked = p.expect(r"\(r\)ecord it now / \(d\)iscard / \(k\)eep\? > ")
        check(offered and asked, f"on a terminal, hwk log offers the draft (answer '{answer}')", p.text)
        p.line(answer)
        if answer == "k":
            check(p.expect(r"kept the draft for later"), "k keeps the draft", p.text)
        elif answer == "d":
            check(p.expect(r"discarded the draft"), "d discards the draft", p.text)
        else:
            check(p.expect(rf"recorded paced-breathing \(done\) for c-0042 at .* as {rid}, from the draft"),
                  "r records the draft", p.text)
        check(p.expect(r"Paced breathing") is not None, f"then it goes on to the new record (after '{answer}')", p.text)
        p.send("\x03")  # Ctrl-C: no new record
        p.wait()
        after = read_bytes(log_files(root)[0])
        ids = [x["id"] for x in records_of(root)]
        if answer == "k":
            check(os.path.exists(draft) and after == before, "after 'k': the draft is still there, the log unchanged")
            os.remove(draft)
        elif answer == "d":
            check(not os.path.exists(draft) and after == before, "after 'd': the draft is gone, the log unchanged")
        else:
            check(not os.path.exists(draft) and ids.count(rid) == 1 and after.startswith(before),
                  "after 'r': the draft is gone and its record is in the log once")


def recorded_twice(root, env, draft):
    """Recording the same draft again (a copy kept by hand) is recognised by the record's id."""
    saved = read_bytes(draft)
    record_the_draft("file-size limit", root, env, draft)
    with open(draft, "wb") as f:
        f.write(saved)
    before = read_bytes(log_files(root)[0])
    r = hwk(["log", "--draft", draft], root, env)
    check(r.returncode == 0 and "is already in the log; deleted the draft" in r.stdout,
          "a draft recorded a second time is recognised by its id", r.stdout + r.stderr)
    check(read_bytes(log_files(root)[0]) == before and not os.path.exists(draft), "and nothing is added to the log")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--inside":
        {"full-disk": inside_full_disk, "read-only": inside_read_only}[sys.argv[2]](sys.argv[3])
        return
    require_hwk()
    tmp = tempdir("hwk-faults.")

    efbig = os.path.join(tmp, "efbig")
    os.makedirs(efbig)
    root, env, draft, limited = file_size_limit(efbig)
    if draft:
        recorded_twice(root, env, draft)

        def make_draft():
            r = hwk(LOG, root, env, preexec_fn=limited)
            m = DRAFT_NOTE.search(r.stderr)
            check(m is not None, "a file-size limit keeps a draft", r.stderr)
            return m and os.path.join(root, m.group(1))

        offered_on_a_terminal(root, env, make_draft)

    eio = os.path.join(tmp, "eio")
    os.makedirs(eio)
    io_error(eio)

    if userns_works():
        in_namespace("full-disk", tmp)
        in_namespace("read-only", tmp)
    else:
        skip("full disk (a small tmpfs) and read-only folder (a read-only bind mount)",
             "this machine does not allow unprivileged user namespaces (unshare -rm failed)")
    finish()


if __name__ == "__main__":
    main()
