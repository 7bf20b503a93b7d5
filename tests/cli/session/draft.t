session, feedback and advance keep what they could not save as a draft, as log does, and
hwk log --draft records it. Fault injected: a file-size limit (ulimit -f) below what the log needs.

  $ cp -R "$FIXTURES/steps" p && cd p
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ log=clients/c-0213/log/2026-11.testwrtr.toml
  $ for day in 16 17 18 19 20 21; do hwk session c-0213 --at 2026-11-${day}T10:00 > /dev/null; done
  $ cp $log ../before.toml
  $ (ulimit -f 1; hwk session c-0213 --at 2026-11-23T10:00 --note "went well") 2>&1 | sed 's/01M[0-9A-Z]*/ID/g'
  clients/c-0213/log/2026-11.testwrtr.toml: error: cannot write: file too large
  .hwk/drafts/log-c-0213-ID.toml: note: nothing was recorded; what you entered is kept here
    hint: record it with 'hwk log --draft .hwk/drafts/log-c-0213-ID.toml' once the problem is fixed
  $ (ulimit -f 1; hwk feedback c-0213 --week this-week --assignment lift-ladder --text "Good week") 2>&1 | sed 's/01M[0-9A-Z]*/ID/g' | head -n 1
  clients/c-0213/log/2026-11.testwrtr.toml: error: cannot write: file too large
  $ (ulimit -f 1; hwk advance c-0213 lift-ladder --note "ready") 2>&1 | sed 's/01M[0-9A-Z]*/ID/g' | head -n 1
  clients/c-0213/log/2026-11.testwrtr.toml: error: cannot write: file too large
  $ cmp $log ../before.toml
  $ ls .hwk/drafts | wc -l
  3

The next hwk log names them; each is recorded with hwk log --draft, once.

  $ hwk log c-0213 lift-ladder --no-input 2>&1 | grep -c 'was not saved and is kept here'
  3
  $ for d in .hwk/drafts/*.toml; do hwk log --draft "$d" | sed 's/ as .*//'; done | sort
  recorded a session for c-0213 at 2026-11-23T10:00:00+00:00
  recorded feedback on lift-ladder for c-0213 at 2026-11-24T02:00:00+00:00
  recorded step 'one-floor-with-friend' of lift-ladder for c-0213 at 2026-11-24T02:00:00+00:00
  $ ls .hwk/drafts
  $ grep -c '^\[\[records\]\]' $log
  9
  $ hwk check
