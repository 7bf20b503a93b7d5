Outside any practice or client repository, commands that need one say so.

  $ hwk client list 2>&1
  hwk: error: not in a practice repository (no hwk.toml or plan.toml here or in any parent directory)
    hint: create one with 'hwk init', or use -C to name its directory
  [1]
  $ hwk log c-0042 mood 2>&1
  hwk: error: not in a practice repository (no hwk.toml or plan.toml here or in any parent directory)
    hint: create one with 'hwk init', or use -C to name its directory
  [1]
  $ ls -A
