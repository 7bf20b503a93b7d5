Nesting deeper than 64 levels is refused where it goes too deep, before a parser recurses into it:
YAML collections, TOML dotted keys and table headers, arrays and inline tables.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ deep() { python3 -c "import sys; n = int(sys.argv[1]); print(sys.argv[2] * n + sys.argv[3] + sys.argv[4] * n)" "$@"; }
  $ { echo 'id: deep'; echo 'version: 1'; echo 'title: Deep'; echo 'kind: exposure'; printf 'help: '; deep 100000 '[' x ']'; } > templates/deep.yaml
  $ { echo 'id: deep-map'; printf 'x:\n'; python3 -c "print(''.join(' ' * i + 'a:\n' for i in range(1, 80)))"; } > templates/deep-map.yaml
  $ { cat clients/c-0043/plan.toml; printf 'x.'; deep 100000 'a.' b ' = 1'; } > ../plan.toml && mv ../plan.toml clients/c-0043/plan.toml
  $ { cat clients/c-0042/plan.toml; echo '[assignments.values]'; printf 'x = '; deep 65 '[' 1 ']'; } > ../plan.toml && mv ../plan.toml clients/c-0042/plan.toml
  $ find . -type f -not -path './.hwk/*' | sort | xargs sha256sum > ../before
  $ hwk check 2>&1
  clients/c-0042/plan.toml:32:67: error: nested 65 levels deep; hwk reads at most 64
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  clients/c-0043/plan.toml:7:128: error: nested 65 levels deep; hwk reads at most 64
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  templates/deep-map.yaml:66:65: error: nested 65 levels deep; hwk reads at most 64
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  templates/deep.yaml:5:70: error: nested 65 levels deep; hwk reads at most 64
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  [1]
  $ hwk template lint templates/deep.yaml 2>&1
  templates/deep.yaml:5:70: error: nested 65 levels deep; hwk reads at most 64
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  [1]
  $ hwk plan show c-0043 2>&1
  clients/c-0043/plan.toml:7:128: error: nested 65 levels deep; hwk reads at most 64
    hint: hwk-check(1) lists the limits on files; this was not written by hand or by hwk
  [1]
  $ find . -type f -not -path './.hwk/*' | sort | xargs sha256sum | cmp - ../before
