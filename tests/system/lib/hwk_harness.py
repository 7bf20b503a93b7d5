"""Shared by the Python system tests (imported, not run): counting checks, a clean environment,
a practice made with the real binary, log files read back with tomllib, and a pseudo-terminal.

A test module adds this folder to sys.path and does `from hwk_harness import *`.
"""
import atexit
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib

HWK = os.environ.get("HWK") or shutil.which("hwk")
NOW = "2026-11-23T21:00:00+01:00"

_counts = {"passed": 0, "failed": 0, "skipped": 0}


def check(cond, what, detail=""):
    """One check: 'ok - WHAT', or 'FAIL - WHAT' with the detail indented below it."""
    if cond:
        _counts["passed"] += 1
        print(f"ok - {what}", flush=True)
    else:
        _counts["failed"] += 1
        print(f"FAIL - {what}", flush=True)
        for line in str(detail).splitlines():
            print(f"    {line}", flush=True)
    return cond


def skip(what, why):
    """A check this machine cannot make, said plainly rather than passed or failed."""
    _counts["skipped"] += 1
    print(f"skip - {what}: {why}", flush=True)


def finish():
    c = _counts
    line = f"{c['passed']} passed, {c['failed']} failed"
    if c["skipped"]:
        line += f", {c['skipped']} skipped"
    print(line)
    sys.exit(1 if c["failed"] or not HWK else 0)


def debian_module(name, package):
    """Imports module `name`, from Debian's packages when python3 is not Debian's own; ends the test
    as one failure naming `package` when it is not installed."""
    import importlib
    try:
        return importlib.import_module(name)
    except ImportError:
        if "/usr/lib/python3/dist-packages" not in sys.path:
            sys.path.append("/usr/lib/python3/dist-packages")
        try:
            return importlib.import_module(name)
        except ImportError as e:
            print(f"FAIL - {package} is needed ({e}); run .ci/install-deps --test")
            print("0 passed, 1 failed")
            sys.exit(1)


def require_hwk():
    if not HWK or not os.access(HWK, os.X_OK):
        print("HWK is not set to the hwk binary")
        print("0 passed, 1 failed")
        sys.exit(1)


def clean_env(home, **extra):
    """An environment that reads no user configuration and pins the clock."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "HWK_NOW": NOW,
        "TZ": "UTC",
        "LANG": "C.UTF-8",
        "NO_COLOR": "1",
        "TERM": "dumb",
    }
    # A sanitizer build must not stop at a preloaded test library (see faults_log.py).
    if "ASAN_OPTIONS" in os.environ:
        env["ASAN_OPTIONS"] = os.environ["ASAN_OPTIONS"]
    env.update({k: v for k, v in extra.items() if v is not None})
    return env


def hwk(args, cwd, env, input=None, timeout=60, preexec_fn=None):
    """Runs hwk; returns the CompletedProcess with text output."""
    return subprocess.run([HWK] + list(args), cwd=cwd, env=env, input=input, capture_output=True, text=True,
                          timeout=timeout, preexec_fn=preexec_fn)


def make_practice(parent, env, name="practice", client="c-0042"):
    """A practice with one client assigned paced breathing daily; returns its path."""
    root = os.path.join(parent, name)
    for args, cwd in ((["init", root, "--timezone", "Europe/Berlin"], parent),
                      (["client", "add", client, "--name", "Alex"], root),
                      (["assign", client, "paced-breathing", "--schedule", "daily", "--at", "08:00",
                        "--start", "2026-11-01"], root)):
        r = hwk(args, cwd, env)
        if r.returncode != 0:
            raise RuntimeError(f"hwk {' '.join(args)} failed: {r.stderr}")
    return root


LOG_ARGS = ["--set", "tension_before=6", "--set", "time_practised=10m", "--no-input"]


def log_files(root, client="c-0042"):
    d = os.path.join(root, "clients", client, "log")
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".toml") and not f.startswith("."))


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def records_of(root, client="c-0042"):
    """Every record in the client's log files, parsed by tomllib (an independent TOML parser)."""
    out = []
    for f in log_files(root, client):
        with open(f, "rb") as fh:
            out.extend(tomllib.load(fh).get("records", []))
    return out


def temporary_files(root):
    """hwk's temporary files anywhere in the practice (left by an interrupted write)."""
    found = []
    for d, _, files in os.walk(root):
        found.extend(os.path.join(d, f) for f in files if f.startswith(".hwk-tmp-"))
    return found


RECORDED = re.compile(r" as ([0-9A-Z]{26})")


def recorded_id(stdout):
    m = RECORDED.search(stdout)
    return m.group(1) if m else None


def userns_works():
    """True when an unprivileged user and mount namespace can be made (unshare -rm)."""
    if not shutil.which("unshare"):
        return False
    r = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return r.returncode == 0


TIMEOUT = 10.0

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def plain(text):
    return ANSI.sub("", text.replace("\r\n", "\n").replace("\r", ""))


class Pty:
    """A child process on a pseudo-terminal, with expect-like helpers."""

    def __init__(self, args, cwd, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # child
            try:
                os.chdir(cwd)
                os.execve(HWK, [HWK] + args, env)
            finally:
                os._exit(127)
        self.raw = b""
        self.mark = 0  # where the next expect starts looking, in the plain text
        self.status = None

    @property
    def text(self):
        return plain(self.raw.decode("utf-8", "replace"))

    def _read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            data = b""
        if not data:
            raise EOFError
        self.raw += data
        return True

    def expect(self, pattern, timeout=TIMEOUT):
        """Waits until `pattern` (a regex) appears after the mark; returns the match or None."""
        deadline = time.monotonic() + timeout
        rx = re.compile(pattern)
        while True:
            m = rx.search(self.text, self.mark)
            if m:
                self.mark = m.end()
                return m
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            try:
                self._read(min(left, 0.2))
            except EOFError:
                m = rx.search(self.text, self.mark)
                if m:
                    self.mark = m.end()
                return m

    def prompt(self, timeout=TIMEOUT):
        """Waits for the input prompt '> ' at the end of a line."""
        return self.expect(r"(?m)^> ", timeout)

    def send(self, s):
        os.write(self.fd, s.encode())

    def line(self, s):
        self.send(s + "\r")

    def wait(self, timeout=TIMEOUT):
        """Reads until the child ends; returns its wait status (or None on time-out, after killing it)."""
        deadline = time.monotonic() + timeout
        while self.status is None:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = st
                break
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
                self.status = None
                break
            try:
                self._read(0.1)
            except EOFError:
                time.sleep(0.02)
        # Drain whatever is left.
        try:
            while self._read(0.1):
                pass
        except EOFError:
            pass
        os.close(self.fd)
        return self.status

    def since_mark(self):
        return self.text[self.mark:]


def exit_code(status):
    if status is None:
        return None
    if os.WIFEXITED(status):
        return os.WEXITSTATUS(status)
    return -os.WTERMSIG(status)


def tempdir(prefix):
    """A temporary directory, removed when the test ends."""
    d = tempfile.mkdtemp(prefix=prefix, dir=os.environ.get("TMPDIR"))
    atexit.register(shutil.rmtree, d, ignore_errors=True)
    return d


def workspace(prefix):
    """A temporary directory with a home of its own, and a clean environment for hwk there."""
    tmp = tempdir(prefix)
    env = clean_env(os.path.join(tmp, "home"))
    os.makedirs(env["HOME"])
    return tmp, env


def failures():
    """How many checks have failed so far."""
    return _counts["failed"]
