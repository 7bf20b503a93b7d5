#!/usr/bin/env python3
"""System test: `hwk export --format ics` is a calendar that an independent iCalendar stack
expands to exactly the occurrences hwk itself expects.

Practices are made with the real binary (clients in America/New_York, Europe/Berlin,
Australia/Lord_Howe and Asia/Kolkata; many generated schedules: daily, weekdays, weekends, listed
days, every N days with and without a start, once; one or two times of day, some inside DST
gaps and folds; with and without end dates, across DST changes). Each feed is parsed with
icalendar, each VEVENT's RRULE expanded with dateutil.rrule in the event's zone (zoneinfo), and
the result compared, occurrence for occurrence, with the upcoming items of
`hwk due CLIENT --within 60d --format json` at the same --now (same dates, same instants, same
titles). The feed's own VTIMEZONE is checked against zoneinfo at every instant, and for 30 years
when events recur without an end (fault injected: events that outlive a VTIMEZONE listing a few
years of transitions), and the
format's basics (CRLF, 75-octet lines, alarms, DTSTAMP, privacy of the plan's text).
"""
import datetime
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import debian_module  # noqa: E402

icalendar = debian_module("icalendar", "python3-icalendar")
dateutil_rrule = debian_module("dateutil.rrule", "python3-dateutil")

HWK = os.environ.get("HWK") or shutil.which("hwk")
UTC = datetime.timezone.utc
WINDOW = datetime.timedelta(days=60)
# Two clocks: late winter (spring-forward changes ahead) and early autumn (fall-back changes ahead,
# Lord Howe's spring forward).
NOWS = ["2027-02-20T12:00:00Z", "2027-09-15T12:00:00Z"]
ZONES = {
    "c-ny": "America/New_York",
    "c-berlin": "Europe/Berlin",
    "c-lordhowe": "Australia/Lord_Howe",
    "c-kolkata": "Asia/Kolkata",
}
# Times inside a gap or a fold somewhere: 02:30 (New York, Berlin), 02:15 and 01:45 (Lord Howe),
# 01:30 (New York's fold), plus ordinary ones.
TIMES = ["08:00", "21:30", "02:30", "02:15", "01:45", "01:30", "00:00", "23:59", "12:00", "06:45"]
LISTED = ["mon wed fri", "tue thu", "sun", "sat sun", "mon", "wed fri sun", "tue wed thu sat"]

passed = 0
failed = 0


def check(cond, what, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL - {what}")
        for line in str(detail).splitlines():
            print(f"    {line}")
    return cond


def hwk(*args, cwd, now=None):
    env = dict(os.environ)
    env.pop("HWK_NOW", None)
    cmd = [HWK] + (["--now", now] if now else []) + list(args)
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr.decode()}")
    return r.stdout


def parse_now(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def generated_assignments(rng, now):
    """(id, schedule, times, start, end) tuples around `now`."""
    today = now.date()
    out = []

    def day(offset):
        return (today + datetime.timedelta(days=offset)).isoformat()

    schedules = ["daily", "weekdays", "weekends"] + LISTED + [f"every {n} days" for n in (2, 3, 5, 7, 10)]
    for k in range(22):
        schedule = schedules[k % len(schedules)] if k < len(schedules) else rng.choice(schedules)
        times = rng.sample(TIMES, rng.choice([0, 1, 1, 2, 2]))
        start = day(rng.randint(-40, 30)) if rng.random() < 0.8 else None
        end = None
        if rng.random() < 0.6:
            base = start or today.isoformat()
            end = (datetime.date.fromisoformat(base) + datetime.timedelta(days=rng.randint(0, 80))).isoformat()
        out.append((f"a{k:02d}", schedule, times, start, end))
    for k in range(3):
        out.append((f"o{k}", f"once {day(rng.randint(-5, 65))}", rng.sample(TIMES, rng.choice([0, 1, 2])), None, None))
    out.append(("q0", "3 per week", [], None, None))
    out.append(("n0", "as needed", [], None, None))
    return out


def make_practice(root, now_text, rng):
    hwk("init", "practice", cwd=root)
    practice = os.path.join(root, "practice")
    now = parse_now(now_text)
    plans = {}
    for client, zone in ZONES.items():
        hwk("client", "add", client, "--name", "Pat", "--timezone", zone, cwd=practice, now=now_text)
        local_now = now.astimezone(ZoneInfo(zone))
        assignments = generated_assignments(rng, local_now)
        no_start = []
        for aid, schedule, times, start, end in assignments:
            args = ["assign", client, "paced-breathing", "--id", aid, "--schedule", schedule,
                    "--why", "SECRET-WHY text", "--goal", "SECRET-GOAL text"]
            for t in times:
                args += ["--at", t]
            if start:
                args += ["--start", start]
            if end:
                args += ["--end", end]
            hwk(*args, cwd=practice, now=now_text)
            if not start and not schedule.startswith("once"):
                no_start.append(aid)
        # hwk assign gives every assignment a start (today); take it away where none was wanted.
        plan_path = os.path.join(practice, "clients", client, "plan.toml")
        with open(plan_path, encoding="utf-8") as f:
            text = f.read()
        for aid in no_start:
            text = re.sub(r'(\nid = "%s"\n(?:(?!\n\[\[).)*?)\nstart = [0-9-]+' % aid, r"\1", text, flags=re.S)
        with open(plan_path, "w", encoding="utf-8") as f:
            f.write(text)
        plans[client] = assignments
    return practice, plans


def expand_event(event, now, until):
    """Instances of one VEVENT as (local date, instant or None for all-day) in (now, until]."""
    start = event.decoded("DTSTART")
    rule = event.get("RRULE")
    rule_text = rule.to_ical().decode() if rule is not None else None
    out = []
    if isinstance(start, datetime.datetime):
        zone = ZoneInfo(str(event["DTSTART"].params["TZID"]))
        dtstart = start.replace(tzinfo=None).replace(tzinfo=zone)
        instances = dateutil_rrule.rrulestr(rule_text, dtstart=dtstart) if rule_text else [dtstart]
        for dt in instances:
            instant = dt.astimezone(UTC)
            if instant > until:
                break
            if instant > now:
                out.append((dt.date().isoformat(), instant))
    else:
        zone = None
        dtstart = datetime.datetime.combine(start, datetime.time())
        instances = dateutil_rrule.rrulestr(rule_text, dtstart=dtstart) if rule_text else [dtstart]
        for dt in instances:
            if dt.date() > (until + datetime.timedelta(days=2)).date():
                break
            out.append((dt.date().isoformat(), None))
    return out


def day_start(date_text, zone):
    d = datetime.date.fromisoformat(date_text)
    return datetime.datetime.combine(d, datetime.time(), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def check_format(raw, label):
    check(raw.endswith(b"\r\n"), f"{label}: ends with CRLF")
    lines = raw.split(b"\r\n")[:-1]
    check(all(b"\n" not in l and b"\r" not in l for l in lines), f"{label}: every line ends in CRLF")
    long_lines = [l for l in lines if len(l) > 75]
    check(not long_lines, f"{label}: lines are at most 75 octets", long_lines[:3])
    check(b"SECRET" not in raw, f"{label}: the plan's why and goal stay out of the calendar")
    try:
        raw.decode("utf-8")
        check(True, f"{label}: UTF-8")
    except UnicodeDecodeError as e:
        check(False, f"{label}: UTF-8", e)


def vtimezone_onsets(vtimezone, until):
    """Every onset of a VTIMEZONE's observances up to `until`: (instant, offset in force after it),
    sorted; an observance with an RRULE is expanded with dateutil."""
    onsets = []
    for obs in vtimezone.subcomponents:
        start = obs.decoded("DTSTART")
        before = obs.decoded("TZOFFSETFROM")
        after = obs.decoded("TZOFFSETTO")
        starts = [start]
        if "RRULE" in obs:
            rule = dateutil_rrule.rrulestr(obs["RRULE"].to_ical().decode(), dtstart=start)
            starts = list(rule.between(start - datetime.timedelta(days=1), until.replace(tzinfo=None), inc=True))
        for local in starts:
            onsets.append(((local - before).replace(tzinfo=UTC), after))
    return sorted(onsets)


def check_client(practice, client, zone, now_text):
    label = f"{client} at {now_text}"
    raw = hwk("export", client, "--format", "ics", cwd=practice, now=now_text)
    check_format(raw, label)
    cal = icalendar.Calendar.from_ical(raw)
    now = parse_now(now_text)
    until = now + WINDOW
    check(cal.get("VERSION") == "2.0", f"{label}: VERSION:2.0")
    check(str(cal.get("PRODID", "")).startswith("-//hwk//hwk "), f"{label}: PRODID")
    timezones = [c for c in cal.walk("VTIMEZONE")]
    check(len(timezones) == 1 and str(timezones[0]["TZID"]) == zone, f"{label}: one VTIMEZONE for {zone}")
    vtz = timezones[0].to_tz() if timezones else None

    due = json.loads(hwk("due", client, "--within", "60d", "--format", "json", cwd=practice, now=now_text))
    expected = {}
    titles = {}
    for item in due["items"]:
        if item["remaining"] is not None or item["status"] != "upcoming":
            continue
        at = parse_now(item["at"]).astimezone(UTC) if item["at"] else None
        key = (item["assignment"], item["date"], at)
        expected[key] = expected.get(key, 0) + 1
        titles[item["assignment"]] = item["title"]

    got = {}
    events = list(cal.walk("VEVENT"))
    uids = [str(e["UID"]) for e in events]
    check(len(set(uids)) == len(uids), f"{label}: UIDs are unique", uids)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    for e in events:
        uid = str(e["UID"])
        assignment = uid.split(".")[0]
        check(uid.endswith(f".{client}@hwk"), f"{label}: UID {uid} names the client")
        check(e["DTSTAMP"].to_ical().decode() == stamp, f"{label}: {uid} DTSTAMP is --now in UTC")
        if ".quota." in uid:
            check(str(e["SUMMARY"]).endswith(": 3 this week"), f"{label}: quota summary", e["SUMMARY"])
            continue
        check(assignment != "n0", f"{label}: 'as needed' has no event")
        timed = isinstance(e.decoded("DTSTART"), datetime.datetime)
        alarms = list(e.walk("VALARM"))
        check(len(alarms) == (1 if timed else 0), f"{label}: {uid} has an alarm when timed")
        for a in alarms:
            check(str(a["ACTION"]) == "DISPLAY" and a["TRIGGER"].to_ical().decode() in ("PT0M", "PT0S", "P0D"),
                  f"{label}: {uid} alarm at the start", a.to_ical())
        if assignment in titles:
            check(str(e["SUMMARY"]) == titles[assignment], f"{label}: {uid} summary is the title", e["SUMMARY"])
        for date_text, instant in expand_event(e, now, until):
            if instant is None:
                start = day_start(date_text, zone)
                if not (now < start <= until):
                    continue
            key = (assignment, date_text, instant)
            got[key] = got.get(key, 0) + 1
            if instant is not None and vtz is not None:
                # The feed's own VTIMEZONE gives the same wall-clock time as zoneinfo.
                by_feed = instant.astimezone(vtz).replace(tzinfo=None)
                by_zoneinfo = instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
                check(by_feed == by_zoneinfo, f"{label}: {uid} VTIMEZONE local time at {instant}",
                      f"VTIMEZONE: {by_feed}, zoneinfo: {by_zoneinfo}")

    # Events without an end recur for ever, so the feed's VTIMEZONE must hold as far: four instants
    # a year for 30 years, against zoneinfo (which reads the zone's rule beyond its listed years).
    # (icalendar's to_tz stops rules at 2038, as pytz does: the observances are expanded here with
    # dateutil instead.)
    open_ended = any("RRULE" in e and "UNTIL" not in str(e["RRULE"].to_ical()) for e in events)
    if timezones and open_ended:
        onsets = vtimezone_onsets(timezones[0], now + datetime.timedelta(days=31 * 366))
        wrong = []
        for k in range(30 * 4):
            instant = (now + datetime.timedelta(days=91 * k + 45)).astimezone(UTC)
            by_feed = max((o for o in onsets if o[0] <= instant), default=(None, None))[1]
            by_zoneinfo = instant.astimezone(ZoneInfo(zone)).utcoffset()
            if by_feed != by_zoneinfo:
                wrong.append(f"{instant}: VTIMEZONE {by_feed}, zoneinfo {by_zoneinfo}")
        check(not wrong, f"{label}: the VTIMEZONE agrees with zoneinfo for 30 years of events without an end",
              "\n".join(wrong[:5]))

    missing = sorted((k for k in expected if expected[k] != got.get(k, 0)), key=str)
    extra = sorted((k for k in got if k not in expected), key=str)
    check(not missing and not extra, f"{label}: {sum(expected.values())} occurrences agree with hwk due",
          "\n".join([f"hwk due only: {k}" for k in missing[:10]] + [f"calendar only: {k}" for k in extra[:10]]))
    return sum(expected.values())


def main():
    if not HWK:
        print("FAIL - no hwk binary (set HWK)")
        print("0 passed, 1 failed")
        return 1
    rng = random.Random(20261123)
    total = 0
    for now_text in NOWS:
        with tempfile.TemporaryDirectory() as root:
            practice, _ = make_practice(root, now_text, rng)
            for client, zone in ZONES.items():
                total += check_client(practice, client, zone, now_text)
    check(total > 1000, f"the comparison covered many occurrences ({total})")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
