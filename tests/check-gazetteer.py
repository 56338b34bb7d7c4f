#!/usr/bin/env python3
# check-gazetteer.py GAZETTEER: fails when data/gazetteer.json, the
# organizations the move extractor recognizes, is not what the extractor
# expects: a JSON array of objects with exactly the fields id, name,
# aliases, sector, parent and country; ids of lowercase ascii letters,
# digits and '-', each once; a sector of the four; a parent that is
# another entry's id, with no cycle; a country of two capital letters;
# aliases that are not empty, not repeated within their entry and not
# written like a name or alias of another entry (after NFKC, case folding
# and without white space); at least MIN_ENTRIES entries; no tab, no
# trailing white space and a newline at the end. Prints a one-line
# summary when it passes.

import collections
import json
import re
import sys
import unicodedata

MIN_ENTRIES = 400
FIELDS = ("id", "name", "aliases", "sector", "parent", "country")
SECTORS = ("academia", "corporate-lab", "company", "startup")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


def key(text):
    """How the extractor compares two spellings."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in folded if not c.isspace())


def main(argv):
    if len(argv) != 2:
        print("usage: check-gazetteer.py GAZETTEER", file=sys.stderr)
        return 2
    path = argv[1]
    problems = []

    def problem(where, message):
        problems.append("%s: %s: %s" % (path, where, message))

    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        print("%s: cannot read: %s" % (path, e), file=sys.stderr)
        return 1

    if text and not text.endswith("\n"):
        problem("end", "no newline at the end")
    for number, line in enumerate(text.split("\n"), 1):
        if "\t" in line:
            problem("line %d" % number, "a tab")
        if line != line.rstrip():
            problem("line %d" % number, "trailing white space")

    try:
        entries = json.loads(text)
    except ValueError as e:
        print("%s: invalid JSON: %s" % (path, e), file=sys.stderr)
        return 1
    if not isinstance(entries, list):
        print("%s: not a JSON array" % path, file=sys.stderr)
        return 1

    ids = {}
    owner = {}  # spelling key -> index of the entry that has it
    for index, entry in enumerate(entries):
        where = "entry %d" % (index + 1)
        if not isinstance(entry, dict):
            problem(where, "not an object")
            continue
        if isinstance(entry.get("id"), str):
            where += " (%s)" % entry["id"]
        missing = [f for f in FIELDS if f not in entry]
        unknown = sorted(f for f in entry if f not in FIELDS)
        if missing:
            problem(where, "lacks " + ", ".join(missing))
        if unknown:
            problem(where, "unknown field " + ", ".join(unknown))
        if missing:
            continue

        ident = entry["id"]
        if not isinstance(ident, str) or not ID_RE.match(ident):
            problem(where, "id %r is not lowercase ascii, digits and '-'" % (ident,))
        elif ident in ids:
            problem(where, "id %r already belongs to entry %d" % (ident, ids[ident] + 1))
        else:
            ids[ident] = index

        if entry["sector"] not in SECTORS:
            problem(where, "sector %r is not one of %s" % (entry["sector"], ", ".join(SECTORS)))
        if not isinstance(entry["country"], str) or not COUNTRY_RE.match(entry["country"]):
            problem(where, "country %r is not two capital letters" % (entry["country"],))
        if entry["parent"] is not None and not isinstance(entry["parent"], str):
            problem(where, "parent %r is neither null nor an id" % (entry["parent"],))

        name = entry["name"]
        if not isinstance(name, str) or not key(name):
            problem(where, "name %r is empty or not a string" % (name,))
            continue
        aliases = entry["aliases"]
        if not isinstance(aliases, list):
            problem(where, "aliases is not an array")
            continue

        mine = {key(name): name}
        for alias in aliases:
            if not isinstance(alias, str) or not key(alias):
                problem(where, "alias %r is empty or not a string" % (alias,))
                continue
            k = key(alias)
            if k in mine:
                problem(where, "alias %r repeats %r of the same entry" % (alias, mine[k]))
            else:
                mine[k] = alias
        for k, spelling in mine.items():
            other = owner.get(k)
            if other is not None:
                problem(where, "%r is also a name or alias of entry %d (%s)"
                        % (spelling, other + 1, entries[other].get("id")))
            else:
                owner[k] = index

    # Parents: existing ids, and no cycle.
    for ident, index in ids.items():
        parent = entries[index]["parent"]
        if parent is not None and parent not in ids:
            problem("entry %d (%s)" % (index + 1, ident), "parent %r is no entry's id" % parent)
    for ident, index in ids.items():
        seen = [ident]
        parent = entries[index]["parent"]
        while isinstance(parent, str) and parent in ids:
            if parent in seen:
                problem("entry %d (%s)" % (index + 1, ident),
                        "parent cycle " + " -> ".join(seen + [parent]))
                break
            seen.append(parent)
            parent = entries[ids[parent]]["parent"]

    if len(entries) < MIN_ENTRIES:
        problem("array", "%d entries, fewer than %d" % (len(entries), MIN_ENTRIES))

    if problems:
        for line in problems:
            print(line, file=sys.stderr)
        return 1

    sectors = collections.Counter(e["sector"] for e in entries)
    countries = collections.Counter(e["country"] for e in entries)
    print("%s: %d entries; %s; %d countries: %s" % (
        path, len(entries),
        ", ".join("%s %d" % (s, sectors[s]) for s in SECTORS),
        len(countries),
        " ".join("%s %d" % c for c in sorted(countries.items(), key=lambda c: (-c[1], c[0])))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
