#!/bin/sh
# check-style.sh SOURCE_DIR: fails when a C file in app/, tests/ or
# build-aux/ breaks what .editorconfig declares: a line wider than 100
# characters, a tab, trailing white space, or no newline at the end.
#
# The code follows GNU/GTK style as GNOME Text Editor writes it, with
# parameters and declarations aligned in columns; clang-format 14 cannot
# express that alignment, so it is not the checker (its reformatting of
# the tree changed 17,000 lines). It served once to re-wrap the lines
# that were too wide.
set -u

cd "$1" || exit 1
find app tests build-aux -name '*.[ch]' | LC_ALL=C sort | python3 -c '
import sys
status = 0
for path in sys.stdin.read().split():
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text and not text.endswith("\n"):
        print("%s: no newline at the end" % path)
        status = 1
    for number, line in enumerate(text.split("\n"), 1):
        problems = []
        if len(line) > 100:
            problems.append("%d characters wide, over 100" % len(line))
        if "\t" in line:
            problems.append("a tab")
        if line != line.rstrip():
            problems.append("trailing white space")
        if problems:
            print("%s:%d: %s" % (path, number, ", ".join(problems)))
            status = 1
sys.exit(status)
'
