#!/usr/bin/env python3
"""System test: the derived cache stays true on a file system whose timestamps tick coarsely.

Fault injected: coarse timestamps. Kernels before 6.13 keep ext4, xfs, btrfs and tmpfs change times
in ticks of several milliseconds, and some file systems in whole seconds; this machine's may be
fine-grained, so a tiny LD_PRELOAD library built here rounds down the modification and change
times that stat(2) gives hwk to whole seconds (HWK_TEST_TICK_NS).

The case: an old month's log file is written and read into the cache (by `hwk review`) within one
tick, then edited in place in that same tick (same size, same modification time: nothing in its
stamp changes). The entry was made within the file's tick, so it must not be trusted on its stamp;
and an unrelated run (`hwk due`, which never reads that month) that rewrites the cache file later
must not make it trusted either. The next review must show the edited text, as a run without a
cache does.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import HWK, check, clean_env, finish, require_hwk, skip  # noqa: E402

TICK_NS = 1_000_000_000

COARSE_SHIM = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <sys/stat.h>
/* The modification and change times that stat gives are rounded down to $HWK_TEST_TICK_NS, as a
   file system with a coarse clock keeps them. */
static void coarse(struct stat* st) {
  const char* t = getenv("HWK_TEST_TICK_NS");
  long long tick = t ? atoll(t) : 1000000000LL;
  struct timespec* ts[2] = {&st->st_mtim, &st->st_ctim};
  for (int i = 0; i < 2; ++i) {
    long long ns = (long long)ts[i]->tv_sec * 1000000000LL + ts[i]->tv_nsec;
    ns -= ns % tick;
    ts[i]->tv_sec = ns / 1000000000LL;
    ts[i]->tv_nsec = ns % 1000000000LL;
  }
}
int fstatat(int dir, const char* path, struct stat* st, int flags) {
  static int (*real)(int, const char*, struct stat*, int);
  if (!real) real = (int (*)(int, const char*, struct stat*, int))dlsym(RTLD_NEXT, "fstatat");
  int r = real(dir, path, st, flags);
  if (r == 0) coarse(st);
  return r;
}
int fstat(int fd, struct stat* st) {
  static int (*real)(int, struct stat*);
  if (!real) real = (int (*)(int, struct stat*))dlsym(RTLD_NEXT, "fstat");
  int r = real(fd, st);
  if (r == 0) coarse(st);
  return r;
}
int stat(const char* path, struct stat* st) {
  static int (*real)(const char*, struct stat*);
  if (!real) real = (int (*)(const char*, struct stat*))dlsym(RTLD_NEXT, "stat");
  int r = real(path, st);
  if (r == 0) coarse(st);
  return r;
}
"""

OLD_MONTH = """# hwk log of c-0042 for 2026-10, written by testwrtr.

[[records]]
id = "01M7Z0000000000000000000A1"
kind = "practice"
at = 2026-10-20T08:00:00-04:00
recorded = 2026-10-20T08:30:00-04:00
assignment = "breathing"
template = "paced-breathing"
template_version = 1
status = "skipped"
reason = "REASON-FIRST"
"""


def hwk(args, cwd, env, timeout=60):
    return subprocess.run([HWK] + args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def wait_for_tick_start():
    """Sleeps until just after a tick begins, so that what follows has most of a tick to run in."""
    now = time.time_ns()
    time.sleep((TICK_NS - now % TICK_NS) / 1e9 + 0.01)


def same_tick(a_ns, b_ns):
    return a_ns // TICK_NS == b_ns // TICK_NS


def attempt(tmp, env, n):
    practice = os.path.join(tmp, f"practice{n}")
    shutil.copytree(os.path.join(os.environ["HWK_SOURCE_DIR"], "tests", "fixtures", "due"), practice)
    os.makedirs(os.path.join(practice, ".hwk"))
    with open(os.path.join(practice, ".hwk", "writer"), "w") as f:
        f.write("testwrtr\n")
    old = os.path.join(practice, "clients", "c-0042", "log", "2026-10.testwrtr.toml")
    review = ["review", "c-0042", "--since", "2026-10-01"]

    time.sleep(1.1)  # the fixture's files settle
    hwk(["due"], practice, env)  # a cache of what due reads, made well after the files were written
    wait_for_tick_start()
    start = time.time_ns()
    with open(old, "w") as f:
        f.write(OLD_MONTH)
    first = hwk(review, practice, env)
    stamp = os.stat(old)
    with open(old, "r+") as f:  # in place: the same file, the same size
        data = f.read()
        f.seek(0)
        f.write(data.replace("REASON-FIRST", "REASON-LATER"))
    os.utime(old, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    if not same_tick(start, time.time_ns()):
        return None  # the machine was too slow for one tick: try again
    if not check(first.returncode == 0 and "REASON-FIRST" in first.stdout, f"review reads the old month (attempt {n})",
                 first.stdout + first.stderr):
        return False
    time.sleep(1.1)
    # Unrelated: today's record changes what due reads, so due rewrites the client's cache file.
    r = hwk(["log", "c-0042", "mood", "--set", "mood=5", "--at", "2026-11-23T20:00"], practice, env)
    check(r.returncode == 0, "hwk log", r.stderr)
    r = hwk(["due"], practice, env)
    check(r.returncode == 0, "hwk due rewrites the cache", r.stderr)
    warm = hwk(review, practice, env)
    shutil.rmtree(os.path.join(practice, ".hwk", "cache"))
    fresh = hwk(review, practice, env)
    check("REASON-LATER" in fresh.stdout, "without a cache, review shows the edited record", fresh.stdout + fresh.stderr)
    return check(warm.stdout == fresh.stdout and warm.returncode == fresh.returncode,
                 "an entry made within its file's tick is not trusted on its stamp, even after another run rewrote the cache",
                 f"with the cache:\n{warm.stdout}\nwithout:\n{fresh.stdout}")


def main():
    require_hwk()
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        skip("coarse timestamps", "no C compiler to build the LD_PRELOAD library")
        finish()
    tmp = tempfile.mkdtemp(prefix="hwk-coarse-time-")
    try:
        shim = os.path.join(tmp, "coarse.so")
        src = os.path.join(tmp, "coarse.c")
        with open(src, "w") as f:
            f.write(COARSE_SHIM)
        b = subprocess.run([cc, "-shared", "-fPIC", "-o", shim, src, "-ldl"], capture_output=True, text=True)
        if not check(b.returncode == 0, "the coarse-time library builds", b.stderr):
            finish()
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        env = clean_env(home, HWK_NOW="2026-11-23T21:00:00-05:00", LD_PRELOAD=shim, HWK_TEST_TICK_NS=str(TICK_NS),
                        ASAN_OPTIONS=os.environ.get("ASAN_OPTIONS", "") + ":verify_asan_link_order=0")
        for n in range(1, 6):
            if attempt(tmp, env, n) is not None:
                break
        else:
            skip("coarse timestamps", "no attempt fitted the writes and the first review in one tick")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    finish()


if __name__ == "__main__":
    main()
