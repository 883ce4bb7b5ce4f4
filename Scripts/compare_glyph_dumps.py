#!/usr/bin/env python3
"""Compares two glyph-and-mark dumps page by page (issue #19: one poppler pass per page).

A dump is what GlyphDumpTests writes (ALLOT_GLYPH_DUMP=LIST ALLOT_GLYPH_DUMP_OUT=PATH): for every
page of every listed PDF, its size, text, one box per scalar, font-size runs and marks, one line
each, every double in full. Run it with the build before a change to the reading and with the
build after, then:

    compare_glyph_dumps.py BEFORE AFTER

prints how many pages are identical in their glyphs (size, text, boxes, sizes) and in their marks,
and names every page that differs with the first line that does. Exit 1 when any page differs.
"""
import sys
from collections import OrderedDict


def pages(path):
    """(file, page) → {"glyphs": [lines], "marks": [lines]}, and the FILE lines."""
    result = OrderedDict()
    files = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                continue
            if line.startswith("FILE "):
                files.append(line)
                continue
            file, page, rest = line.split("\t", 2)
            entry = result.setdefault((file, page), {"glyphs": [], "marks": []})
            entry["marks" if rest.startswith("mark") else "glyphs"].append(rest)
    return files, result


def first_difference(a, b):
    for index, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"line {index + 1}: {x[:60]!r} / {y[:60]!r}"
    return f"{len(a)} lines / {len(b)} lines"


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    before_files, before = pages(sys.argv[1])
    after_files, after = pages(sys.argv[2])
    if before_files != after_files:
        print("the two dumps list different files or page counts")
    keys = list(OrderedDict.fromkeys(list(before) + list(after)))
    same = {"glyphs": 0, "marks": 0}
    differing = []
    for key in keys:
        a = before.get(key, {"glyphs": ["missing"], "marks": ["missing"]})
        b = after.get(key, {"glyphs": ["missing"], "marks": ["missing"]})
        for part in ("glyphs", "marks"):
            if a[part] == b[part]:
                same[part] += 1
            else:
                differing.append(f"{key[0]} {key[1]} {part}: {first_difference(a[part], b[part])}")
    with_text = sum(1 for key in keys
                    if any(l.startswith("text ") and l not in ("text ", 'text ""', "text unreadable")
                           for l in before.get(key, {}).get("glyphs", [])))
    marks = sum(len(before.get(key, {}).get("marks", [])) for key in keys)
    print(f"files {len(before_files)}, pages {len(keys)} ({with_text} with text, {marks} mark lines before)")
    print(f"pages with identical glyphs: {same['glyphs']}/{len(keys)}")
    print(f"pages with identical marks:  {same['marks']}/{len(keys)}")
    for line in differing:
        print("differs:", line)
    return 1 if differing or before_files != after_files else 0


if __name__ == "__main__":
    sys.exit(main())
