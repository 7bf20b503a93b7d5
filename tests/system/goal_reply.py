#!/usr/bin/env python3
"""System test: after saving on a terminal, hwk log says the template's success line once, when the
practice just saved reaches this week's goal, and never claims more than the line names.

A practice template is made from paced breathing with its success line set to "You practised on 2
days this week." and assigned 2 per week. Recorded on a real pseudo-terminal (every answer given with
--set, so the reply is all that is shown): Monday's practice makes 1 of 2 and no goal; Wednesday
morning's makes 2 of 2 and the success line follows; Wednesday evening's is the third, and the line
is not said again. A second client, assigned 1 per week, does two practices on one day under a line
that names 2 days: the plan's count is met, the line's is not, so the line is never said.
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import HWK, Pty, check, clean_env, exit_code, finish  # noqa: E402

NOW = "2026-11-25T20:00:00+01:00"  # Wednesday, Berlin
GOAL = "Goal for this week reached. You practised on 2 days this week."


def run(args, cwd, env):
    r = subprocess.run([HWK] + args, cwd=cwd, env=env, capture_output=True, text=True)
    check(r.returncode == 0, "hwk " + " ".join(args), r.stderr)
    return r


def saved(practice, env, client, at):
    """hwk log on a pty with every answer given; returns what it showed."""
    p = Pty(["log", client, "my-breath", "--no-input", "--at", at, "--set", "tension_before=6",
             "--set", "time_practised=10m", "--reflect", "slower each time"], practice, env)
    st = p.wait()
    check(exit_code(st) == 0, f"{client} at {at}: hwk log exits 0", p.text[-800:])
    return re.sub(r"\x1b\[[0-9;]*m", "", p.text).replace("\r", "")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        env = clean_env(home, HWK_NOW=NOW, TERM="xterm")
        practice = os.path.join(tmp, "practice")
        run(["init", practice], tmp, env)
        run(["template", "new", "my-breath", "--from", "paced-breathing"], practice, env)
        path = os.path.join(practice, "templates", "my-breath.yaml")
        with open(path) as f:
            text = f.read()
        text, n = re.subn(r"(?m)^success: .*$", "success: You practised on 2 days this week.", text)
        check(n == 1, "the practice template has one success line to change", text[:400])
        with open(path, "w") as f:
            f.write(text)
        for client, schedule in (("c-0042", "2 per week"), ("c-0043", "1 per week")):
            run(["client", "add", client, "--timezone", "Europe/Berlin"], practice, env)
            run(["assign", client, "my-breath", "--schedule", schedule, "--start", "2026-11-16"], practice, env)

        monday = saved(practice, env, "c-0042", "2026-11-23T08:00")
        check("That makes 1 of 2 this week. Well done." in monday, "Monday: 1 of 2 this week", monday)
        check("Goal for this week" not in monday, "Monday: the goal is not reached yet", monday)

        morning = saved(practice, env, "c-0042", "2026-11-25T08:00")
        lines = [ln for ln in morning.splitlines() if ln.strip()]
        check(lines[-2:] == ["That makes 2 of 2 this week, 2 in a row. Well done.", GOAL],
              "Wednesday morning: 2 of 2, then the template's success line", morning)

        evening = saved(practice, env, "c-0042", "2026-11-25T19:00")
        check("Goal for this week" not in evening, "Wednesday evening: the goal was reached before, not said again", evening)

        once = saved(practice, env, "c-0043", "2026-11-25T08:00")
        twice = saved(practice, env, "c-0043", "2026-11-25T19:00")
        check("Goal for this week" not in once + twice,
              "1 per week, twice on one day: the line names 2 days and only 1 had a practice", once + twice)
    finish()


if __name__ == "__main__":
    main()
