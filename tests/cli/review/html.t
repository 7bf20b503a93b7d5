hwk review --format html -o FILE: one self-contained page, written as a private file (0600, even
with a loose umask), holding no script and nothing that loads (a Content-Security-Policy forbids
it too), with record text escaped. tests/system/review_chromium.py renders it in a real browser.

  $ cp -R "$FIXTURES/review" . && cd review
  $ export TZ=America/New_York
  $ umask 022
  $ sed -i 's|^reflection = "Walked with a friend"|reflection = "<script>alert(1)</script><img src=x onerror=alert(2)> \\u001b]8;;http://evil\\u0007link"|' clients/c-0042/log/2026-11.testwrtr.toml
  $ hwk check
  $ hwk review c-0042 --format html -o review.html
  $ stat -c '%a' review.html
  600
  $ ls -a | grep hwk-tmp
  [1]
  $ head -4 review.html
  <!DOCTYPE html>
  <html lang="en">
  <head>
  <meta charset="utf-8">
  $ grep -c "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">" review.html
  1
  $ grep -c -i -e '<script' -e '<img' -e '<link' -e '<iframe' -e '<[^>]* src=' -e '<[^>]* href=' -e 'url(' -e '@import' review.html
  0
  [1]
  $ grep -F 'alert(1)' review.html
  <blockquote class="text">&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; \x1b]8;;http://evil\x07link</blockquote>
  $ grep -c '<svg xmlns="http://www.w3.org/2000/svg"' review.html
  4
  $ grep -o '@page[^}]*}' review.html
  @page { size: auto; margin: 16mm 15mm; }

Standard output gets the same page.

  $ hwk review --format html | cmp - review.html

An existing file is kept unless --force is given; a file in a directory that is not there, or a
failed review, writes nothing.

  $ hwk review --format md -o review.html
  review.html: error: already exists, not overwriting it
    hint: add --force to replace it
  [1]
  $ head -1 review.html
  <!DOCTYPE html>
  $ hwk review --format md -o review.html --force && head -1 review.html
  # Review of c-0042 (Alex)
  $ hwk review -o missing/review.txt
  missing/review.txt: error: cannot write: there is no directory missing
    hint: create it first
  [1]
  $ hwk review -o review.html/inside.txt
  review.html/inside.txt: error: cannot write: review.html is not a directory
  [1]
  $ hwk review --since someday -o new.txt
  hwk: error: invalid --since 'someday'
    hint: write a date (2026-11-01), a duration back from now (4w, 10d), last-session, this-week, last-week, this-month or last-month
  [2]
  $ sed -i 's/^schedule = "daily"/schedule = "dialy"/' clients/c-0042/plan.toml
  $ hwk review -o new.txt
  clients/c-0042/plan.toml:12:13: error: unknown schedule word 'dialy'
    hint: did you mean 'daily'?
  [1]
  $ ls new.txt missing 2>&1
  ls: cannot access 'new.txt': No such file or directory
  ls: cannot access 'missing': No such file or directory
  [2]
