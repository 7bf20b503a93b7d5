#!/usr/bin/env python3
"""Compares hwk's schedule expansion with an independent one (zoneinfo and dateutil.rrule).

A fixed-seed generator makes a few hundred assignments across zones with daylight-saving changes
(a 30- and a 60-minute shift, a +12:45 zone, zones without DST), schedules daily / weekdays /
weekends / listed days / every N days / once with 0-3 times, start and end dates around the
changes. They are made with the real binary (hwk init, client add, assign); each client has no
records, so `hwk due CLIENT --format json --within 40d --now T` must list every occurrence from
T's local day up to T + 40 days as due or upcoming. The oracle expands the same schedule with
rrule on local dates and resolves local times by the rules of hwk-plan(5): a time skipped by a
spring-forward change moves forward by the gap; a repeated one means the first.

Environment: HWK (the binary). Prints `N passed, M failed`; exits non-zero on failure.
"""
import concurrent.futures
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile

from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import debian_module  # noqa: E402

rrule = debian_module("dateutil.rrule", "python3-dateutil")

HWK = os.environ.get("HWK", "hwk")
SEED = 20261101
WITHIN_DAYS = 40
UTC = dt.timezone.utc
COVERAGE = {"occurrences": 0, "skipped times": 0, "repeated times": 0}

# Zones, and local dates of their daylight-saving changes in 2026-2027 to place windows around.
ZONES = {
    "America/New_York": ["2026-03-08", "2026-11-01", "2027-03-14"],
    "Europe/Berlin": ["2026-03-29", "2026-10-25", "2027-03-28"],
    "Australia/Lord_Howe": ["2026-04-05", "2026-10-04", "2027-04-04"],
    "Asia/Kolkata": ["2026-06-15", "2026-12-31"],
    "Pacific/Chatham": ["2026-04-05", "2026-09-27", "2027-04-04"],
    "America/Sao_Paulo": ["2026-02-15", "2026-11-01"],
}
CLIENTS_PER_ZONE = 10
ASSIGNMENTS_PER_CLIENT = 5

# Times near the changes in every zone (New York and Berlin at 02:00-03:00, Lord Howe at 01:30-02:30,
# Chatham at 02:45-03:45), midnight, and ordinary ones.
EDGE_TIMES = ["00:00", "00:30", "01:00", "01:30", "01:45", "02:00", "02:15", "02:30", "02:45", "02:59",
              "03:00", "03:15", "03:30", "03:45", "04:00", "23:59"]
DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
RRULE_DAYS = [rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU]


def resolve_local(local: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """Wall-clock time → UTC instant: a skipped time moves forward by the gap, a repeated one is the first."""
    candidates = []
    for fold in (0, 1):
        aware = local.replace(tzinfo=zone, fold=fold)
        instant = aware.astimezone(UTC)
        if instant.astimezone(zone).replace(tzinfo=None) == local:
            candidates.append(instant)
    if len(candidates) == 2 and candidates[0] != candidates[1]:
        COVERAGE["repeated times"] += 1
    if candidates:
        return min(candidates)  # ambiguous: the first of the two
    # Nonexistent: the offset in force before the change is the smaller one; using it lands the
    # same distance after the change as the time was after its start.
    offsets = [local.replace(tzinfo=zone, fold=f).utcoffset() for f in (0, 1)]
    before = min(offsets)
    COVERAGE["skipped times"] += 1
    instant = (local - before).replace(tzinfo=UTC)
    assert instant.astimezone(zone).replace(tzinfo=None) == local + (max(offsets) - before)
    return instant


def rfc3339(instant: dt.datetime, zone: ZoneInfo) -> str:
    local = instant.astimezone(zone)
    off = local.utcoffset()
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def expected_dates(spec, first: dt.date, last: dt.date):
    """Local dates of the schedule in [first, last] and within start/end, by dateutil.rrule."""
    start, end = spec["start"], spec["end"]
    lo = max(first, start)
    hi = min(last, end) if end else last
    if lo > hi:
        return []
    kind = spec["kind"]
    dtstart = dt.datetime.combine(start, dt.time())
    until = dt.datetime.combine(hi, dt.time())
    if kind == "once":
        rule = rrule.rrule(rrule.DAILY, dtstart=dt.datetime.combine(spec["date"], dt.time()), count=1)
    elif kind == "every":
        rule = rrule.rrule(rrule.DAILY, interval=spec["n"], dtstart=dtstart, until=until)
    else:
        rule = rrule.rrule(rrule.WEEKLY, byweekday=[RRULE_DAYS[d] for d in spec["days"]], dtstart=dtstart, until=until)
    return [d.date() for d in rule if lo <= d.date() <= hi]


def expected_items(spec, zone: ZoneInfo, now: dt.datetime):
    """(assignment, date, at) that hwk due must list as due or upcoming at `now`."""
    today = now.astimezone(zone).date()
    horizon = now + dt.timedelta(days=WITHIN_DAYS)
    last = horizon.astimezone(zone).date()
    out = set()
    for d in expected_dates(spec, today, last):
        if not spec["times"]:
            if resolve_local(dt.datetime.combine(d, dt.time()), zone) <= horizon:
                out.add((spec["id"], d.isoformat(), None))
            continue
        for t in spec["times"]:
            h, m = map(int, t.split(":"))
            at = resolve_local(dt.datetime.combine(d, dt.time(h, m)), zone)
            if at <= horizon:
                out.add((spec["id"], d.isoformat(), rfc3339(at, zone)))
    return out


def random_schedule(rng: random.Random, anchor: dt.date):
    kind = rng.choice(["daily", "weekdays", "weekends", "days", "every", "once"])
    spec = {"kind": kind}
    if kind == "daily":
        spec.update(phrase="daily", days=list(range(7)))
    elif kind == "weekdays":
        spec.update(phrase="weekdays", days=[0, 1, 2, 3, 4])
    elif kind == "weekends":
        spec.update(phrase="weekends", days=[5, 6])
    elif kind == "days":
        days = sorted(rng.sample(range(7), rng.randint(1, 4)))
        spec.update(phrase=" ".join(DAY_NAMES[d] for d in days), days=days)
    elif kind == "every":
        n = rng.randint(2, 9)
        spec.update(phrase=f"every {n} days", n=n)
    else:
        date = anchor + dt.timedelta(days=rng.randint(-10, 45))
        spec.update(phrase=f"once {date.isoformat()}", date=date)
    pool = EDGE_TIMES if rng.random() < 0.7 else [f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"]
    times = sorted(set(rng.sample(pool, rng.randint(0, min(3, len(pool))))))
    if len(times) < 3 and rng.random() < 0.3:
        times = sorted(set(times + [f"{rng.randint(5, 22):02d}:{rng.choice([0, 15, 40]):02d}"]))
    spec["times"] = times
    spec["start"] = anchor + dt.timedelta(days=rng.randint(-30, 25))
    spec["end"] = spec["start"] + dt.timedelta(days=rng.randint(0, 60)) if rng.random() < 0.6 else None
    if kind == "once" and rng.random() < 0.8:  # mostly inside start/end, sometimes not
        spec["start"] = min(spec["start"], spec["date"])
        if spec["end"] and spec["end"] < spec["date"]:
            spec["end"] = spec["date"] + dt.timedelta(days=rng.randint(0, 5))
    return spec


def hwk(practice, *args):
    return subprocess.run([HWK, "-C", practice, *args], capture_output=True, text=True, timeout=60)


def main():
    rng = random.Random(SEED)
    passed = failed = 0

    def fail(message):
        nonlocal failed
        failed += 1
        if failed <= 20:
            print("FAIL " + message)

    with tempfile.TemporaryDirectory() as tmp:
        practice = os.path.join(tmp, "practice")
        r = subprocess.run([HWK, "init", practice, "--timezone", "UTC"], capture_output=True, text=True)
        if r.returncode != 0:
            print("hwk init failed: " + r.stderr)
            print("0 passed, 1 failed")
            return 1
        clients = []  # generated first, in order, so the seed alone decides every plan
        for zone_name, changes in ZONES.items():
            for _ in range(CLIENTS_PER_ZONE):
                client = f"c-{len(clients) + 1:03d}"
                change = dt.date.fromisoformat(rng.choice(changes))
                today = change - dt.timedelta(days=rng.randint(0, 35))
                now_local = dt.datetime.combine(today, dt.time(rng.randint(0, 23), rng.choice([0, 10, 30, 59])))
                now = resolve_local(now_local, ZoneInfo(zone_name))
                specs = [dict(random_schedule(rng, today), id=f"a{k}") for k in range(ASSIGNMENTS_PER_CLIENT)]
                clients.append((client, zone_name, now, specs))

        def make_and_ask(client, zone_name, now, specs):
            """Makes one client's plan with hwk and returns its due items, or an error message."""
            r = hwk(practice, "client", "add", client, "--timezone", zone_name)
            if r.returncode != 0:
                return f"{client}: client add: {r.stderr.strip()}"
            for spec in specs:
                args = ["assign", client, "cognitive-defusion", "--id", spec["id"], "--schedule", spec["phrase"],
                        "--start", spec["start"].isoformat()]
                for t in spec["times"]:
                    args += ["--at", t]
                if spec["end"]:
                    args += ["--end", spec["end"].isoformat()]
                r = hwk(practice, *args)
                if r.returncode != 0:
                    return f"{client}: {' '.join(args)}: {r.stderr.strip()}"
            now_text = now.strftime("%Y-%m-%dT%H:%M:%SZ")
            r = hwk(practice, "due", client, "--format", "json", "--within", f"{WITHIN_DAYS}d", "--now", now_text)
            if r.returncode != 0:
                return f"{client}: hwk due exited {r.returncode}: {r.stderr.strip()}"
            return json.loads(r.stdout)["items"]

        # Each client's commands touch only its own plan, so clients are made side by side.
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            answers = list(pool.map(lambda c: make_and_ask(*c), clients))

        for (client, zone_name, now, specs), items in zip(clients, answers):
            if isinstance(items, str):
                fail(items)
                continue
            zone = ZoneInfo(zone_name)
            got = {}
            for i in items:
                if i["status"] != "overdue":
                    got.setdefault(i["assignment"], set()).add((i["assignment"], i["date"], i["at"]))
            for spec in specs:
                want = expected_items(spec, zone, now)
                COVERAGE["occurrences"] += len(want)
                have = got.get(spec["id"], set())
                where = (f"{client} {zone_name} now={rfc3339(now, zone)} {spec['id']} '{spec['phrase']}' "
                         f"times={spec['times']} start={spec['start']} end={spec['end']}")
                if want == have:
                    passed += 1
                else:
                    fail(f"{where}\n  missing from hwk: {sorted(want - have, key=str)[:6]}"
                         f"\n  extra in hwk:     {sorted(have - want, key=str)[:6]}")
    print("compared " + ", ".join(f"{v} {k}" for k, v in COVERAGE.items()))
    for what, count in COVERAGE.items():  # the generator must reach the daylight-saving edge cases
        if count == 0:
            fail(f"no {what} were compared")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
