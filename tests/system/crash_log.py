#!/usr/bin/env python3
"""System test: `hwk log` killed with SIGKILL at random moments never leaves a partial record.

Fault injected: a crash. In a loop, a real `hwk log` is started and killed with SIGKILL after a
random delay, uniform over the time an uninterrupted run takes (measured first), so the kills land
everywhere: before the lock, while the new file is written and flushed, between the write and the
rename, after the rename. The log is made long first (a few thousand records, so writing and
flushing it takes a while) to widen the windows where a non-atomic append would leave half a file.

After every kill: the log still parses with Python's tomllib; its bytes are either exactly what
they were or those bytes followed by the one new record, whole (so earlier records are intact);
and a temporary file the killed process left behind is never read as data: `hwk check` stays
silent, and the next append removes it. Without the temp-file-and-rename write (writing the log in
place), kills during the write leave a truncated log that fails to parse.

HWK_CRASH_ITERATIONS sets the number of kills (default 150).
"""
import os
import random
import signal
import statistics
import subprocess
import sys
import time
import tomllib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import (HWK, LOG_ARGS, check, finish, hwk, log_files, make_practice, read_bytes, recorded_id,
                         require_hwk, temporary_files, workspace)  # noqa: E402

ITERATIONS = int(os.environ.get("HWK_CRASH_ITERATIONS", "150"))
PREFILL = 1000
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def log_command(n):
    return [HWK, "log", "c-0042", "paced-breathing", "--at", "2026-11-20T08:00", "--reflect", f"kill {n}"] + LOG_ARGS


def prefill(path):
    """Makes the log long: copies of its one record, each with an id of its own."""
    text = read_bytes(path).decode()
    head, _, record = text.partition("\n[[records]]\n")
    record = "\n[[records]]\n" + record
    first_id = tomllib.loads(text)["records"][0]["id"]
    copies = []
    for i in range(PREFILL):
        suffix = "".join(CROCKFORD[(i >> (5 * k)) & 31] for k in range(4))
        copies.append(record.replace(first_id, first_id[:22] + suffix))
    with open(path, "w") as f:
        f.write(head + "".join(copies))


def timed_run(root, env, n):
    start = time.monotonic()
    r = subprocess.run(log_command(n), cwd=root, env=env, capture_output=True, text=True)
    return time.monotonic() - start, r


def main():
    require_hwk()
    tmp, env = workspace("hwk-crash.")
    root = make_practice(tmp, env)
    _, r = timed_run(root, env, "first")
    check(r.returncode == 0, "a first record is written", r.stderr)
    log = log_files(root)[0]
    prefill(log)
    r = hwk(["check"], root, env)
    check(r.returncode == 0 and not r.stderr, f"hwk check accepts the log made long ({PREFILL} records)", r.stderr)

    durations = []
    for n in range(5):
        d, r = timed_run(root, env, f"timing {n}")
        durations.append(d)
    window = statistics.median(durations)
    print(f"# an uninterrupted hwk log takes {statistics.median(durations) * 1000:.1f} ms (median of 5); "
          f"kills fall in its first {window * 1000:.1f} ms", flush=True)

    rng = random.Random(int(os.environ.get("HWK_CRASH_SEED", "20261123")))
    tally = {"unchanged": 0, "whole record": 0, "finished first": 0, "stale temporary file": 0}
    bad = []
    count = len(tomllib.loads(read_bytes(log).decode())["records"])
    checks_with_stale = 0
    for n in range(ITERATIONS):
        before = read_bytes(log)
        p = subprocess.Popen(log_command(n), cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0, window))
        p.send_signal(signal.SIGKILL)
        out, err = p.communicate()
        killed = p.returncode == -signal.SIGKILL
        after = read_bytes(log)
        try:
            records = tomllib.loads(after.decode())["records"]
        except Exception as e:
            bad.append(f"kill {n}: the log does not parse: {e}")
            break
        stale = temporary_files(root)
        if stale:
            tally["stale temporary file"] += 1
            if checks_with_stale < 5:  # readers must not take the killed run's temporary file for data
                checks_with_stale += 1
                r = hwk(["check"], root, env)
                if r.returncode != 0 or r.stdout or r.stderr:
                    bad.append(f"kill {n}: hwk check with {stale} present: {r.stdout}{r.stderr}")
                    break
        if after == before:
            if not killed:
                bad.append(f"kill {n}: hwk exited {p.returncode} without recording: {err}")
            tally["unchanged" if killed else "finished first"] += 1
            continue
        added = after[len(before):]
        new = [r for r in records if r.get("reflection") == f"kill {n}"]
        if not after.startswith(before) or len(records) != count + 1 \
                or len(new) != 1 or not added.lstrip(b"\n").startswith(b"[[records]]"):
            bad.append(f"kill {n}: the log changed other than by one whole record:\n{added[:400]!r}")
            break
        if not killed and recorded_id(out) != new[0]["id"]:
            bad.append(f"kill {n}: hwk reported {recorded_id(out)}, the log holds {new[0]['id']}")
        tally["whole record" if killed else "finished first"] += 1
        count += 1
        if n % 25 == 24:
            r = hwk(["check"], root, env)
            if r.returncode != 0 or r.stderr:
                bad.append(f"kill {n}: hwk check: {r.stderr}")
                break

    print("# " + ", ".join(f"{k}: {v}" for k, v in tally.items()), flush=True)
    check(not bad, f"after each of {ITERATIONS} kills the log parses and holds whole records only, earlier ones intact",
          "\n".join(bad[:5]))
    killed = tally["unchanged"] + tally["whole record"]
    check(killed >= ITERATIONS // 3, "a third of the runs or more were killed before they finished (the test is not vacuous)", tally)
    check(tally["unchanged"] > 0, "some kills came before the record was in the log", tally)

    if checks_with_stale == 0:
        # No kill happened to leave its temporary file this time (a later write removes stale ones,
        # and the kill times are random): leave one as a run killed mid-write would, half written.
        planted = os.path.join(os.path.dirname(log), ".hwk-tmp-" + os.path.basename(log) + "-k1ll3d")
        with open(planted, "wb") as f:
            f.write(read_bytes(log) + b'\n[[records]]\nid = "01M8')
        os.chmod(planted, 0o600)
        r = hwk(["check"], root, env)
        if r.returncode == 0 and not r.stdout and not r.stderr:
            checks_with_stale += 1
        else:
            bad.append(f"planted {planted}: hwk check: {r.stdout}{r.stderr}")
        os.remove(planted)
    check(checks_with_stale > 0, f"hwk check was silent with a killed run's temporary file beside the log "
          f"({checks_with_stale} times)", bad[-1] if bad else tally)
    r = hwk(["check"], root, env)
    check(r.returncode == 0 and not r.stdout and not r.stderr, "hwk check is silent after the kills", r.stderr)
    r = hwk(["summary", "--format", "json"], root, env)
    check(r.returncode == 0, "hwk summary reads the log after the kills", r.stderr)
    beside_log = lambda: [f for f in temporary_files(root) if os.path.dirname(f) == os.path.dirname(log)]  # noqa: E731
    for n in range(200):  # make sure a killed run's temporary file is there for the next append to meet
        if beside_log():
            break
        p = subprocess.Popen(log_command(f"extra {n}"), cwd=root, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, window))
        p.kill()
        p.wait()
    if not beside_log():
        # As above: the kill times are random and the window is narrow, so no kill may have left its
        # temporary file; leave one as a run killed mid-write would, for the append to meet.
        planted = os.path.join(os.path.dirname(log), ".hwk-tmp-" + os.path.basename(log) + "-k1ll3d")
        with open(planted, "wb") as f:
            f.write(read_bytes(log) + b'\n[[records]]\nid = "01M8')
        os.chmod(planted, 0o600)
        print("# no kill left a temporary file beside the log: one was planted", flush=True)
    stale = beside_log()
    check(stale, "a killed run's temporary file is beside the log", tally)
    d, r = timed_run(root, env, "after the kills")
    check(r.returncode == 0, "an uninterrupted hwk log after the kills succeeds", r.stderr)
    check(stale and not beside_log(), "that append removed the temporary file the killed run left", beside_log())
    finish()


if __name__ == "__main__":
    main()
