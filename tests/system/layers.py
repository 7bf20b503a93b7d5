#!/usr/bin/env python3
"""System test: no file of src/ includes a header of a layer it may not use.

The data is the layer table of README.md ("For developers"): each row names a folder of src/ (or
src/main.cpp) and the layers it may use; a layer may also use what those may use. Every
`#include "LAYER/…"` of every file under src/ is checked against it, and every folder of src/ must
have a row, so a new layer cannot go unchecked. The check is shown to be able to fail: a made-up
include of cli/ from model/ is reported.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import check, finish  # noqa: E402

SOURCE = os.environ.get("HWK_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ROW = re.compile(r"^\| `src/([a-z_]+)(?:/|\.cpp)` \| .* \| ([^|]*) \|$")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/', re.M)


def layer_table(readme):
    """{layer: set of layers it names as usable}; 'everything' means every layer."""
    table = {}
    section = readme.split("## For developers", 1)[-1]
    for line in section.splitlines():
        m = ROW.match(line.strip())
        if m:
            table[m.group(1)] = {w.strip() for w in m.group(2).split(",") if w.strip()}
    return table


def allowed(table):
    """Each layer's usable layers, with what those may use in turn, and itself."""
    layers = set(table)
    out = {}
    for layer in table:
        seen, todo = {layer}, [layer]
        while todo:
            for used in table.get(todo.pop(), set()):
                names = layers if used == "everything" else ({used} & layers)
                for n in names - seen:
                    seen.add(n)
                    todo.append(n)
        out[layer] = seen
    return out


def violations(files, table):
    """(file, included layer) for each include of a layer the file's layer may not use."""
    ok = allowed(table)
    layers = set(table)
    bad = []
    for path, text in files:
        rel = os.path.relpath(path, os.path.join(SOURCE, "src"))
        layer = "main" if rel == "main.cpp" else rel.split(os.sep, 1)[0]
        for used in INCLUDE.findall(text):
            if used in layers and used not in ok.get(layer, set()):
                bad.append((rel, used))
    return bad


def main():
    with open(os.path.join(SOURCE, "README.md"), encoding="utf-8") as f:
        table = layer_table(f.read())
    check(len(table) >= 9, "the README's layer table is found", sorted(table))
    folders = sorted(d for d in os.listdir(os.path.join(SOURCE, "src")) if os.path.isdir(os.path.join(SOURCE, "src", d)))
    check(set(folders) | {"main"} == set(table), "every folder of src/ (and main.cpp) has a row",
          f"folders {folders}, rows {sorted(table)}")

    files = []
    for d, _, names in os.walk(os.path.join(SOURCE, "src")):
        for n in names:
            if n.endswith((".cpp", ".hpp")):
                p = os.path.join(d, n)
                with open(p, encoding="utf-8") as f:
                    files.append((p, f.read()))
    check(len(files) > 50, "the sources are read", len(files))
    bad = violations(files, table)
    check(not bad, "no file includes a header of a layer it may not use",
          "\n".join(f"{f} includes {u}/" for f, u in bad))

    fake = [(os.path.join(SOURCE, "src", "model", "fake.cpp"), '#include "cli/context.hpp"\n')]
    check(violations(fake, table) == [("model/fake.cpp", "cli")], "a model file including cli/ would be reported",
          violations(fake, table))
    finish()


if __name__ == "__main__":
    main()
