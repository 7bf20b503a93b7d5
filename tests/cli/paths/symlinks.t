A symbolic link cannot take hwk out of the practice (git stores links, so a pull can bring one):
a link that leads outside it, or has an absolute target, is refused with an error at the link,
and nothing is read or written through it. Fault injected: links committed in place of a
client's log/, a template copy, the practice's .hwk/ and a practice template.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ mkdir -m 700 ../elsewhere && echo testwrtr > ../elsewhere/writer
  $ mkdir .hwk && echo testwrtr > .hwk/writer

The client's log/ is a link to a folder outside the practice: nothing is written there, nothing
is read from there, and what was typed is kept as a draft.

  $ rm -r clients/c-0042/log && ln -s ../../../elsewhere clients/c-0042/log
  $ hwk log c-0042 mood --set mood=4 --reflect "private words" 2>&1 | sed 's/-01M85MG280[0-9A-Z]*/-ID/'
  clients/c-0042/log: error: a symbolic link to '../../../elsewhere', outside the practice; hwk does not read or write through it
    hint: replace the link with the file or directory itself
  .hwk/drafts/log-c-0042-ID.toml: note: nothing was recorded; what you entered is kept here
    hint: record it with 'hwk log --draft .hwk/drafts/log-c-0042-ID.toml' once the problem is fixed
  $ ls ../elsewhere
  writer
  $ hwk due c-0042
  clients/c-0042/log: error: a symbolic link to '../../../elsewhere', outside the practice; hwk does not read or write through it
    hint: replace the link with the file or directory itself
  [1]
  $ hwk check 2>&1
  clients/c-0042/log: error: a symbolic link to '../../../elsewhere', outside the practice; hwk does not read or write through it
    hint: replace the link with the file or directory itself
  [1]

Once the link is replaced by a folder, the draft is recorded.

  $ rm clients/c-0042/log && mkdir -m 700 clients/c-0042/log
  $ hwk log --draft .hwk/drafts/log-c-0042-*.toml
  recorded mood \(done\) for c-0042 at 2026-11-23T21:00:00-05:00 as 01M85MG280[0-9A-Z]{16}, from the draft (re)
  $ ls .hwk/drafts

A template copy linked to /etc/passwd is not read: no command shows its lines.

  $ mv clients/c-0042/templates/mood-check.v1.yaml ../mood-check.v1.yaml
  $ ln -s /etc/passwd clients/c-0042/templates/mood-check.v1.yaml
  $ hwk log c-0042 mood --set mood=4
  clients/c-0042/templates/mood-check.v1.yaml: error: a symbolic link to '/etc/passwd', outside the practice; hwk does not read or write through it
    hint: replace the link with the file or directory itself
  [1]
  $ hwk check 2>&1 | grep -c root
  0
  [1]
  $ hwk check 2>&1 | grep -v '^  hint'
  clients/c-0042/log/2026-11.testwrtr.toml:4:1: error: record '01M85MG280[0-9A-Z]{16}' uses template 'mood-check' version 1, which is not in the client's templates/ (re)
  clients/c-0042/templates/mood-check.v1.yaml: error: a symbolic link to '/etc/passwd', outside the practice; hwk does not read or write through it

A link that stays inside the practice, relative, is followed; one with an absolute target is not,
even to a place inside (it would lead elsewhere in another clone).

  $ rm clients/c-0042/templates/mood-check.v1.yaml
  $ mv ../mood-check.v1.yaml clients/c-0042/mood-copy.yaml
  $ ln -s ../mood-copy.yaml clients/c-0042/templates/mood-check.v1.yaml
  $ hwk log c-0042 mood --set mood=4 | sed 's/ as .*//'
  recorded mood (done) for c-0042 at 2026-11-23T21:00:00-05:00
  $ rm clients/c-0042/templates/mood-check.v1.yaml
  $ ln -s "$PWD/clients/c-0042/mood-copy.yaml" clients/c-0042/templates/mood-check.v1.yaml
  $ hwk log c-0042 mood --set mood=4 2>&1 | sed "s|$PWD|PRACTICE|"
  clients/c-0042/templates/mood-check.v1.yaml: error: a symbolic link to the absolute path 'PRACTICE/clients/c-0042/mood-copy.yaml'; hwk follows only relative links within the practice
    hint: make the link relative, or replace it with the file or directory itself
  $ rm clients/c-0042/templates/mood-check.v1.yaml && mv clients/c-0042/mood-copy.yaml clients/c-0042/templates/mood-check.v1.yaml

The per-machine .hwk/ a link to elsewhere: the writer id, drafts and reminders stay put.

  $ rm -r .hwk && ln -s ../elsewhere .hwk
  $ hwk log c-0042 mood --set mood=4
  .hwk: error: a symbolic link to '../elsewhere', outside the practice; hwk does not read or write through it
    hint: replace the link with the file or directory itself
  hwk: error: what you entered could not be kept as a draft either: a symbolic link to '../elsewhere', outside the practice; hwk does not read or write through it
  [1]
  $ hwk remind --now 2026-11-24T08:00:00-05:00
  .hwk: error: a symbolic link to '../elsewhere', outside the practice; hwk does not read or write through it
    hint: replace the link with the file or directory itself
  [1]
  $ ls ../elsewhere
  writer
  $ rm .hwk

A practice template linked to /etc/passwd is neither shown nor copied to a client.

  $ ln -s /etc/passwd templates/passwd.yaml
  $ hwk template show passwd
  templates/passwd.yaml: error: a symbolic link to '/etc/passwd', outside the practice; hwk does not read or write through it
    hint: replace the link with the file or directory itself
  [1]
  $ hwk assign c-0043 passwd
  templates/passwd.yaml: error: a symbolic link to '/etc/passwd', outside the practice; hwk does not read or write through it
    hint: replace the link with the file or directory itself
  [1]
  $ ls clients/c-0043/templates
