#!/usr/bin/env python3
"""System test: line editing in the prompt of `hwk log`, on a real pseudo-terminal (TERM=xterm).

A client types with the keys a terminal sends: arrows, Home, End and Delete to fix a typo; Up to
take an earlier answer again; a bracketed paste of three lines into a number and into a reflection;
Alt-Enter for a second line; a typed Esc (Ctrl-V Esc); Ctrl-C and Ctrl-D part-way, then `hwk log`
again to go on; Ctrl-C and Ctrl-D typed ahead, while hwk is still writing the next question. Each
record is read back with tomllib: what was meant is what is kept, and no control character reaches
the log. Then the same typo on a terminal that edits nothing (TERM=dumb) is refused rather than
saved, and Ctrl-C there keeps the answers too.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import HWK, Pty, check, clean_env, exit_code, finish, log_files, make_practice, records_of, require_hwk  # noqa: E402

LEFT, RIGHT, UP = "\x1b[D", "\x1b[C", "\x1b[A"
HOME, END, DELETE = "\x1b[H", "\x1b[F", "\x1b[3~"
ALT_ENTER = "\x1b\r"
CTRL_C, CTRL_D, CTRL_V, ESC = "\x03", "\x04", "\x16", "\x1b"


def paste(text):
    return "\x1b[200~" + text + "\x1b[201~"


def question(p, label):
    """Waits for the question whose label starts a line, then for its prompt."""
    found = p.expect(r"(?m)^" + label) is not None and p.prompt() is not None
    check(found, f"asks '{label}'", p.text[-600:])
    return found


def no_control_characters(records):
    def walk(v):
        if isinstance(v, str):
            return all(c in "\n\t" or (ord(c) >= 0x20 and ord(c) != 0x7F and not 0x80 <= ord(c) <= 0x9F) for c in v)
        if isinstance(v, dict):
            return all(walk(x) for x in v.values())
        if isinstance(v, list):
            return all(walk(x) for x in v)
        return True
    return all(walk(r) for r in records)


def editing(practice, env):
    """Arrows, Home, End, Delete; a pasted number that cannot spill; a pasted reflection; Alt-Enter."""
    p = Pty(["log", "c-0042", "paced-breathing"], practice, env)
    question(p, "When did you practise")
    p.send("\r")  # now
    question(p, "Tension before")
    # A paste of three lines into a number is one answer: refused whole, never spilling on.
    p.send(paste("6\r7\r8"))
    p.send("\r")
    check(p.expect(r"'6 7 8' is not a whole number") is not None, "a 3-line paste into a number is one answer, refused",
          p.text[-400:])
    p.prompt()
    p.send("6\r")
    question(p, "Tension after")
    p.send("4\r")
    question(p, "Time practised")
    p.send("10m\r")
    question(p, "Place")
    p.send("\r")
    question(p, "Hard to keep pace")
    p.send("n\r")
    question(p, "What did you notice")
    # "I am borng": back two, insert the i; Home, "Well, "; End, "!"; Home, Delete the W, type w.
    p.send("I am borng" + LEFT + LEFT + "i" + HOME + "Well, " + END + "!" + HOME + DELETE + "w" + RIGHT * 3 + "\r")
    question(p, "What made it easier")
    p.send(paste("first line\rsecond line\rthird line"))
    p.send(ALT_ENTER + "typed after\r")
    st = p.wait()
    check(exit_code(st) == 0, "the edited record is saved", f"status {exit_code(st)}\n{p.text[-1500:]}")
    last = p.text.rstrip().splitlines()[-1]
    check(re.fullmatch(r"That makes 1 of 1 so far this week\. Well done\.", last) is not None,
          "the last line is the week's progress in plain words, not the record id", p.text[-400:])
    rec = records_of(practice)[-1]
    values = rec.get("values", {})
    check(values.get("tension_before") == 6 and values.get("tension_after") == 4,
          "the paste took nothing from the next question", values)
    refl = rec.get("reflection", "")
    check(refl.startswith("What did you notice in your body as you slowed your breathing? well, I am boring!\n"),
          "arrows, Home, End and Delete edit the answer in place", repr(refl))
    check(refl.endswith("What made it easier or harder to keep the pace? first line\nsecond line\nthird line\ntyped after"),
          "a pasted paragraph and Alt-Enter make one answer of four lines", repr(refl))


def history_and_escape(practice, env):
    """Up brings back the earlier answer; a typed Esc is refused and the question asked again."""
    p = Pty(["log", "c-0042", "paced-breathing"], practice, env)
    question(p, "When did you practise")
    p.send("tomorrow\r")
    check(p.expect(r"not a time of day") is not None, "an answer that is no time is asked again", p.text[-300:])
    p.prompt()
    p.send("23:30\r")
    check(p.expect(r"later than now") is not None, "a time later than now is asked again", p.text[-300:])
    p.prompt()
    p.send("yesterday 7:30pm\r")
    check(p.expect(r"yesterday 19:30") is not None, "the time taken is said back", p.text[-300:])
    question(p, "Tension before")
    p.send("5\r")
    question(p, "Tension after")
    p.send("\r")
    question(p, "Time practised")
    p.send(UP + "\r")
    question(p, "Place")
    p.send("\r")
    question(p, "Hard to keep pace")
    p.send("\r")
    question(p, "What did you notice")
    os.write(p.fd, b"caf\xe9 ")  # a Latin-1 byte: the editor decodes UTF-8 and never passes it on
    p.send(CTRL_V + ESC + "[D\r")
    check(p.expect(r"not text \(Esc\)\. Please type it again\.") is not None, "a typed Esc is refused, naming the key",
          p.text[-400:])
    p.prompt()
    p.send("calm\r")
    question(p, "What made it easier")
    p.send("\r")
    st = p.wait()
    check(exit_code(st) == 0, "the record with a recalled answer is saved", f"status {exit_code(st)}\n{p.text[-800:]}")
    rec = records_of(practice)[-1]
    check(rec.get("values", {}).get("time_practised") == "10m", "Up recalled the earlier answer 10m", rec)
    check(str(rec.get("at")) == "2026-11-22 19:30:00+01:00", "'yesterday 7:30pm' is the record's time, in Berlin", rec.get("at"))
    check(rec.get("reflection", "").endswith("? calm"), "the answer asked again is what is kept", repr(rec.get("reflection")))
    check(b"caf" not in b"".join(open(f, "rb").read() for f in log_files(practice)),
          "nothing of the refused answer reached the log", "")


def stop_and_go_on(practice, env):
    """Ctrl-C part-way keeps the answers; the next hwk log goes on with them. Ctrl-D likewise."""
    drafts = os.path.join(practice, ".hwk", "drafts")
    count = len(records_of(practice))
    p = Pty(["log", "c-0042", "paced-breathing"], practice, env)
    # Today's and yesterday's practice are recorded; Saturday's is the latest one not done.
    question(p, "When did you practise")
    check("1 for Saturday 08:00, overdue" in p.text, "the time question offers the latest overdue occurrence", p.text[-400:])
    p.send("1\r")
    question(p, "Tension before")
    p.send("8\r")
    question(p, "Tension after")
    p.send("3\r")
    question(p, "Time practised")
    p.send("15m" + CTRL_C)
    st = p.wait()
    check(exit_code(st) == 130, "Ctrl-C part-way exits 130", f"status {exit_code(st)}\n{p.text[-600:]}")
    check("your answers so far are kept" in p.text and "hwk log c-0042 paced-breathing" in p.text,
          "and says the answers are kept and how to go on", p.text[-600:])
    check(len(records_of(practice)) == count, "Ctrl-C records nothing", "")
    kept = os.listdir(drafts) if os.path.isdir(drafts) else []
    check(len(kept) == 1, "one unfinished draft is kept", kept)

    r = Pty(["log", "--no-input", "c-0042", "paced-breathing", "--set", "tension_before=1", "--set", "time_practised=1m"],
            practice, env)
    st = r.wait()
    check(exit_code(st) == 0 and "an unfinished record" in r.text and "hwk log c-0042 paced-breathing" in r.text,
          "without prompting, the unfinished draft is only noted", r.text[-600:])
    count += 1

    p = Pty(["log", "c-0042", "paced-breathing"], practice, env)
    check(p.expect(r"stopped part-way") is not None, "the next hwk log offers the unfinished record", p.text[-600:])
    p.prompt()
    p.send("g\r")
    question(p, "Time practised")
    p.send("12m\r")
    question(p, "Place")
    p.send("1\r")
    question(p, "Hard to keep pace")
    p.send("\r")
    question(p, "What did you notice")
    p.send("warm hands\r")
    question(p, "What made it easier")
    p.send(CTRL_D)
    st = p.wait()
    check(exit_code(st) == 1, "Ctrl-D on an empty line part-way exits 1", f"status {exit_code(st)}\n{p.text[-600:]}")
    kept = os.listdir(drafts)
    check(len(kept) == 1, "the draft holds the answers of both runs, in one file", kept)

    p = Pty(["log", "c-0042", "paced-breathing"], practice, env)
    check(p.expect(r"stopped part-way") is not None, "offered again after Ctrl-D", p.text[-600:])
    p.prompt()
    p.send("g\r")
    question(p, "What made it easier")
    p.send("going slowly\r")
    st = p.wait()
    check(exit_code(st) == 0, "going on saves the record", f"status {exit_code(st)}\n{p.text[-800:]}")
    recs = records_of(practice)
    check(len(recs) == count + 1, "one record more", len(recs))
    rec = recs[-1]
    values = rec.get("values", {})
    check(values.get("tension_before") == 8 and values.get("tension_after") == 3 and values.get("time_practised") == "12m"
          and values.get("place") == "at home", "the record holds the answers of all three runs", values)
    check("warm hands" in rec.get("reflection", "") and "going slowly" in rec.get("reflection", ""),
          "and both reflection answers", repr(rec.get("reflection")))
    check(os.listdir(drafts) == [], "the draft is gone once the record is saved", os.listdir(drafts))
    check(str(rec.get("at")) == "2026-11-21 08:00:00+01:00", "the time chosen in the first run is kept (Saturday 08:00)",
          rec.get("at"))


# A question longer than a terminal holds unread: while the test does not read, hwk is held writing
# it, between two answers, and what is typed then is typed ahead of the next prompt.
LONG = "Take your time with this one. " * 2000
LONG_QUESTION = f"""id: long-question
version: 1
title: A long question
kind: self-monitoring
summary: A question longer than a terminal holds.
rationale: Testing.
instructions: [Answer.]
success: Once.
fields:
  - id: first
    type: scale
    label: First
    prompt: How was it?
    min: 0
    max: 10
    required: true
  - id: second
    type: text
    label: Second
    prompt: "{LONG}"
    help: "{LONG}"
reflection: []
"""


def type_ahead(practice, env):
    """Ctrl-C and Ctrl-D typed while hwk still writes the next question keep the answers."""
    with open(os.path.join(practice, "templates", "long-question.yaml"), "w", encoding="utf-8") as fh:
        fh.write(LONG_QUESTION)
    r = subprocess.run([HWK, "assign", "c-0042", "long-question"], cwd=practice, env=env, capture_output=True, text=True)
    check(r.returncode == 0, "assign a template with a long question", r.stderr)
    drafts = os.path.join(practice, ".hwk", "drafts")
    for key, name, status in ((CTRL_C, "Ctrl-C", 130), (CTRL_D, "Ctrl-D", 1)):
        count = len(records_of(practice))
        before = set(os.listdir(drafts)) if os.path.isdir(drafts) else set()
        p = Pty(["log", "c-0042", "long-question"], practice, env)
        question(p, "When did you practise")
        p.send("\r4\r")  # typed ahead from one question to the next: Enter for now, then 4 for First
        time.sleep(1)  # hwk now waits to write the rest of the long question
        p.send(key)
        st = p.wait(timeout=20)
        check(exit_code(st) == status, f"{name} typed ahead of the next prompt exits {status}",
              f"status {exit_code(st)}\n{p.text[-300:]}")
        check("your answers so far are kept" in p.text, f"and {name} typed ahead keeps the answers", p.text[-300:])
        check(len(records_of(practice)) == count, f"{name} typed ahead records nothing", "")
        kept = sorted(set(os.listdir(drafts)) - before) if os.path.isdir(drafts) else []
        check(len(kept) == 1, f"the answer before {name} is in an unfinished draft", kept)
        draft = "".join(open(os.path.join(drafts, f), encoding="utf-8").read() for f in kept)
        check(re.search(r"(?m)^first = 4$", draft) is not None, "the answer typed ahead of its question is in it", draft)
        for f in kept:
            os.remove(os.path.join(drafts, f))
    # Typed ahead, a line is echoed once: by hwk, not by the terminal as well.
    p = Pty(["log", "c-0042", "long-question"], practice, env)
    question(p, "When did you practise")
    p.send("\r4\r")
    time.sleep(1)
    p.send("typed ahead\r")
    st = p.wait(timeout=20)
    check(exit_code(st) == 0, "a line typed ahead is taken as the answer", f"status {exit_code(st)}\n{p.text[-300:]}")
    check(p.text.count("typed ahead") == 1, "and is shown once", p.text[-300:])
    check(records_of(practice)[-1].get("values", {}).get("second") == "typed ahead", "and is what is recorded",
          records_of(practice)[-1].get("values"))


def dumb_terminal_interrupt(practice, env):
    """Where lines are not edited, Ctrl-C is a signal; the answers so far are kept all the same."""
    drafts = os.path.join(practice, ".hwk", "drafts")
    count = len(records_of(practice))
    p = Pty(["log", "c-0042", "paced-breathing"], practice, env)
    question(p, "When did you practise")
    p.send("\r")
    question(p, "Tension before")
    p.send("5\r")
    question(p, "Tension after")
    p.send(CTRL_C)
    st = p.wait()
    check(exit_code(st) == 130, "Ctrl-C on a dumb terminal exits 130", f"status {exit_code(st)}\n{p.text[-400:]}")
    check("your answers so far are kept" in p.text, "and keeps the answers so far", p.text[-400:])
    check(len(records_of(practice)) == count, "and records nothing", "")
    kept = os.listdir(drafts) if os.path.isdir(drafts) else []
    check(len(kept) == 1, "the answers are in an unfinished draft", kept)
    p = Pty(["log", "c-0042", "paced-breathing"], practice, env)
    check(p.expect(r"stopped part-way") is not None, "the next hwk log offers it", p.text[-400:])
    p.prompt()
    p.send("d\r")
    question(p, "When did you practise")
    p.send(CTRL_C)
    st = p.wait()
    check(exit_code(st) == 130 and os.listdir(drafts) == [], "discarding it, then Ctrl-C at once, leaves no draft",
          f"status {exit_code(st)}: {os.listdir(drafts)}")


def dumb_terminal(practice, env):
    """Where lines are not edited, the Esc of an arrow key is refused, not saved."""
    p = Pty(["log", "c-0042", "paced-breathing", "--set", "tension_before=2", "--set", "time_practised=5m"], practice, env)
    question(p, "When did you practise")
    p.send("\r")
    question(p, "Tension after")
    p.send("\r")
    question(p, "Place")
    p.send("\r")
    question(p, "Hard to keep pace")
    p.send("\r")
    question(p, "What did you notice")
    p.send("I am boring" + LEFT * 3 + "\r")
    check(p.expect(r"not text \(Esc\)") is not None, "the arrow's Esc is refused on a dumb terminal", p.text[-400:])
    p.prompt()
    os.write(p.fd, b"caf\xe9 in Latin-1\r")
    check(p.expect(r"not valid UTF-8") is not None, "a Latin-1 byte is refused on a dumb terminal", p.text[-400:])
    p.prompt()
    p.send("I am bored\r")
    question(p, "What made it easier")
    p.send("\r")
    st = p.wait()
    check(exit_code(st) == 0, "the record is saved with the answer typed again", f"status {exit_code(st)}\n{p.text[-600:]}")
    check(records_of(practice)[-1].get("reflection", "").endswith("? I am bored"), "and holds the text without Esc",
          repr(records_of(practice)[-1].get("reflection")))


def main():
    require_hwk()
    tmp = tempfile.mkdtemp(prefix="hwk-line-editing-")
    try:
        env = clean_env(tmp, TERM="xterm")
        practice = make_practice(tmp, env)
        editing(practice, env)
        history_and_escape(practice, env)
        stop_and_go_on(practice, env)
        type_ahead(practice, env)
        dumb_terminal(practice, clean_env(tmp, TERM="dumb"))
        dumb_terminal_interrupt(practice, clean_env(tmp, TERM="dumb"))
        check(no_control_characters(records_of(practice)), "no record holds a control character", records_of(practice))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
