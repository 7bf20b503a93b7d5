A record that cannot be saved is kept as a draft in .hwk/drafts/, and recorded later with
hwk log --draft FILE. Fault injected: a file-size limit (ulimit -f) below what the log needs.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ for day in 20 21 22; do hwk log c-0042 mood --set mood=4 --at 2026-11-${day}T09:00 > /dev/null; done
  $ cp clients/c-0042/log/2026-11.testwrtr.toml ../before.toml
  $ (ulimit -f 1; hwk log c-0042 mood --set mood=6 --reflect "a good day" --at 2026-11-23T09:00)
  clients/c-0042/log/2026-11.testwrtr.toml: error: cannot write: file too large
  .hwk/drafts/log-c-0042-01M85MG280[0-9A-Z]{16}.toml: note: nothing was recorded; what you entered is kept here (re)
    hint: record it with 'hwk log --draft .hwk/drafts/log-c-0042-01M85MG280[0-9A-Z]{16}.toml' once the problem is fixed (re)
  [1]
  $ cmp clients/c-0042/log/2026-11.testwrtr.toml ../before.toml
  $ ls -a clients/c-0042/log
  .
  ..
  .gitkeep
  2026-11.testwrtr.toml
  $ draft=$(ls .hwk/drafts/log-c-0042-*.toml)
  $ sed 's/01M85MG280[0-9A-Z]*/ID/' "$draft"
  # A record of c-0042 that hwk could not save, kept here so that nothing is lost.
  # Why: clients/c-0042/log/2026-11.testwrtr.toml: cannot write: file too large
  # Record it once the problem is fixed:  hwk log --draft .hwk/drafts/log-c-0042-ID.toml
  # ('hwk log' on a terminal offers it too), or delete this file to discard it. See hwk-log(1).
  
  [[records]]
  id = "ID"
  kind = "practice"
  at = 2026-11-23T09:00:00-05:00
  recorded = 2026-11-23T21:00:00-05:00
  assignment = "mood"
  template = "mood-check"
  template_version = 1
  status = "done"
  reflection = "a good day"
  
  [records.values]
  mood = 6

Without a terminal, the next hwk log of that client says the draft is there.

  $ hwk log c-0042 mood --set mood=5 | sed 's/ as .*//'
  .hwk/drafts/log-c-0042-01M85MG280[0-9A-Z]{16}.toml: note: a record from 2026-11-23 09:00 \(mood, done\) was not saved and is kept here (re)
    hint: record it with 'hwk log --draft .hwk/drafts/log-c-0042-01M85MG280[0-9A-Z]{16}.toml', or delete the file to discard it (re)
  recorded mood (done) for c-0042 at 2026-11-23T21:00:00-05:00
  $ hwk log c-0042 mood --draft "$draft"
  hwk: error: --draft records the kept record as it is
    hint: give no assignment and no other option with it
  [2]
  $ id=$(sed -n 's/^id = "\(.*\)"/\1/p' "$draft")
  $ hwk log --draft "$draft" | sed "s/$id/ID/"
  recorded mood (done) for c-0042 at 2026-11-23T09:00:00-05:00 as ID, from the draft
  $ grep -c "$id" clients/c-0042/log/2026-11.testwrtr.toml
  1
  $ grep -c '^\[\[records\]\]' clients/c-0042/log/2026-11.testwrtr.toml
  5
  $ ls .hwk/drafts
  $ hwk log --draft "$draft" 2>&1 | sed "s/$id/ID/"
  .hwk/drafts/log-c-0042-ID.toml: error: cannot read: no such file or directory
  $ hwk check
  $ hwk log --draft clients/c-0042/plan.toml
  clients/c-0042/plan.toml: error: not a draft of hwk log
    hint: drafts are named log-CLIENT-ID.toml, in .hwk/drafts/
  [1]
  $ hwk log
  hwk: error: name the client: this practice has 2 clients
    hint: run 'hwk client list' to see them
  [2]
