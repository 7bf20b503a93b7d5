#!/usr/bin/env python3
"""System test: with `discreet = true`, what reaches a phone says nothing clinical.

A client with a name is given activities whose titles speak of therapy (a thought record, a DBT
diary card, a safety plan, exposure). The calendar of `hwk export --format ics` is parsed with
icalendar (not hwk's code) and every text of every component is read: the calendar's name, each
event's summary, description, location, categories and alarm text. The reminders of `hwk remind`
(text and JSON) are read the same way. None may hold a clinical word, a template's title or the
client's name. The same checks on the same practice without `discreet` must find them: the check
can fail.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import HWK, check, clean_env, debian_module, finish, require_hwk  # noqa: E402

icalendar = debian_module("icalendar", "python3-icalendar")

NAME = "Kim Lee"
TEMPLATES = [("thought-record", "20:00"), ("dbt-diary-card", "21:00"), ("exposure-step", "20:30"),
             ("safety-plan", None)]
# Words that say what the practice is for, in the languages hwk speaks; matched as word starts.
CLINICAL = ["therap", "homework", "clinic", "counsel", "psych", "cbt", "dbt", "act ", "anxi", "depress", "panic",
            "suicid", "self-harm", "harm", "crisis", "exposure", "trauma", "diary", "thought", "safety", "mood",
            "worry", "fear", "urge", "behavio", "cognitiv", "defusion", "breath", "relax", "mindful", "session",
            "symptom", "tarea", "terapia", "ansiedad", "devoirs", "thérap", "anxiété", "pensée", "pensamiento"]
# Only the texts a person can see: not ids, times or rules.
SHOWN = {"X-WR-CALNAME", "NAME", "SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES", "COMMENT", "CONTACT", "URL",
         "X-WR-CALDESC", "ATTACH"}


def run(args, cwd, env):
    r = subprocess.run([HWK] + args, cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        raise RuntimeError(f"hwk {' '.join(args)}: exit {r.returncode}: {r.stderr}")
    return r.stdout


def practice(parent, env, discreet):
    root = os.path.join(parent, "discreet" if discreet else "plain")
    run(["init", root, "--timezone", "Europe/Berlin"], parent, env)
    run(["client", "add", "c-0042", "--name", NAME], root, env)
    for template, at in TEMPLATES:
        run(["assign", "c-0042", template, "--start", "2026-11-20"] + (["--at", at] if at else []), root, env)
    if discreet:
        plan = os.path.join(root, "clients", "c-0042", "plan.toml")
        text = open(plan, encoding="utf-8").read()
        text = text.replace('timezone = "Europe/Berlin"\n', 'timezone = "Europe/Berlin"\ndiscreet = true\n', 1)
        open(plan, "w", encoding="utf-8").write(text)
    return root


def titles(root, env):
    out = []
    for template, _ in TEMPLATES:
        shown = json.loads(run(["template", "show", template, "--format", "json"], root, env))
        out.append(shown["title"])
    return out


def leaks(texts, forbidden):
    """The forbidden words or phrases found in `texts`, with the text they were in."""
    found = []
    for text in texts:
        low = text.lower()
        for word in forbidden:
            w = word.lower()
            if re.search(r"(?<![a-zà-ÿ])" + re.escape(w), low):
                found.append((word, text))
    return found


def calendar_texts(raw):
    cal = icalendar.Calendar.from_ical(raw)
    texts = []
    for component in cal.walk():
        for key, value in component.property_items(recursive=False):
            if key in SHOWN:
                texts.append(value.to_ical().decode("utf-8") if hasattr(value, "to_ical") else str(value))
    return texts, cal


def reminder_texts(root, env):
    now = "2026-11-24T21:05:00+01:00"  # after the 20:00, 20:30 and 21:00 practices, within catch-up
    text = run(["remind", "--dry-run", "--now", now], root, env)
    data = json.loads(run(["remind", "--dry-run", "--now", now, "--format", "json"], root, env))
    texts = text.splitlines()
    for r in data["reminders"]:
        texts += [str(r.get("title")), str(r.get("assignment"))]
    return texts, len(data["reminders"])


def main():
    require_hwk()
    tmp = tempfile.mkdtemp(prefix="hwk-discreet-")
    try:
        env = clean_env(tmp)
        for discreet in (True, False):
            root = practice(tmp, env, discreet)
            forbidden = CLINICAL + titles(root, env) + [NAME, "Kim"]
            raw = run(["export", "c-0042", "--format", "ics"], root, env).encode("utf-8")
            texts, cal = calendar_texts(raw)
            events = [c for c in cal.walk("VEVENT")]
            check(len(events) == 3, f"{'discreet' if discreet else 'plain'}: the calendar has an event per timed activity",
                  len(events))
            found = leaks(texts, forbidden)
            said, count = reminder_texts(root, env)
            check(count == 3, f"{'discreet' if discreet else 'plain'}: three reminders are due", said)
            found_reminders = leaks(said, forbidden)
            if discreet:
                check(found == [], "discreet: no text of the calendar says anything clinical or names the client", found)
                check(found_reminders == [], "discreet: no reminder says anything clinical or names the client",
                      found_reminders)
                check(any(t == "Practice" for t in texts), "discreet: the calendar is named plainly 'Practice'", texts)
            else:
                words = {w for w, _ in found}
                check(NAME in words and "Thought record" in words,
                      "without discreet the same check finds the client's name and the titles (it can fail)", found)
                check(any(w == "Thought record" for w, _ in found_reminders),
                      "without discreet the reminders' titles are found too", found_reminders)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
