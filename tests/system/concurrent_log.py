#!/usr/bin/env python3
"""System test: many `hwk log` processes appending to one client's log for one month at once.

Fault injected: contention. 40 real hwk processes are started together on a practice whose clone
has no writer id yet, so they also race to create .hwk/writer, and then all append to the same log
file (same client, same month, same writer). Each append is a read-modify-rename of the whole file,
so without the directory lock (DirLock in src/io/files.cpp) renames overwrite each other and
records go missing; without the atomic rename a reader could see a half-written file. A second
round of 40 appends to the now-long file and must leave the first round's bytes untouched.

Checks: every process exits 0; every record it reported is in the log exactly once, with its own
reflection; the log parses with Python's tomllib; one writer id and one file; no temporary files
left; `hwk check` is silent.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import (HWK, LOG_ARGS, check, finish, hwk, log_files, make_practice, read_bytes, records_of,
                         recorded_id, require_hwk, temporary_files, workspace)  # noqa: E402

PROCESSES = 40


def round_of_logs(root, env, label):
    """Starts PROCESSES hwk log at once; returns {reflection: (exit status, id, stderr)}."""
    procs = {}
    for n in range(PROCESSES):
        reflection = f"{label} writer {n}"
        args = [HWK, "log", "c-0042", "paced-breathing", "--at", f"2026-11-{1 + n % 20:02d}T08:{n % 60:02d}",
                "--reflect", reflection] + LOG_ARGS
        procs[reflection] = subprocess.Popen(args, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                             text=True)
    results = {}
    for reflection, p in procs.items():
        out, err = p.communicate(timeout=120)
        results[reflection] = (p.returncode, recorded_id(out), err)
    return results


def main():
    require_hwk()
    tmp, env = workspace("hwk-concurrent.")
    root = make_practice(tmp, env)
    check(not os.path.exists(os.path.join(root, ".hwk", "writer")), "the clone has no writer id before the race")

    expected = {}
    before = b""
    for label in ("first", "second"):
        results = round_of_logs(root, env, label)
        failures = {k: v for k, v in results.items() if v[0] != 0 or not v[1]}
        check(not failures, f"{label} round: all {PROCESSES} concurrent hwk log succeed",
              "\n".join(f"{k}: exit {v[0]}: {v[2]}" for k, v in list(failures.items())[:5]))
        expected.update({k: v[1] for k, v in results.items()})

        files = log_files(root)
        check(len(files) == 1, f"{label} round: one log file (one writer id for the clone)", files)
        try:
            records = records_of(root)
            parsed = True
        except Exception as e:  # tomllib.TOMLDecodeError or a bad file
            records, parsed = [], False
            check(False, f"{label} round: the log parses with tomllib", e)
        if parsed:
            check(True, f"{label} round: the log parses with tomllib")
        ids = [r["id"] for r in records]
        check(len(ids) == len(set(ids)), f"{label} round: no record id twice", sorted(ids))
        by_reflection = {r.get("reflection"): r["id"] for r in records}
        missing = [k for k, v in expected.items() if by_reflection.get(k) != v]
        check(not missing and len(records) == len(expected),
              f"{label} round: every reported record is present exactly once ({len(expected)} in all)",
              f"missing or wrong: {missing[:5]}; records in the log: {len(records)}")
        now = read_bytes(files[0]) if files else b""
        check(now.startswith(before), f"{label} round: the bytes already in the log are unchanged (append only)")
        before = now

    check(not temporary_files(root), "no temporary files are left", temporary_files(root))
    r = hwk(["check"], root, env)
    check(r.returncode == 0 and r.stdout == "" and r.stderr == "", "hwk check is silent after the concurrent appends",
          f"exit {r.returncode}: {r.stdout}{r.stderr}")
    finish()


if __name__ == "__main__":
    main()
