#!/usr/bin/env python3
"""System test: on a real pseudo-terminal, what the client answers sets the record's status, a
weekly reflection is asked once a week, and the clinician's rating is asked with its anchors.

- Activity scheduling: answering "did not do it" to "Done as planned" records the practice as
  skipped (not done) and asks what got in the way; "part of it" records it as partial.
- A sleep diary asks its reflection once a week: the second record of the week does not ask it.
- hwk feedback without --quality asks "How was it done, from 0 to 4?" after the text, showing an
  anchor for every point; an answer out of range is asked again.
Records are read back with tomllib. Uses the shared harness (lib/hwk_harness.py).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import Pty, check, exit_code, finish, hwk, records_of, require_hwk, workspace  # noqa: E402


def setup(parent, env):
    root = os.path.join(parent, "p")
    for args, cwd in ((["init", root, "--timezone", "Europe/Berlin"], parent),
                      (["client", "add", "c-0042", "--name", "Alex"], root),
                      (["assign", "c-0042", "behavioural-activation", "--schedule", "daily", "--start", "2026-11-16"], root),
                      (["assign", "c-0042", "sleep-diary", "--schedule", "daily", "--start", "2026-11-16"], root)):
        r = hwk(args, cwd, env)
        if r.returncode != 0:
            raise RuntimeError(f"hwk {' '.join(args)} failed: {r.stderr}")
    return root


def answer_until(p, question, answer):
    """Answers each prompt with Enter until `question` is asked, then gives `answer`."""
    for _ in range(40):
        if p.expect(r"(?m)^> ", timeout=10) is None:
            return False
        if question in p.text[max(0, p.mark - 400):p.mark]:
            p.line(answer)
            return True
        p.line("")
    return False


def activity(root, env, how, at):
    p = Pty(["log", "c-0042", "behavioural-activation", "--at", at], root, env)
    ok = p.expect(r"Activity scheduling") is not None
    ok = ok and answer_until(p, "What activity did you plan to do?", "Walk to the park")
    ok = ok and answer_until(p, "Did you do it the way you planned?", how)
    return p, ok


def main():
    require_hwk()
    work, env = workspace("hwk-status-prompt-")
    env["TERM"] = "xterm"
    if True:
        root = setup(work, env)

        p, ok = activity(root, env, "did not do it", "2026-11-20T10:00")
        check(ok, "the prompt asks 'Done as planned'", p.text)
        check(answer_until(p, "What got in the way?", "It rained all day"), "'did not do it' asks what got in the way", p.text)
        while p.expect(r"(?m)^> ", timeout=5) is not None:
            p.line("")
        status = exit_code(p.wait())
        check(status == 0 and "(skipped)" in p.text, "and records the practice as skipped", f"status {status}\n{p.text}")
        rec = [r for r in records_of(root) if r.get("assignment") == "behavioural-activation"]
        check([(r.get("status"), r.get("reason")) for r in rec] == [("skipped", "It rained all day")],
              "the log holds it as skipped, with the reason", rec)

        p, ok = activity(root, env, "part of it", "2026-11-21T10:00")
        while ok and p.expect(r"(?m)^> ", timeout=5) is not None:
            p.line("")
        status = exit_code(p.wait())
        check(status == 0 and "(partial)" in p.text, "'part of it' records it as partial", f"status {status}\n{p.text}")

        def diary(at, reflection):
            required = ["--set", "time_to_bed=23:00", "--set", "time_tried_to_sleep=23:15", "--set", "minutes_to_fall_asleep=20",
                        "--set", "final_awakening=06:30", "--set", "time_out_of_bed=07:00"]
            p = Pty(["log", "c-0042", "sleep-diary", "--at", at] + required, root, env)
            asked = False
            while p.expect(r"(?m)^> ", timeout=10) is not None:
                asked = asked or "Once a week:" in p.text[max(0, p.mark - 600):p.mark]
                p.line(reflection if asked else "")
            return p, asked, exit_code(p.wait())

        p, asked, status = diary("2026-11-17T08:00", "Later nights, worse mornings")
        check(status == 0 and asked, "a sleep diary asks its weekly question on the week's first record", f"status {status}\n{p.text}")
        p, asked, status = diary("2026-11-18T08:00", "should not be asked")
        check(status == 0 and not asked, "and not again that week", p.text)
        reflections = [r.get("reflection", "") for r in records_of(root) if r.get("assignment") == "sleep-diary"]
        check(len(reflections) == 2 and "Later nights, worse mornings" in reflections[0] and reflections[1] == "",
              "the reflection is on the first record only", reflections)

        practice_id = rec[0]["id"]
        p = Pty(["feedback", "c-0042", practice_id], root, env)
        check(p.expect(r"Your feedback:") is not None and p.prompt() is not None, "feedback asks for its text", p.text)
        p.line("Rain happens: plan an indoor option.")
        check(p.expect(r"How was it done, from 0 to 4\?") is not None, "then for the rating", p.text)
        for anchor in ("0  not attempted", "3  done as agreed", "4  done as agreed, with skill or something new learned"):
            check(anchor in p.text, f"showing the anchor '{anchor}'", p.text)
        check(p.prompt() is not None, "with its input prompt", p.text)
        p.line("7")
        check(p.expect(r"from 0 to 4") is not None and p.prompt() is not None, "7 is asked again", p.since_mark())
        p.line("1")
        status = exit_code(p.wait())
        check(status == 0, "the feedback is recorded", f"status {status}\n{p.text}")
        fb = [r for r in records_of(root) if r.get("kind") == "feedback"]
        check([(r.get("quality"), r.get("answers")) for r in fb] == [(1, practice_id)], "with the rating 1", fb)
    finish()


if __name__ == "__main__":
    sys.exit(main())
