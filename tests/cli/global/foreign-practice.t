A hwk.toml owned by another user in a parent folder does not make hwk take that folder as the
practice, as git passes over a repository of another user: the nearer client repository is used,
with a warning naming the file passed over. A folder named in safe_directories is trusted.
Fault injected: someone else's hwk.toml above a client's own repository (as in a shared /tmp).
Changing a file's owner needs root: the test is skipped otherwise.

  $ [ "$(id -u)" = 0 ] || exit 80
  $ mkdir shared && cp -R "$FIXTURES/practice/clients/c-0042" shared/alex
  $ printf 'name = "not yours"\n' > shared/hwk.toml && chown 12345 shared shared/hwk.toml
  $ cd shared/alex
  $ hwk client list 2>&1 | sed "s|$HOME|HOME|"
  */shared/hwk.toml: warning: owned by another user: hwk does not take it as a practice (glob)
    hint: if you trust it, add its folder to safe_directories in HOME/hwk/config.toml
  CLIENT  NAME  TIMEZONE          ASSIGNMENTS
  c-0042  Alex  America/New_York  2

A folder the user names safe is taken (it is a practice without clients):

  $ mkdir -p "$XDG_CONFIG_HOME/hwk" && printf 'safe_directories = ["%s"]\n' "$(cd .. && pwd)" > "$XDG_CONFIG_HOME/hwk/config.toml"
  $ hwk client list 2>&1 | grep -c c-0042
  0
  [1]
