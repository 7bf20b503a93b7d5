#!/usr/bin/env python3
"""System test: `hwk feedback` without --text on a real pseudo-terminal asks for the feedback.

On tests/fixtures/review: an empty answer is asked again (the text is required), the answer is
written as a feedback record (read back with tomllib), and Ctrl-D at the question leaves the
practice as it was. Uses the shared pseudo-terminal harness (lib/hwk_harness.py) and the
snapshot helpers of log_prompt.py.
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import log_prompt as lp  # noqa: E402
from hwk_harness import HWK, Pty, check, exit_code, finish  # noqa: E402

SOURCE = os.environ.get("HWK_SOURCE_DIR") or os.path.join(os.path.dirname(__file__), "..", "..")
RECORD = "01M85MG2800000000000000022"
NOW = "2026-11-23T21:00:00-05:00"


def main():
    if not HWK or not os.access(HWK, os.X_OK):
        print("HWK is not set to the hwk binary")
        print("0 passed, 1 failed")
        return 1
    work = tempfile.mkdtemp(prefix="hwk-feedback-prompt-")
    try:
        practice = os.path.join(work, "review")
        shutil.copytree(os.path.join(SOURCE, "tests", "fixtures", "review"), practice)
        env = dict(os.environ, TERM="xterm", TZ="America/New_York")
        env.pop("HWK_NOW", None)
        args = ["--now", NOW, "feedback", RECORD, "--quality", "3"]

        before = lp.snapshot(practice)
        p = Pty(args, practice, env)
        check(p.expect(r"Your feedback:") is not None, "asks for the feedback on a terminal", p.text)
        p.send("\x04")
        status = exit_code(p.wait())
        check(status == 1, "Ctrl-D at the question fails", f"status {status}\n{p.text}")
        check(lp.diff_snapshots(before, lp.snapshot(practice)) == "", "and writes nothing",
                 lp.diff_snapshots(before, lp.snapshot(practice)))

        p = Pty(args, practice, env)
        check(p.expect(r"Your feedback:") is not None, "asks again in a new run", p.text)
        check(p.prompt() is not None, "shows its input prompt", p.text)
        p.line("")
        check(p.prompt() is not None, "an empty answer is asked again", p.since_mark())
        p.line("Walking with a friend: keep that.")
        status = exit_code(p.wait())
        check(status == 0, "the answer is recorded", f"status {status}\n{p.text}")
        check(f"recorded feedback on {RECORD} (walk) for c-0042 as " in p.text, "and reported", p.text)
        feedback = [r for r in lp.all_records(practice) if r.get("kind") == "feedback" and r.get("answers") == RECORD]
        texts = [(r.get("note"), r.get("quality"), r.get("assignment")) for r in feedback]
        check(("Walking with a friend: keep that.", 3, "walk") in texts, "the record holds the text, the rating and the assignment",
                 texts)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    finish()


if __name__ == "__main__":
    sys.exit(main())
