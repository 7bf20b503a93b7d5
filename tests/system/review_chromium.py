#!/usr/bin/env python3
"""System test: the HTML review in the distribution's headless Chromium.

`hwk review --format html` is made from tests/fixtures/review, with record text that tries to
load things (<img src>, <link href>, an escape sequence), and opened in /usr/bin/chromium:

- it prints to PDF, on the browser's default paper (Letter) and with the printer set to A4: each
  PDF starts with %PDF, has at least one page of that size, and (read back with pdftotext) holds
  the review from its title to its footer, the hostile text shown as text;
- the page makes no network request: Chromium's net log (--log-net-log) holds no request made for
  the page (any URL other than file: or data:), no host lookup for it and no DNS query at all; its
  Content-Security-Policy is in the file. Two controls show the check can fail: a page without the policy that loads an
  image from 127.0.0.1:9 is caught, and the same image behind the review's policy is blocked.

Chromium's own background requests (component updates, sign-in, network time) are not the page's:
they are told apart by their network isolation key, and a proxy on 127.0.0.1:9 (nothing listens)
plus a resolver that answers nothing keep even those on this machine.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HWK = os.environ.get("HWK") or shutil.which("hwk")
SOURCE = os.environ.get("HWK_SOURCE_DIR") or os.path.join(os.path.dirname(__file__), "..", "..")
CHROMIUM = "/usr/bin/chromium"
NOW = "2026-11-23T21:00:00-05:00"
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
HOSTILE = '<img src=\\"http://127.0.0.1:9/leak.png\\"><link rel=stylesheet href=\\"http://127.0.0.1:9/x.css\\"> \\u001b[31mred'
FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
    "--disable-default-apps", "--no-pings", "--disable-breakpad", "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-features=Translate,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying,AutofillServerCommunication",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--no-pdf-header-footer",
]

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
        for line in str(detail).splitlines():
            print(f"    {line}")
    return cond


def finish():
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


def chromium(work, page, name, *extra):
    """Opens `page` in a fresh profile; returns the net log's events and the process result."""
    net = os.path.join(work, name + ".netlog.json")
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={os.path.join(work, name + '.profile')}", f"--log-net-log={net}", *extra,
           "file://" + page]
    r = subprocess.run(cmd, capture_output=True, timeout=60)
    with open(net, encoding="utf-8") as f:
        text = f.read()
    if not text.rstrip().endswith("}"):  # a log cut short still parses once closed
        text = text.rstrip().rstrip(",") + "]}"
    log = json.loads(text)
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    return [(names.get(e["type"], "?"), e.get("params", {})) for e in log["events"]], r


def page_requests(events):
    """URLs requested for the page (their isolation key is the file:// page's), other than file: and data:."""
    out = []
    for kind, params in events:
        if kind != "URL_REQUEST_START_JOB":
            continue
        url = params.get("url", "")
        if "file://" in params.get("network_isolation_key", "") and not url.startswith(("file:", "data:")):
            out.append(url)
    return out


def dns_lookups(events):
    """Host names looked up for the page, and any DNS query at all (the resolver rule answers every
    name without asking a server, so none reaches the wire)."""
    out = []
    for kind, params in events:
        if kind == "HOST_RESOLVER_MANAGER_REQUEST" and "file://" in params.get("network_anonymization_key", ""):
            out.append(params.get("host", ""))
        elif kind.startswith("DNS_TRANSACTION"):
            out.append(kind + " " + json.dumps(params))
    return out


def pdf_facts(path):
    data = open(path, "rb").read()
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)", info, re.M)
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    return data, int(pages.group(1)) if pages else 0, (float(size.group(1)), float(size.group(2))) if size else None, text


def main():
    for tool in (CHROMIUM, shutil.which("pdfinfo"), shutil.which("pdftotext"), HWK):
        if not tool or not os.path.exists(tool):
            check(False, "chromium, poppler-utils (pdfinfo, pdftotext) and hwk are installed (.ci/install-deps --test)", tool)
            finish()
    work = tempfile.mkdtemp(prefix="hwk-review-chromium-")
    try:
        practice = os.path.join(work, "review")
        shutil.copytree(os.path.join(SOURCE, "tests", "fixtures", "review"), practice)
        log = os.path.join(practice, "clients", "c-0042", "log", "2026-11.testwrtr.toml")
        text = open(log, encoding="utf-8").read().replace('reflection = "Walked with a friend"', f'reflection = "{HOSTILE}"')
        open(log, "w", encoding="utf-8").write(text)
        env = dict(os.environ, TZ="America/New_York")
        env.pop("HWK_NOW", None)
        html = os.path.join(work, "review.html")
        r = subprocess.run([HWK, "-C", practice, "--now", NOW, "review", "--format", "html", "-o", html], env=env,
                           capture_output=True, text=True)
        if not check(r.returncode == 0 and os.path.exists(html), "hwk review --format html -o writes the page", r.stderr):
            finish()
        source = open(html, encoding="utf-8").read()
        check(f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in source, "the page carries its Content-Security-Policy")
        check(oct(os.stat(html).st_mode & 0o777) == "0o600", "the page is private (0600)")

        # Letter (the browser's default paper) and A4 (a printer set to A4: the page's own @page
        # size is auto, so the printer's paper is used).
        a4 = os.path.join(work, "review-a4.html")
        open(a4, "w", encoding="utf-8").write(source.replace("</style>", "@page { size: A4; }\n</style>", 1))
        for name, page, expected in (("letter", html, (612, 792)), ("a4", a4, (595, 842))):
            pdf = os.path.join(work, name + ".pdf")
            events, r = chromium(work, page, name, f"--print-to-pdf={pdf}")
            if not check(os.path.exists(pdf), f"{name}: Chromium prints the review to PDF", r.stderr.decode(errors="replace")[-2000:]):
                continue
            data, pages, size, text = pdf_facts(pdf)
            check(data.startswith(b"%PDF-") and len(data) > 10000, f"{name}: the PDF starts with %PDF- and is not trivial ({len(data)} bytes)")
            check(pages >= 1, f"{name}: the PDF has {pages} page(s)")
            check(size is not None and abs(size[0] - expected[0]) < 2 and abs(size[1] - expected[1]) < 2,
                  f"{name}: the pages are {expected[0]} x {expected[1]} pt", size)
            flat = " ".join(text.split())
            for words in ("Review of c-0042 (Alex)", "since the session of Mon 2026-11-16 10:00",
                          "Acknowledge the streak: the last 3 expected practices were all done.",
                          "Walking with a friend: keep that.", "Revisit the rationale and what got in the way.",
                          "It holds clinical text"):
                check(words in flat, f"{name}: the PDF shows '{words}'")
            check('<img src="http://127.0.0.1:9/leak.png">' in flat and "\\x1b[31mred" in flat,
                  f"{name}: hostile record text is shown as text, not run", flat[:400])
            requests = page_requests(events)
            check(requests == [], f"{name}: no network request for the page", "\n".join(requests))
            check(dns_lookups(events) == [], f"{name}: no DNS lookup", "\n".join(dns_lookups(events)))

        # The controls: the same check catches a page that loads an image, and the review's policy
        # blocks that image even if one got into the page.
        probe = '<img src="http://127.0.0.1:9/probe.png">'
        bare = os.path.join(work, "control.html")
        open(bare, "w", encoding="utf-8").write(f"<!DOCTYPE html><html><body>{probe}</body></html>")
        events, _ = chromium(work, bare, "control", "--dump-dom")
        check("http://127.0.0.1:9/probe.png" in page_requests(events), "control: a page without the policy is caught loading an image",
              "\n".join(page_requests(events)))
        check(dns_lookups(events) != [], "control: its lookup of the image's host is caught too")
        guarded = os.path.join(work, "guarded.html")
        open(guarded, "w", encoding="utf-8").write(source.replace("<main>", "<main>" + probe, 1))
        events, _ = chromium(work, guarded, "guarded", "--dump-dom")
        check(page_requests(events) == [], "control: the review's policy blocks an image that got into the page",
              "\n".join(page_requests(events)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    finish()


if __name__ == "__main__":
    main()
