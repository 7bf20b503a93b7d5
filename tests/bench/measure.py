#!/usr/bin/env python3
"""Times whole processes for the benchmark (tests/bench/run): warm runs (median, min-max) and one
cold run after the files it reads were dropped from the page cache, with each process's peak
memory (ru_maxrss of the child, from wait4), and the CPU time a virtual machine's host took for
others during the warm runs ("steal", from /proc/stat). Prints a table; --json FILE also writes
the figures.

  measure.py [--runs N] [--json FILE] [--label TEXT] -- NAME:::EVICT_PATH:::COMMAND [...]

Each case is a name, a file or directory whose files the cold run evicts (fadvise DONTNEED on every
file, which needs no root; directories and inodes stay cached), and a shell command. A command
that exits non-zero fails the benchmark: timing a failure would be meaningless.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def evict(path):
    """Asks the kernel to drop the cached pages of every file under `path`."""
    if not path:
        return
    paths = [path] if os.path.isfile(path) else (os.path.join(d, f) for d, _, fs in os.walk(path) for f in fs)
    for p in paths:
        try:
            fd = os.open(p, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            try:
                os.fdatasync(fd)  # dirty pages cannot be dropped
            except OSError:
                pass
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def run_once(command):
    """Runs `command` with its output discarded; returns (seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"measure.py: '{command}' exited with {code}:\n{err[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024.0


def cpu_ticks():
    """(steal, total) jiffies of all CPUs from /proc/stat; (0, 0) where there is none."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:9]]
    except (OSError, ValueError):
        return 0, 0
    return fields[7], sum(fields)


def measure(name, evict_path, command, runs):
    run_once(command)  # warm-up: caches filled, derived caches written
    # What is still to be written back to disk (a practice generated just now, the 50 MB of derived
    # cache the first warm-up wrote) is written before timing, not during the warm runs.
    os.sync()
    times, peaks = [], []
    steal_before, total_before = cpu_ticks()
    for _ in range(runs):
        t, m = run_once(command)
        times.append(t)
        peaks.append(m)
    steal_after, total_after = cpu_ticks()
    evict(evict_path)
    cold, cold_peak = run_once(command)
    run_once(command)  # leave the caches warm for the next case
    return {
        "name": name,
        "command": command,
        "median_ms": statistics.median(times) * 1000,
        "min_ms": min(times) * 1000,
        "max_ms": max(times) * 1000,
        "cold_ms": cold * 1000,
        "peak_mib": max(peaks + [cold_peak]),
        "runs": runs,
        # On a virtual machine, the share of CPU time the host gave to others during the warm runs:
        # when it is high, the figures say as much about the host as about the command.
        "steal_pct": 100.0 * (steal_after - steal_before) / max(1, total_after - total_before),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--json")
    ap.add_argument("--label", default="")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()
    results = []
    for case in args.cases:
        name, evict_path, command = case.split(":::", 2)
        r = measure(name, evict_path, command, args.runs)
        results.append(r)
        print(f"  measured {name}: {r['median_ms']:.1f} ms", file=sys.stderr, flush=True)

    by_name = {r["name"]: r for r in results}
    print(f"\n{args.label}" if args.label else "")
    print(f"{'command':<24} {'median':>9} {'min–max (warm)':>20} {'cold':>9} {'peak RSS':>10} {'steal':>6}")
    for r in results:
        spread = f"{r['min_ms']:.1f}–{r['max_ms']:.1f} ms"
        print(f"{r['name']:<24} {r['median_ms']:>6.1f} ms {spread:>20} {r['cold_ms']:>6.1f} ms {r['peak_mib']:>6.1f} MiB"
              f" {r['steal_pct']:>5.1f}%")
    for hwk, ledger in (("hwk summary", "ledger bal"), ("hwk summary", "ledger reg")):
        if hwk in by_name and ledger in by_name:
            ratio = by_name[ledger]["median_ms"] / by_name[hwk]["median_ms"]
            print(f"{ledger} takes {ratio:.1f}× as long as {hwk}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"label": args.label, "results": results}, f, indent=2)


if __name__ == "__main__":
    main()
