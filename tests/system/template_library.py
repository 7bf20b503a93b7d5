#!/usr/bin/env python3
"""Every built-in template, used as a client would: assigned, recorded through the real `hwk log`
with a valid value for every field (and once with only the required ones), read back with an
independent TOML parser, and accepted by `hwk check`. Also: the library covers the three kinds of
CBT homework, lints clean, and shows a translation when the client's language has one."""
import json, os, subprocess, sys, tempfile, tomllib, glob

HWK = os.environ["HWK"]
SRC = os.environ["HWK_SOURCE_DIR"]
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok -", name)
    else:
        failed += 1
        print("not ok -", name, detail)


def hwk(*args, cwd=None, env=None, stdin=subprocess.DEVNULL):
    e = dict(os.environ, HWK_NOW="2026-11-23T21:00:00+00:00", LANG="C")
    e.pop("LC_ALL", None)
    e.update(env or {})
    return subprocess.run([HWK, *args], cwd=cwd, env=e, stdin=stdin, capture_output=True, text=True)


def valid_value(f):
    """A value the field accepts, as typed on the command line, and what the log must hold."""
    t = f["type"]
    if t == "text":
        return "Wrote it down, with a comma, and a \"quote\"", "Wrote it down, with a comma, and a \"quote\""
    if t == "scale":
        v = f["max"] - ((f["max"] - f["min"]) // f["step"] // 2) * f["step"]
        return str(v), v
    if t == "likert":
        return f["points"][-1], len(f["points"])
    if t == "choice":
        if f["multiple"]:
            return ", ".join(f["options"][:2]), f["options"][:2]
        return f["options"][0], f["options"][0]
    if t == "number":
        lo = f.get("min", 0)
        return str(int(lo) + 1), int(lo) + 1
    if t == "duration":
        return "10m", "10m"
    if t == "time":
        return "07:45", "07:45"
    if t == "checklist":
        return f["items"][0], [f["items"][0]]
    if t == "yesno":
        return "yes", True
    raise AssertionError("unknown field type " + t)


with tempfile.TemporaryDirectory() as tmp:
    r = hwk("init", "p", cwd=tmp)
    check("init", r.returncode == 0, r.stderr)
    p = os.path.join(tmp, "p")
    hwk("client", "add", "c-1", "--timezone", "UTC", cwd=p)

    listing = json.loads(hwk("template", "list", "--format", "json", cwd=p).stdout)
    ids = [t["id"] for t in listing["templates"]]
    files = sorted(os.path.basename(f)[:-5] for f in glob.glob(os.path.join(SRC, "templates", "*.yaml")))
    check("template list shows every file of the library", ids == files, f"{ids} vs {files}")
    check("the library has at least 24 templates", len(ids) >= 24, str(len(ids)))
    kinds = {t["kind"] for t in listing["templates"]}
    check("the library covers psychoeducation, self-monitoring and modality-specific practice",
          {"psychoeducation", "self-monitoring"} <= kinds and len(kinds - {"psychoeducation", "self-monitoring"}) >= 2,
          str(kinds))

    lint = hwk("template", "lint", *sorted(glob.glob(os.path.join(SRC, "templates", "*.yaml"))), cwd=p)
    check("every template lints without errors or warnings", lint.returncode == 0 and lint.stderr == "", lint.stderr)

    for tid in ids:
        shown = json.loads(hwk("template", "show", tid, "--format", "json", cwd=p).stdout)
        fields = shown["fields"]
        if shown["kind"] == "measure":
            # A measure is assigned once the practice has added its wording; made-up texts here.
            lo, hi = int(fields[0]["min"]), int(fields[0]["max"])
            wording = os.path.join(tmp, tid + "-wording.yaml")
            with open(wording, "w") as fh:
                fh.write("source: made-up test wording\nresponses:\n")
                fh.writelines(f"  {v}: answer {v}\n" for v in range(lo, hi + 1))
                fh.write("items:\n")
                fh.writelines(f"  {f['id']}: question {f['id']}\n" for f in fields)
            r = hwk("template", "new", tid, "--wording", wording, cwd=p)
            check(f"{tid}: the practice adds the wording", r.returncode == 0, r.stderr)
        r = hwk("assign", "c-1", tid, "--start", "2026-11-01", cwd=p)
        if r.returncode != 0:
            check(f"{tid}: assign", False, r.stderr)
            continue
        full = ["--set=%s=%s" % (f["id"], valid_value(f)[0]) for f in fields]
        r = hwk("log", "c-1", tid, *full, "--reflect", "It went better than I expected.", "--at", "2026-11-20T10:00", cwd=p)
        check(f"{tid}: a record with every field", r.returncode == 0, r.stderr)
        required = ["--set=%s=%s" % (f["id"], valid_value(f)[0]) for f in fields if f["required"]]
        r = hwk("log", "c-1", tid, *required, "--at", "2026-11-21T10:00", cwd=p)
        check(f"{tid}: a record with only the required fields", r.returncode == 0, r.stderr)
        if any(f["required"] for f in fields):
            r = hwk("log", "c-1", tid, "--at", "2026-11-21T11:00", cwd=p)
            check(f"{tid}: a record without its required fields is refused", r.returncode == 1, r.stderr)

    records = []
    for path in glob.glob(os.path.join(p, "clients", "c-1", "log", "*.toml")):
        with open(path, "rb") as fh:
            records += tomllib.load(fh)["records"]
    by_template = {}
    for rec in records:
        by_template.setdefault(rec["template"], []).append(rec)
    for tid in ids:
        shown = json.loads(hwk("template", "show", tid, "--format", "json", cwd=p).stdout)
        recs = by_template.get(tid, [])
        full = [x for x in recs if x.get("reflection")]
        if not full:
            check(f"{tid}: the full record is in the log", False)
            continue
        want = {f["id"]: valid_value(f)[1] for f in shown["fields"]}
        check(f"{tid}: tomllib reads back every value with its type", full[0].get("values") == want,
              f"{full[0].get('values')} vs {want}")

    r = hwk("check", cwd=p)
    check("hwk check accepts every record", r.returncode == 0 and "error" not in r.stderr, r.stderr)

    # Translations: a client's language picks the text; the original is the fallback.
    es = hwk("template", "show", "thought-record", env={"LANG": "es_ES.UTF-8"}, cwd=p)
    en = hwk("template", "show", "thought-record", cwd=p)
    check("a template with a Spanish translation shows it under LANG=es_ES", es.returncode == 0 and es.stdout != en.stdout,
          es.stderr)
    de = hwk("template", "show", "thought-record", env={"LANG": "de_DE.UTF-8"}, cwd=p)
    check("a language without a translation falls back to the original", de.stdout == en.stdout)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
