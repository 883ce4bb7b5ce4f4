#!/usr/bin/env python3
"""Ruling lines per page read from the page's marks (vector) against those found on the page
rendered (raster), on the pages the pipeline looks at.

Runs RuleDumpTests (the test target must be built: `swift build --build-tests`) over FILES and
compares each page's rules: a rule matches one of the other side on the same axis with its line
within --position pt and its ends within --ends pt. Prints the totals, the pages that differ and
each unmatched rule with its length, thickness and whether it lies under a painted image.

Usage: compare_rules.py [--dump FILE] [--position PT] [--ends PT] [--show N] FILE.pdf...
       compare_rules.py --from-dump FILE (compare an earlier dump)
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(files, out):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(str(Path(f).resolve()) for f in files) + "\n")
    env = dict(os.environ, ALLOT_RULE_DUMP=listing.name, ALLOT_RULE_DUMP_OUT=str(out))
    subprocess.run(["swift", "test", "--skip-build", "--disable-swift-testing", "--filter", "RuleDumpTests"],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    os.unlink(listing.name)


def matches(a, b, position, ends):
    return a[0] == b[0] and abs(a[1] - b[1]) <= position and abs(a[2] - b[2]) <= ends and abs(a[3] - b[3]) <= ends


def under_image(rule, images):
    axis, pos, start, end = rule[0], rule[1], rule[2], rule[3]
    for x0, y0, x1, y1 in images:
        if axis == "h" and y0 - 1 <= pos <= y1 + 1 and x0 - 1 <= start and end <= x1 + 1:
            return True
        if axis == "v" and x0 - 1 <= pos <= x1 + 1 and y0 - 1 <= start and end <= y1 + 1:
            return True
    return False


def describe(rule):
    return f"{rule[0]} at {rule[1]:.1f} from {rule[2]:.1f} to {rule[3]:.1f} (length {rule[3] - rule[2]:.1f}, thick {rule[4]:.2f})"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*")
    parser.add_argument("--dump", help="where the dump goes (default: a temporary file)")
    parser.add_argument("--from-dump", help="compare this dump instead of making one")
    parser.add_argument("--position", type=float, default=1.5)
    parser.add_argument("--ends", type=float, default=2.5)
    parser.add_argument("--show", type=int, default=40, help="differing pages listed")
    args = parser.parse_args()
    path = Path(args.from_dump or args.dump or tempfile.mktemp(suffix=".jsonl"))
    if not args.from_dump:
        dump(args.files, path)
    pages = same = 0
    counts = {"raster": 0, "vector": 0, "only_raster": 0, "only_vector": 0, "only_raster_under_image": 0}
    differing = []
    errors = []
    for line in path.read_text().splitlines():
        record = json.loads(line)
        if "page" not in record:
            errors.append(record)
            continue
        if "error" in record:
            errors.append(record)
        pages += 1
        raster, vector, images = record.get("raster", []), record.get("vector", []), record.get("images", [])
        counts["raster"] += len(raster)
        counts["vector"] += len(vector)
        only_raster = [r for r in raster if not any(matches(r, v, args.position, args.ends) for v in vector)]
        only_vector = [v for v in vector if not any(matches(v, r, args.position, args.ends) for r in raster)]
        counts["only_raster"] += len(only_raster)
        counts["only_vector"] += len(only_vector)
        counts["only_raster_under_image"] += sum(under_image(r, images) for r in only_raster)
        if only_raster or only_vector:
            differing.append((record, only_raster, only_vector))
        else:
            same += 1
    print(f"pages looked at: {pages}; same rules (within {args.position} pt across, {args.ends} pt at the ends): {same}")
    print(f"rules: raster {counts['raster']}, vector {counts['vector']}; only raster {counts['only_raster']} "
          f"({counts['only_raster_under_image']} under an image), only vector {counts['only_vector']}")
    print(f"pages whose marks could not be read: {len(errors)}")
    for record in errors[:10]:
        print("  ", record.get("file"), record.get("page"), record.get("error"))
    for record, only_raster, only_vector in differing[: args.show]:
        print(f"{Path(record['file']).name} p.{record['page']}: images {len(record.get('images', []))}, "
              f"dashed marks {record.get('dashed', 0)}")
        for r in only_raster:
            print("   raster only:", describe(r), "[under image]" if under_image(r, record.get("images", [])) else "")
        for v in only_vector:
            print("   vector only:", describe(v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
