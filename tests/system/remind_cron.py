#!/usr/bin/env python3
"""Simulated days of cron running `hwk remind --now T` against a real practice.

Cron every 15 minutes across daylight-saving changes (New York spring-forward and fall-back, Berlin
fall-back), and a sleeping laptop that runs at irregular hours: every reminder is given exactly
once over the whole simulation, at or after its time; late ones within the catch-up limit (2h by
default, or --catch-up 30m) are given and marked late, older ones are not given; an occurrence
answered by a record before its time is not reminded; two runs started together give each
reminder once between them; --dry-run gives without recording; reminders never show field values
or reflections; `discreet = true` hides titles; nothing at all is printed when nothing is due.

Environment: HWK (the binary). Prints `N passed, M failed`; exits non-zero on failure.
"""
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
from zoneinfo import ZoneInfo

HWK = os.environ.get("HWK", "hwk")
UTC = dt.timezone.utc
TITLE = "Cognitive defusion"
SECRET_REFLECTION = "the-quiet-heron-reflection"
SECRET_VALUE = "violet-lighthouse-thought"
LATE_AFTER = dt.timedelta(minutes=15)

passed = failed = 0


def check(ok, message):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL " + message)
    return ok


def resolve_local(local: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """Wall-clock time → instant: a skipped time moves forward by the gap, a repeated one is the first."""
    candidates = [i for i in (local.replace(tzinfo=zone, fold=f).astimezone(UTC) for f in (0, 1))
                  if i.astimezone(zone).replace(tzinfo=None) == local]
    if candidates:
        return min(candidates)
    return (local - min(local.replace(tzinfo=zone, fold=f).utcoffset() for f in (0, 1))).replace(tzinfo=UTC)


def stamp(t: dt.datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_rfc3339(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(UTC)


class Practice:
    def __init__(self, root, zone, times, extra_toml=""):
        self.dir = os.path.join(root, "practice")
        self.zone = ZoneInfo(zone)
        self.times = times
        run([HWK, "init", self.dir, "--timezone", zone])
        if extra_toml:
            with open(os.path.join(self.dir, "hwk.toml"), "a") as f:
                f.write(extra_toml)
        self.hwk("client", "add", "c-1", "--timezone", zone)
        args = ["assign", "c-1", "cognitive-defusion", "--id", "defuse", "--schedule", "daily", "--start", "2026-01-01"]
        for t in times:
            args += ["--at", t]
        self.hwk(*args)

    def hwk(self, *args, check_rc=True):
        return run([HWK, "-C", self.dir, *args], check_rc=check_rc)

    def remind(self, now, *extra):
        """Reminders given at `now`, as (date, at-instant, late) from the JSON output."""
        r = self.hwk("remind", "--format", "json", "--now", stamp(now), *extra)
        return [(x["date"], parse_rfc3339(x["at"]), x["late"], x["title"]) for x in reminders_of(r.stdout)], r

    def occurrences(self, first: dt.datetime, last: dt.datetime):
        """Instants of the assignment's occurrences in (first, last], by local date and time."""
        out = []
        d = first.astimezone(self.zone).date() - dt.timedelta(days=1)
        while d <= last.astimezone(self.zone).date():
            for t in self.times:
                h, m = map(int, t.split(":"))
                at = resolve_local(dt.datetime.combine(d, dt.time(h, m)), self.zone)
                if first < at <= last:
                    out.append((d.isoformat(), at))
            d += dt.timedelta(days=1)
        return sorted(out, key=lambda x: x[1])

    def log(self, at_local: str, now: dt.datetime):
        self.hwk("log", "c-1", "defuse", "--at", at_local, "--now", stamp(now), "--no-input",
                 "--set", f"thought={SECRET_VALUE}", "--set", "technique=1", "--set", "believability_before=70",
                 "--reflect", SECRET_REFLECTION)


def reminders_of(json_text):
    """The reminders of a JSON output; nothing at all is printed when there are none."""
    return json.loads(json_text)["reminders"] if json_text else []


def run(argv, check_rc=True):
    r = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    if check_rc and r.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {r.returncode}: {r.stderr}")
    return r


def simulate(name, practice, runs, catch_up=dt.timedelta(hours=2), extra=()):
    """Runs remind at each instant of `runs`; checks each occurrence was given once, late or on time as due."""
    given = {}
    outputs = []
    for now in runs:
        reminders, r = practice.remind(now, *extra)
        outputs.append(r.stdout + r.stderr)
        for date, at, late, _ in reminders:
            key = (date, at)
            if key in given:
                check(False, f"{name}: {date} {at} given twice, at {given[key][0]} and {now}")
            given[key] = (now, late)
            check(at <= now and now - at < catch_up, f"{name}: {date} {at} given at {now}, outside the catch-up window")
    for date, at in practice.occurrences(runs[0] - catch_up, runs[-1]):
        first_run = next(t for t in runs if t >= at)
        wait = first_run - at
        if wait == catch_up:
            continue  # exactly at the limit: either answer is acceptable
        where = f"{name}: {date} at {at.astimezone(practice.zone).isoformat()}"
        if wait < catch_up:
            if check((date, at) in given, f"{where} was never given (first run {first_run})"):
                check(given[(date, at)][1] == (wait > LATE_AFTER),
                      f"{where} given {wait} late, marked late={given[(date, at)][1]}")
        else:
            check((date, at) not in given, f"{where} given although {wait} late")
    return given, outputs


def every(start, end, step):
    out, t = [], start
    while t <= end:
        out.append(t)
        t += step
    return out


def cron_across_dst(root, zone, day, times):
    practice = Practice(root, zone, times)
    z = ZoneInfo(zone)
    start = resolve_local(dt.datetime.fromisoformat(day) - dt.timedelta(hours=6), z)
    runs = every(start, start + dt.timedelta(hours=32), dt.timedelta(minutes=15))
    given, _ = simulate(f"cron every 15m, {zone} {day}", practice, runs)
    expected = practice.occurrences(start - dt.timedelta(hours=2), runs[-1])
    check(len(given) == len(expected), f"{zone} {day}: {len(given)} reminders given, {len(expected)} expected")
    return given


def sleeping_laptop(root, catch_up):
    practice = Practice(root, "America/New_York", ["01:30", "02:30", "07:00", "07:58", "12:15", "16:44", "20:00", "22:51"])
    rng = random.Random(1103)
    z = ZoneInfo("America/New_York")
    t = resolve_local(dt.datetime(2026, 10, 31, 6, 0), z)
    runs = []
    while t < resolve_local(dt.datetime(2026, 11, 3, 0, 0), z):
        runs.append(t)
        gap = rng.choice([15, 15, 15, 15, 40, 95, 150, 200, 300, 437])
        t += dt.timedelta(minutes=gap)
    extra = () if catch_up == dt.timedelta(hours=2) else ("--catch-up", f"{int(catch_up.total_seconds() // 60)}m")
    given, _ = simulate(f"sleeping laptop, catch-up {catch_up}", practice, runs, catch_up, extra)
    check(any(late for _, late in given.values()), f"sleeping laptop {catch_up}: no late reminder was exercised")
    missed = [o for o in practice.occurrences(runs[0], runs[-1]) if o not in given]
    check(bool(missed), f"sleeping laptop {catch_up}: no reminder was old enough to be dropped")


def answered_before(root):
    practice = Practice(root, "America/New_York", ["08:00", "20:00"])
    z = ZoneInfo("America/New_York")
    at = lambda s: resolve_local(dt.datetime.fromisoformat(s), z)
    # Practised at 07:30 on the 20th: that answers the day's 08:00 occurrence; 20:00 is still reminded.
    practice.log("2026-11-20T07:30", at("2026-11-20T07:31"))
    # Practised twice on the 21st before 08:00: both occurrences of that day are answered.
    practice.log("2026-11-21T06:00", at("2026-11-21T06:01"))
    practice.log("2026-11-21T07:00", at("2026-11-21T07:01"))
    runs = every(at("2026-11-19T23:00"), at("2026-11-22T09:00"), dt.timedelta(minutes=15))
    given = {}
    texts = []
    for now in runs:
        r = practice.hwk("remind", "--now", stamp(now))
        texts.append(r.stdout + r.stderr)
        for line in r.stdout.splitlines():
            given.setdefault(line, []).append(now)
    check(sorted(given) == ["c-1: Cognitive defusion at 08:00", "c-1: Cognitive defusion at 20:00"],
          f"answered: unexpected reminder lines {sorted(given)}")
    check(given.get("c-1: Cognitive defusion at 08:00") == [at("2026-11-22T08:00")],
          f"answered: 08:00 reminded at {given.get('c-1: Cognitive defusion at 08:00')}, expected only on the 22nd")
    check(given.get("c-1: Cognitive defusion at 20:00") == [at("2026-11-20T20:00")],
          f"answered: 20:00 reminded at {given.get('c-1: Cognitive defusion at 20:00')}, expected only on the 20th")
    # Field values and reflections never appear in reminders, text or JSON.
    reminders_json = practice.hwk("remind", "--format", "json", "--dry-run", "--catch-up", "3d",
                                  "--now", stamp(at("2026-11-22T21:00"))).stdout
    leaked = [t for t in texts + [reminders_json] if SECRET_REFLECTION in t or SECRET_VALUE in t]
    check(not leaked, f"reminder output shows a field value or reflection: {leaked[:1]}")
    check(TITLE in reminders_json, "the dry run with a long catch-up gave no reminders to inspect")
    log_text = "".join(open(os.path.join(practice.dir, "clients/c-1/log", f)).read()
                       for f in os.listdir(os.path.join(practice.dir, "clients/c-1/log")) if f.endswith(".toml"))
    check(SECRET_REFLECTION in log_text, "the record with the reflection was not written")


def concurrent_runs(root):
    practice = Practice(root, "Europe/Berlin", ["07:00", "07:15", "07:30", "08:00", "21:00"])
    z = ZoneInfo("Europe/Berlin")
    total = 0
    for day in range(1, 9):
        now = resolve_local(dt.datetime(2026, 11, day, 8, 50), z)
        argv = [HWK, "-C", practice.dir, "remind", "--format", "json", "--now", stamp(now)]
        procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outs = [p.communicate(timeout=60) + (p.returncode,) for p in procs]
        keys = []
        for out, err, rc in outs:
            check(rc == 0, f"concurrent remind exited {rc}: {err}")
            keys += [(x["date"], x["at"]) for x in reminders_of(out)] if rc == 0 else []
        check(len(keys) == len(set(keys)), f"two runs at once on 2026-11-0{day} repeated a reminder: {keys}")
        check(len(set(keys)) == 4, f"two runs at once on 2026-11-0{day} gave {len(set(keys))} reminders, expected 4")
        total += len(keys)
    check(total == 32, f"concurrent runs gave {total} reminders over 8 days, expected 32")


def dry_run(root):
    practice = Practice(root, "America/New_York", ["08:00"])
    now = dt.datetime(2026, 11, 23, 13, 5, tzinfo=UTC)  # 08:05 in New York
    ledger = os.path.join(practice.dir, ".hwk", "reminders")
    before = open(ledger).read() if os.path.exists(ledger) else None
    first, _ = practice.remind(now, "--dry-run")
    check(len(first) == 1, f"dry run gave {first}")
    check((open(ledger).read() if os.path.exists(ledger) else None) == before, "dry run changed the ledger")
    again, _ = practice.remind(now, "--dry-run")
    check(again == first, "a second dry run did not give the same reminders")
    real, _ = practice.remind(now)
    check(real == first, f"the real run after a dry run gave {real}, expected {first}")
    check(os.path.exists(ledger), "the real run wrote no ledger")
    after, _ = practice.remind(now + dt.timedelta(minutes=15))
    check(after == [], f"a reminder was given again after the real run: {after}")


def discreet(root):
    practice = Practice(root, "America/New_York", ["08:00"], extra_toml="discreet = true\n")
    now = dt.datetime(2026, 11, 23, 13, 5, tzinfo=UTC)
    text = practice.hwk("remind", "--dry-run", "--now", stamp(now)).stdout
    check(text == "c-1: practice time at 08:00\n", f"discreet text output: {text!r}")
    reminders, r = practice.remind(now)
    check([x[3] for x in reminders] == ["practice time"], f"discreet JSON titles: {reminders}")
    check(TITLE not in r.stdout, "the discreet JSON output shows the title")


def nothing_to_remind(root):
    practice = Practice(root, "America/New_York", ["08:00"])
    for now in (dt.datetime(2026, 11, 23, 11, 0, tzinfo=UTC), dt.datetime(2026, 11, 23, 17, 0, tzinfo=UTC)):
        r = practice.hwk("remind", "--now", stamp(now), check_rc=False)
        check(r.returncode == 0 and r.stdout == "" and r.stderr == "",
              f"nothing to remind at {now}: exit {r.returncode}, stdout {r.stdout!r}, stderr {r.stderr!r}")
    # Once given, the same moment again prints nothing too.
    now = dt.datetime(2026, 11, 23, 13, 0, tzinfo=UTC)
    check(practice.hwk("remind", "--now", stamp(now)).stdout == "c-1: Cognitive defusion at 08:00\n", "08:00 not given")
    r = practice.hwk("remind", "--now", stamp(now), check_rc=False)
    check(r.returncode == 0 and r.stdout == "" and r.stderr == "", f"second run at the same moment printed {r.stdout!r}")
    late = practice.hwk("remind", "--now", "2026-11-24T09:00:00-05:00").stdout
    check(late == "c-1: Cognitive defusion at 08:00 (late, Tue 2026-11-24)\n", f"late text output: {late!r}")


def main():
    cases = [
        lambda root: cron_across_dst(root, "America/New_York", "2026-11-01", ["00:30", "01:30", "02:30", "08:00", "23:50"]),
        lambda root: cron_across_dst(root, "America/New_York", "2026-03-08", ["00:30", "01:30", "02:30", "03:15", "08:00"]),
        lambda root: cron_across_dst(root, "Europe/Berlin", "2026-10-25", ["01:45", "02:30", "03:00", "08:00", "22:10"]),
        lambda root: sleeping_laptop(root, dt.timedelta(hours=2)),
        lambda root: sleeping_laptop(root, dt.timedelta(minutes=30)),
        answered_before,
        concurrent_runs,
        dry_run,
        discreet,
        nothing_to_remind,
    ]
    for case in cases:
        with tempfile.TemporaryDirectory() as root:
            try:
                case(root)
            except Exception as e:  # a command that failed is a failed case, not a crash
                check(False, f"{getattr(case, '__name__', 'case')}: {type(e).__name__}: {e}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
