#!/usr/bin/env python3
"""System test: hwk's log files are TOML that an independent parser (Python's tomllib) reads back
exactly.

Many records are written through the real `hwk log --set … --reflect …` with hostile text
(quotes, backslashes, triple quotes, newlines, tabs, unicode, emoji, control characters, TOML
that tries to inject records); each must parse back to exactly the text given, trimmed at both
ends as hwk trims. Values keep their types; times carry the client's UTC offset (also on DST
days); a record's file is named by its month in the client's time zone and by the writer; files
are 0600 and directories 0700 even with umask 022.
"""
import datetime
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import tomllib

HWK = os.environ.get("HWK") or shutil.which("hwk")
NOW = "2026-12-15T12:00:00Z"

passed = 0
failed = 0


def check(cond, what, detail=""):
    global passed, failed
    if cond:
        passed += 1
        print(f"ok - {what}")
    else:
        failed += 1
        print(f"FAIL - {what}")
        if detail != "":
            for line in str(detail).splitlines() or [""]:
                print(f"    {line}")


def hwk_trim(s):
    return s.strip(" \t\r\n")


TEMPLATE = r"""# A template with every kind of field, for testing the log format.
id: all-kinds
version: 3
title: Every kind of field
kind: self-monitoring
summary: Fields of every type.
rationale: Every kind of field, so that every kind of value is written to the log.
instructions: [Fill in what you like.]
success: One record.
fields:
  - {id: note, type: text, label: Note, prompt: 'A note?', max_length: 5000}
  - {id: other, type: text, label: Other, prompt: 'Anything else?'}
  - {id: rating, type: scale, label: Rating, prompt: 'How much?', min: 0, max: 10, anchors: {0: none, 10: a lot}}
  - {id: agree, type: likert, label: Agree, prompt: 'Agree?', points: [disagree, neutral, agree]}
  - {id: mood, type: choice, label: Mood, prompt: 'Mood?', options: [calm, 'say "hi"', 'back\slash', 'naïve ☕']}
  - {id: feelings, type: choice, label: Feelings, prompt: 'Feelings?', multiple: true, options: [anxious, sad, 'fine "ish"', 'ünïcode 😀']}
  - {id: steps, type: checklist, label: Steps, prompt: 'Which steps?', items: [breathe, stretch, walk]}
  - {id: minutes, type: number, label: Minutes, prompt: 'How many minutes?', unit: minutes, min: 0, max: 1000}
  - {id: length, type: duration, label: Length, prompt: 'How long?'}
  - {id: when, type: time, label: When, prompt: 'When?'}
  - {id: easy, type: yesno, label: Easy, prompt: 'Was it easy?'}
reflection:
  - What did you learn?
"""

HOSTILE = [
    'He said "hello" to me',
    r"C:\path\to\file and \n not a newline",
    'triple """ quotes """ inside',
    "line one\nline two\nline three",
    "tab\there\tand there",
    "unicode: Grüße, 日本語, Ñandú, ελληνικά",
    "emoji 😀👍🏽 family 👨‍👩‍👧 flag 🇩🇪",
    "\x1b[31mred\x1b[0m and a bell \x07 and backspace \x08",
    "\\",
    "ends with a quote\"",
    "ends with a backslash \\",
    '"',
    '"""',
    '""""',
    "multi\nline ending in a quote\"",
    'multi\nline ending in triple """',
    "multi\nline ending in a backslash \\",
    "  padded with spaces and newlines \n\n",
    "\r\nCRLF\r\nlines\r\n",
    "'single' quotes and ''' triple single '''",
    '# not a comment\n[[records]]\nid = "01AAAAAAAAAAAAAAAAAAAAAAAA"\nkind = "session"',
    'x" \nreflection = "injected',
    "\x7f delete, \x01\x02\x03 controls, \x0b vtab, \x0c form feed",
    "\u2028 line separator \u2029 paragraph separator \ufeff BOM \u200b zero-width",
    "\t leading tab and trailing tab\t",
    "= equals = signs, [brackets], {braces}, a, b",
    "a" * 1200,
    "${HOME} $(echo no) `echo no` %s %n",
    "-starts with a dash",
    "\\u0041 not an escape, \\x41 neither",
    "mixed\n\ttabbed\n  indented\n",
    "only\rcarriage return",
]


def run(args, cwd, env, input=None):
    return subprocess.run([HWK] + args, cwd=cwd, env=env, capture_output=True, input=input)


def recorded_id(out):
    m = re.search(rb" as ([0-9A-Z]{26})\s*$", out)
    return m.group(1).decode() if m else None


def load_logs(client_dir):
    """id → (record, file name); also the list of all ids."""
    recs = {}
    ids = []
    log = os.path.join(client_dir, "log")
    for name in sorted(os.listdir(log)) if os.path.isdir(log) else []:
        with open(os.path.join(log, name), "rb") as fh:
            data = tomllib.load(fh)
        for r in data.get("records", []):
            ids.append(r.get("id"))
            recs[r.get("id")] = (r, name)
    return recs, ids


def main():
    if not HWK or not os.access(HWK, os.X_OK):
        print("HWK is not set to the hwk binary")
        print("0 passed, 1 failed")
        return 1
    tmp = tempfile.mkdtemp(prefix="hwk-log-toml-")
    try:
        return scenario(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def scenario(tmp):
    os.umask(0o022)  # hwk must still create owner-only files and directories
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "HWK_NOW": NOW,
        "TZ": "Asia/Tokyo",  # the machine's zone must not matter: the client's does
        "LANG": "C.UTF-8",
        "NO_COLOR": "1",
    }
    practice = os.path.join(tmp, "practice")
    r = run(["init", practice], tmp, env)
    check(r.returncode == 0, "hwk init", r.stderr.decode())
    with open(os.path.join(practice, "templates", "all-kinds.yaml"), "w", encoding="utf-8") as fh:
        fh.write(TEMPLATE)
    for cid, tz in (("c-ny", "America/New_York"), ("c-be", "Europe/Berlin")):
        r = run(["client", "add", cid, "--timezone", tz], practice, env)
        check(r.returncode == 0, f"hwk client add {cid} --timezone {tz}", r.stderr.decode())
        r = run(["assign", cid, "all-kinds"], practice, env)
        check(r.returncode == 0, f"hwk assign {cid} all-kinds (a practice template)", r.stderr.decode())
        r = run(["assign", cid, "paced-breathing"], practice, env)
        check(r.returncode == 0, f"hwk assign {cid} paced-breathing", r.stderr.decode())
    if failed:
        print(f"{passed} passed, {failed} failed")
        return 1
    ny = os.path.join(practice, "clients", "c-ny")
    be = os.path.join(practice, "clients", "c-be")

    # ------------------------------------------------------------------ hostile text
    expected = {}  # id → dict of expectations
    at = datetime.datetime(2026, 11, 10, 9, 0)
    for i, text in enumerate(HOSTILE):
        when = (at + datetime.timedelta(minutes=7 * i)).strftime("%Y-%m-%dT%H:%M")
        args = ["log", "c-ny", "all-kinds", "--at", when, "--set", "note=" + text, "--reflect", text,
                "--status", "partial", "--reason", text, "--no-input"]
        r = run(args, practice, env)
        rid = recorded_id(r.stdout)
        ok = r.returncode == 0 and rid is not None
        check(ok, f"records hostile text #{i} {text[:30]!r}", (r.returncode, r.stdout, r.stderr))
        if ok:
            expected[rid] = {"note": hwk_trim(text), "reflection": hwk_trim(text), "reason": hwk_trim(text),
                             "text": text}
    # The reflection read from standard input, with a NUL-free but hostile multi-line text.
    stdin_text = '\n\n  First line "quoted" \\ \n\tsecond\x1b[2J line """\n\n'
    r = run(["log", "c-ny", "all-kinds", "--at", "2026-11-12T10:00", "--set", "other=x", "--reflect", "-"],
            practice, env, input=stdin_text.encode())
    rid = recorded_id(r.stdout)
    check(r.returncode == 0 and rid, "records a reflection read from stdin (--reflect -)", r.stderr.decode())
    if rid:
        expected[rid] = {"other": "x", "reflection": hwk_trim(stdin_text), "text": stdin_text}

    recs, ids = load_logs(ny)
    check(True, f"the log files of c-ny parse with tomllib ({len(ids)} records)")
    check(len(ids) == len(set(ids)), "every record id is unique", ids)
    check(set(expected) <= set(recs), "every record written is in the log, found by its id",
          sorted(set(expected) - set(recs)))
    for rid, exp in expected.items():
        rec = recs.get(rid, ({}, ""))[0]
        label = repr(exp["text"][:30])
        for key in ("note", "other"):
            if key in exp:
                check(rec.get("values", {}).get(key) == exp[key], f"value {key} of {label} reads back exactly",
                      f"expected {exp[key]!r}\nactual   {rec.get('values', {}).get(key)!r}")
        check(rec.get("reflection") == exp["reflection"], f"reflection of {label} reads back exactly",
              f"expected {exp['reflection']!r}\nactual   {rec.get('reflection')!r}")
        if "reason" in exp:
            check(rec.get("reason") == exp["reason"] and rec.get("status") == "partial",
                  f"reason of {label} reads back exactly", f"expected {exp['reason']!r}\nactual   {rec.get('reason')!r}")
    # The injection attempts must not have made records of their own.
    check(all(rec.get("kind") == "practice" for rec, _ in recs.values()),
          "no injected record (every record is one hwk wrote)", [r.get("kind") for r, _ in recs.values()])
    check(len(ids) == len(expected), "exactly as many records as were written", (len(ids), len(expected)))

    # Whitespace-only text is no text.
    r = run(["log", "c-ny", "all-kinds", "--at", "2026-11-13T10:00", "--set", "note= \t\n ", "--reflect", " \n ",
             "--no-input"], practice, env)
    rid = recorded_id(r.stdout)
    check(r.returncode == 0 and rid, "records with whitespace-only text", r.stderr.decode())
    if rid:
        rec = load_logs(ny)[0][rid][0]
        check(rec.get("values", {}).get("note", "") == "" and rec.get("reflection", "") == "",
              "whitespace-only text and reflection are stored as nothing", rec)

    # Invalid UTF-8 in an argument: refused (nothing written), or written as valid TOML. (A client of
    # its own, so that a broken file cannot spoil the other checks.)
    r = run(["client", "add", "c-utf", "--timezone", "UTC"], practice, env)
    r = run(["assign", "c-utf", "all-kinds"], practice, env)
    utf = os.path.join(practice, "clients", "c-utf")
    r = run(["log", "c-utf", "all-kinds", "--at", "2026-11-13T10:00", "--set", "note=fine", "--no-input"],
            practice, env)
    check(r.returncode == 0, "c-utf: a first record", r.stderr.decode())
    logdir = os.path.join(utf, "log")
    before = {n: open(os.path.join(logdir, n), "rb").read() for n in os.listdir(logdir)}
    r = subprocess.run([HWK.encode(), b"log", b"c-utf", b"all-kinds", b"--at", b"2026-11-13T11:00",
                        b"--set", b"note=bad \xff\xfe utf-8 \xc3", b"--reflect", b"\xe2\x82", b"--no-input"],
                       cwd=practice, env=env, capture_output=True)
    after = {n: open(os.path.join(logdir, n), "rb").read() for n in os.listdir(logdir)}
    if r.returncode == 0:
        try:
            load_logs(utf)
            check(True, "invalid UTF-8 in a value is written as valid TOML")
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            check(False, "invalid UTF-8 in --set/--reflect is refused or written as valid TOML (the month's log "
                  "file must stay readable)", f"exit 0, {r.stdout!r}\ntomllib: {e}")
    else:
        check(r.returncode in (1, 2) and before == after and b"error" in r.stderr,
              "invalid UTF-8 in a value is refused with an error, nothing written", (r.returncode, r.stderr))
    r = run(["check", os.path.join("clients", "c-utf")], practice, env)
    check(r.returncode == 0, "hwk check accepts c-utf's log after the invalid UTF-8 attempt",
          r.stdout.decode() + r.stderr.decode())
    shutil.rmtree(utf)

    # ------------------------------------------------------------------ value types
    r = run(["log", "c-ny", "all-kinds", "--at", "2026-11-14T08:00", "--no-input",
             "--set", "rating=7", "--set", "agree=neutral", "--set", 'mood=say "hi"',
             "--set", 'feelings=sad, fine "ish", ünïcode 😀', "--set", "steps=walk, 1",
             "--set", "minutes=30", "--set", "length=90", "--set", "when=08:30", "--set", "easy=no"],
            practice, env)
    rid = recorded_id(r.stdout)
    check(r.returncode == 0 and rid, "records every kind of value", r.stderr.decode())
    v = load_logs(ny)[0].get(rid, ({}, ""))[0].get("values", {})
    check(v.get("rating") == 7 and type(v.get("rating")) is int, "scale → integer 7", v.get("rating"))
    check(v.get("agree") == 2 and type(v.get("agree")) is int, "likert 'neutral' → integer 2", v.get("agree"))
    check(v.get("mood") == 'say "hi"', "choice with a quote → its option text", v.get("mood"))
    check(v.get("feelings") == ["sad", 'fine "ish"', "ünïcode 😀"], "multiple choice → list of strings",
          v.get("feelings"))
    check(isinstance(v.get("steps"), list) and sorted(v.get("steps")) == ["breathe", "walk"]
          and all(type(s) is str for s in v.get("steps")), "checklist (by name and number) → list of strings",
          v.get("steps"))
    check(v.get("minutes") == 30 and type(v.get("minutes")) in (int, float), "number → a TOML number 30",
          v.get("minutes"))
    check(v.get("length") == "1h30m", "bare minutes for a duration → \"1h30m\"", v.get("length"))
    check(v.get("when") == "08:30" and type(v.get("when")) is str, "time of day → \"08:30\"", v.get("when"))
    check(v.get("easy") is False, "yesno 'no' → false", v.get("easy"))

    r = run(["log", "c-ny", "all-kinds", "--at", "2026-11-14T09:00", "--no-input", "--set", "mood=back\\slash",
             "--set", "minutes=2.5", "--set", "length=10m", "--set", "easy=yes", "--set", "feelings=2",
             "--set", "steps="], practice, env)
    rid = recorded_id(r.stdout)
    check(r.returncode == 0 and rid, "records a second set of values", r.stderr.decode())
    v = load_logs(ny)[0].get(rid, ({}, ""))[0].get("values", {})
    check(v.get("mood") == "back\\slash", "choice with a backslash → its option text", v.get("mood"))
    check(v.get("minutes") == 2.5 and type(v.get("minutes")) is float, "number 2.5 → float", v.get("minutes"))
    check(v.get("length") == "10m" and type(v.get("length")) is str, "duration → \"10m\"", v.get("length"))
    check(v.get("easy") is True, "yesno 'yes' → true", v.get("easy"))
    check(v.get("feelings") == ["sad"], "multiple choice by number → list of one string", v.get("feelings"))
    check(v.get("steps", []) == [], "an empty checklist is an empty list or absent", v.get("steps"))

    r = run(["log", "c-be", "paced-breathing", "--at", "2026-11-14T09:00", "--no-input", "--set", "tension_before=4",
             "--set", "tension_after=2", "--set", "time_practised=10m", "--set", "place=outdoors",
             "--set", "hard_to_pace=y"], practice, env)
    rid = recorded_id(r.stdout)
    check(r.returncode == 0 and rid, "records a built-in template's values", r.stderr.decode())
    rec = load_logs(be)[0].get(rid, ({}, ""))[0]
    v = rec.get("values", {})
    check(v == {"tension_before": 4, "tension_after": 2, "time_practised": "10m", "place": "outdoors",
                "hard_to_pace": True}, "paced-breathing values have their types", v)
    check(type(v.get("tension_before")) is int and type(v.get("hard_to_pace")) is bool,
          "scale is int and yesno is bool (not strings)", v)
    check(rec.get("template") == "paced-breathing" and type(rec.get("template_version")) is int,
          "the record names the template and its version (an integer)", rec)
    check(rec.get("kind") == "practice" and rec.get("assignment") == "paced-breathing",
          "kind and assignment", rec)
    check(isinstance(rec.get("recorded"), datetime.datetime) and rec.get("recorded").utcoffset() is not None,
          "'recorded' is an offset date-time", rec.get("recorded"))
    if isinstance(rec.get("recorded"), datetime.datetime):
        check(rec["recorded"] == datetime.datetime(2026, 12, 15, 12, tzinfo=datetime.timezone.utc)
              and rec["recorded"].isoformat().endswith("+01:00"),
              "'recorded' is the fixed now, in the client's offset", rec["recorded"].isoformat())

    # ------------------------------------------------------------------ times, offsets, months
    cases = [
        # client, --at, expected RFC 3339 in the client's zone, expected month of the file
        ("c-ny", "2026-11-20T15:00:00Z", "2026-11-20T10:00:00-05:00", "2026-11"),
        ("c-ny", "2026-11-21T07:45", "2026-11-21T07:45:00-05:00", "2026-11"),
        ("c-ny", "2026-10-20T07:45", "2026-10-20T07:45:00-04:00", "2026-10"),
        # US DST ends on 2026-11-01 at 02:00 EDT
        ("c-ny", "2026-11-01T00:30", "2026-11-01T00:30:00-04:00", "2026-11"),
        ("c-ny", "2026-11-01T12:00", "2026-11-01T12:00:00-05:00", "2026-11"),
        # still November in New York, already December in UTC
        ("c-ny", "2026-11-30T20:00", "2026-11-30T20:00:00-05:00", "2026-11"),
        ("c-be", "2026-11-20T15:00:00Z", "2026-11-20T16:00:00+01:00", "2026-11"),
        ("c-be", "2026-11-21T07:45", "2026-11-21T07:45:00+01:00", "2026-11"),
        # EU DST starts on 2026-03-29 at 02:00 CET, ends on 2026-10-25 at 03:00 CEST
        ("c-be", "2026-03-29T01:30", "2026-03-29T01:30:00+01:00", "2026-03"),
        ("c-be", "2026-03-29T03:30", "2026-03-29T03:30:00+02:00", "2026-03"),
        ("c-be", "2026-10-25T12:00", "2026-10-25T12:00:00+01:00", "2026-10"),
        ("c-be", "2026-10-24T12:00", "2026-10-24T12:00:00+02:00", "2026-10"),
        # already December in Berlin, still November in UTC
        ("c-be", "2026-12-01T00:30", "2026-12-01T00:30:00+01:00", "2026-12"),
        ("c-be", "2026-12-01T02:00+01:00", "2026-12-01T02:00:00+01:00", "2026-12"),
        ("c-be", "2026-11-30T23:30:00Z", "2026-12-01T00:30:00+01:00", "2026-12"),
    ]
    writer_file = os.path.join(practice, ".hwk", "writer")
    for cid, when, want, month in cases:
        r = run(["log", cid, "paced-breathing", "--at", when, "--set", "tension_before=3", "--set",
                 "time_practised=5m", "--no-input"], practice, env)
        rid = recorded_id(r.stdout)
        check(r.returncode == 0 and rid, f"{cid}: records --at {when}", r.stderr.decode())
        if not rid:
            continue
        cdir = os.path.join(practice, "clients", cid)
        recs = load_logs(cdir)[0]
        rec, name = recs.get(rid, ({}, ""))
        got = rec.get("at")
        check(isinstance(got, datetime.datetime) and got.isoformat() == want,
              f"{cid}: --at {when} is written as {want}", got.isoformat() if isinstance(got, datetime.datetime) else got)
        with open(os.path.join(cdir, "log", name), encoding="utf-8") as fh:
            raw = fh.read()
        block = raw[raw.find(rid):]
        m = re.search(r"(?m)^at = (\S+)$", block)
        check(m is not None and m.group(1) == want, f"{cid}: the file's text says at = {want}",
              m.group(1) if m else block[:200])
        writer = open(writer_file).read().strip() if os.path.exists(writer_file) else "?"
        check(name == f"{month}.{writer}.toml", f"{cid}: a record at {want} is in {month}.{writer}.toml", name)

    # File names: YYYY-MM.WRITER.toml only.
    writer = open(writer_file).read().strip()
    check(re.fullmatch(r"[0-9a-z]{8}", writer) is not None, "the writer id is 8 lower-case characters", writer)
    for cdir in (ny, be):
        for name in [n for n in os.listdir(os.path.join(cdir, "log")) if not n.startswith(".")]:
            check(re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])\." + re.escape(writer) + r"\.toml", name) is not None,
                  f"log file name {name} is YYYY-MM.WRITER.toml", name)

    # Every record id is unique and time-sortable; ids sort in file order within a file.
    for cdir in (ny, be):
        recs, ids = load_logs(cdir)
        check(len(ids) == len(set(ids)), f"{os.path.basename(cdir)}: ids are unique", ids)
        check(all(re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{26}", i) for i in ids), "ids are 26 Crockford characters", ids)

    # hwk itself accepts what it wrote.
    r = run(["check"], practice, env)
    check(r.returncode == 0, "hwk check accepts every log written", r.stdout.decode() + r.stderr.decode())

    # ------------------------------------------------------------------ permissions under umask 022
    bad = []
    for d, dirs, files in os.walk(practice):
        for name in dirs:
            p = os.path.join(d, name)
            if stat.S_IMODE(os.stat(p).st_mode) != 0o700:
                bad.append(f"{oct(stat.S_IMODE(os.stat(p).st_mode))} {os.path.relpath(p, practice)}/")
        for name in files:
            p = os.path.join(d, name)
            if os.path.relpath(p, practice) == "templates/all-kinds.yaml":
                continue  # written by this test, not by hwk
            if stat.S_IMODE(os.stat(p).st_mode) != 0o600:
                bad.append(f"{oct(stat.S_IMODE(os.stat(p).st_mode))} {os.path.relpath(p, practice)}")
    check(not bad, "with umask 022, every file hwk made is 0600 and every directory 0700", "\n".join(bad))
    check(stat.S_IMODE(os.stat(practice).st_mode) == 0o700, "the practice directory itself is 0700",
          oct(stat.S_IMODE(os.stat(practice).st_mode)))
    leftovers = [os.path.join(d, f) for d, _, fs in os.walk(practice) for f in fs if f.startswith(".hwk-tmp-")]
    check(not leftovers, "no temporary files are left behind", leftovers)

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
