Setting up git needs a git repository; linking needs a practice that is one, a URL, and a client
folder that is not a repository already. Each refusal exits 1 (2 for wrong usage) and writes nothing.

  $ export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
  $ hwk init p --timezone America/New_York > /dev/null
  $ cd p
  $ hwk client add c-0042 > /dev/null
  $ find . | sort > ../before

Outside a git repository:

  $ hwk hooks
  hwk: error: not in a git repository
    hint: run 'git init' here first, or clone the repository
  [1]
  $ hwk client link c-0042 ../elsewhere.git
  hwk: error: the practice is not a git repository
    hint: run 'git init' in it first
  [1]
  $ find . | sort | diff ../before -

An invalid id, and a URL that is an option:

  $ git init -q
  $ find . -path ./.git -prune -o -print | sort > ../before
  $ hwk client link C42 ../elsewhere.git
  hwk: error: invalid client id 'C42': it must start with a lowercase letter or digit
  .* (re)
  [2]
  $ hwk client link c-0043 --
  hwk: error: .* (re)
  .* (re)
  [2]
  $ hwk client link c-0043 -- -u
  hwk: error: invalid URL '-u'
    hint: give where the client's repository is
  [2]

A remote git cannot clone: git says why, hwk says what failed, and nothing is left.

  $ hwk client link c-0043 ../nowhere.git 2>&1 | grep -v "^fatal"
  hwk: error: cloning '../nowhere.git' failed (git said why above)
  $ find . -path ./.git -prune -o -print | sort > ../after
  $ diff ../before ../after

In a client's own repository there is nothing to link into:

  $ cp -R clients/c-0042 ../own && cd ../own
  $ hwk client link c-0050 ../elsewhere.git
  hwk: error: clients are linked into a practice, not into a client's own repository
  [1]
