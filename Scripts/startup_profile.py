#!/usr/bin/env python3
"""What one run of allot costs besides its work on pages (issue #19), in instructions (callgrind).

Runs `valgrind --tool=callgrind` on:
  - `allot --version` and `allot check` on an empty folder (pure start-up and exit);
  - `allot check --quiet FILE` and `pdftotext -layout FILE /dev/null` for each FILE;
and prints each run's instructions, allot's ratio to pdftotext on the same file (issue #19's
target: at most 2x), and where a run goes outside the work on pages: the dynamic loader (mapping
the libraries, relocating them, binding symbols on first call), the libraries' constructors, the
Swift program's `main` (argument parsing, the reference data, the command itself) and exit.

Usage: startup_profile.py --allot PATH [--json OUT] FILE...
"""
import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stage_profile import callgrind  # noqa: E402  (one callgrind run read into inclusive counts)

# Part of a run → functions (demangled, simplified) whose inclusive counts add up to it; each
# pattern takes the largest inclusive count among its matches. An indented part is inside the one
# above it; the others do not overlap: the loader's start (`_dl_start`: mapping and relocating
# every library) ends before the constructors (`_dl_init`) run, `main` after them, and exit after
# `main` returns (or inside it, when a command exits with a status of its own).
PARTS = [
    ("dynamic loader: map + relocate libraries", [r"^_dl_start$"]),
    ("dynamic loader: lazy symbol binding", [r"^_dl_runtime_resolve_xsavec?$|^_dl_runtime_resolve_fxsave$"]),
    ("library constructors (_dl_init)", [r"^_dl_init$"]),
    ("main (allot_main, the main thread)", [r"^allot_main$"]),
    ("  argument parsing (ArgumentParser)", [r"ParsableCommand\.parseAsRoot\("]),
    ("  reference data (verify + resolver)", [r"ReferenceData\.verify\(\)|DivisionResolver\.bundled\(\)"]),
    ("notice pipeline (NoticeProcessor, a worker thread)", [r"NoticeProcessor\.processSniffed\(path:"]),
    ("  extract (PDFExtractor)", [r"PDFExtractor\.extract\(_:\)"]),
    ("    poppler's GlobalParams, once a process", [r"^allot_paths_prepare$"]),
    ("    the file's SHA-256 (libcrypto)", [r"LibCrypto\.sha256\("]),
    ("exit (handlers, destructors)", [r"^exit$"]),
]


def parts(functions):
    return {part: sum(max((count for count, name in functions if re.search(pattern, name)), default=0)
                      for pattern in patterns)
            for part, patterns in PARTS}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allot", required=True)
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    results = {"runs": {}, "files": {}}
    with tempfile.TemporaryDirectory() as scratch:
        empty = Path(scratch) / "empty"
        empty.mkdir()
        runs = [("allot --version", [args.allot, "--version"]),
                ("allot check (empty folder)", [args.allot, "check", "--quiet", str(empty)])]
        for path in args.files:
            name = Path(path).name
            runs.append((f"allot check {name}", [args.allot, "check", "--quiet", path]))
            runs.append((f"pdftotext -layout {name}", ["pdftotext", "-layout", path, "/dev/null"]))
        for label, command in runs:
            total, functions = callgrind(command, Path(scratch) / "callgrind.out")
            results["runs"][label] = {"instructions": total, "parts": parts(functions)}
    print(f"{'run':58} {'instructions':>14}")
    for label, run in results["runs"].items():
        print(f"{label:58} {run['instructions'] / 1e6:12.1f} M")
    print()
    for path in args.files:
        name = Path(path).name
        allot = results["runs"][f"allot check {name}"]["instructions"]
        text = results["runs"][f"pdftotext -layout {name}"]["instructions"]
        results["files"][name] = {"allot_check": allot, "pdftotext": text, "ratio": round(allot / text, 2)}
        print(f"allot check / pdftotext -layout on {name}: {allot / 1e6:.1f} M / {text / 1e6:.1f} M = "
              f"{allot / text:.2f}x (target <= 2)")
    for label, run in results["runs"].items():
        if not label.startswith("allot"):
            continue
        print(f"\n{label} ({run['instructions'] / 1e6:.1f} M), inclusive:")
        for part, cost in run["parts"].items():
            if cost:
                print(f"  {part:52} {cost / 1e6:9.1f} M")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    sys.exit(main())
