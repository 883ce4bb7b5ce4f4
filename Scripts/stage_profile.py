#!/usr/bin/env python3
"""Instructions per stage of `allot ingest --jobs 1`, and the floor's, from callgrind (`make bench`).

Runs `valgrind --tool=callgrind` on `allot ingest --jobs 1 FILES --out DIR` and on the floor
(Scripts/floor/floor.c: poppler-glib's text calls, which allot's one pass a page reproduces on
poppler's core) over the same files, reads the inclusive
instruction counts of each stage's entry function (demangled with `swift demangle`), and prints
them with their share, per page, and allot's instructions per page against the floor's.
With `--threads`, each thread is counted apart (`--separate-threads=yes`): the main thread (start-up,
the dataset writer, the export) against the workers, the serial share that bounds what more jobs gain.

Usage: stage_profile.py --allot PATH --floor PATH --pages N [--jobs N] [--threads] FILE...
"""
import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# Stage → entry functions (demangled, simplified); a stage's cost is the largest inclusive count
# among its entries' symbols (thunks and closures of one entry share its cost), summed over entries.
STAGES = [
    # Each page is read in one pass of poppler's core (allot_paths_read_page: the text poppler-glib's
    # text calls would give, and the marks); poppler-glib opens the document and loads the page
    # (for rendering), and reads a page's text itself only when the one pass could not.
    ("poppler: one pass a page, text + marks", [r"^poppler_document_new_from_bytes$", r"^poppler_document_get_page$",
                                                r"^allot_paths_open$", r"^allot_paths_read_page$",
                                                r"^poppler_page_get_text$", r"^poppler_page_get_text_layout$",
                                                r"^poppler_page_get_text_attributes$"]),
    ("extract (Swift side, incl. poppler)", [r"PDFExtractor\.extract\(_:\)"]),
    ("rules: marks kept (in the one pass)", [r"PageOutputDev::stroke\(", r"PageOutputDev::fillBoxes\(",
                                             r"PageOutputDev::image\("]),
    ("rules: marks -> rules (VectorRules)", [r"VectorRules\.rules\("]),
    ("rules: pages rendered (cairo + RuleDetector)", [r"RuleExtractor\.renderedRules\("]),
    ("layout: LineBuilder", [r"LineBuilder\.lines\(of:"]),
    ("tables: TableFinder.scan", [r"TableFinder\.scan\("]),
    ("metadata: MetadataParser", [r"MetadataParser\.parse\("]),
    ("normalize: TableNormalizer", [r"TableNormalizer\.normalize\("]),
    ("reconcile: Reconciler", [r"Reconciler\.reconcile\(", r"Reconciler\.check\(", r"Reconciler\.rowsNextToGaps\("]),
    ("whole notice: NoticeProcessor.processSniffed", [r"NoticeProcessor\.processSniffed\(path:"]),
    ("file hash: SHA-256", [r"SourceFile\.sha256\.getter|SHA256\.(digest|hex)\("]),
    ("store: rows prepared on the worker", [r"PreparedRows\.prepare\("]),
    ("store: SQLiteStore.replace", [r"SQLiteStore\.replace\("]),
    ("export: CSV + data package", [r"SQLiteStore\.exportFiles\(", r"DataPackage\."]),
    ("reference data: catalog + resolver, once", [r"ReferenceData\.verify\(\)|DivisionResolver\.bundled\(\)"]),
]


def callgrind(command, out_file, threads=False):
    """Total instructions and (count, function) pairs; with `threads`, those of each thread (thread 1,
    the main thread, first) as a list of (thread, total, functions)."""
    options = ["--separate-threads=yes"] if threads else []
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}", *options,
                    *map(str, command)], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not threads:
        return annotate(out_file)
    parts = sorted(Path(out_file).parent.glob(Path(out_file).name + "-*"), key=lambda path: int(path.name.rsplit("-", 1)[1]))
    return [(int(path.name.rsplit("-", 1)[1]), *annotate(path)) for path in parts]


def annotate(out_file):
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out_file)],
                          capture_output=True, text=True, check=True).stdout
    demangled = subprocess.run(["swift", "demangle", "--simplified"], input=text, capture_output=True,
                               text=True, check=True).stdout
    total = 0
    functions = []
    for line in demangled.splitlines():
        match = re.match(r"^\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(.*)$", line)
        if not match:
            continue
        count = int(match.group(1).replace(",", ""))
        rest = match.group(2)
        if rest.startswith("PROGRAM TOTALS"):
            total = count
            continue
        name = rest.split(":", 1)[1] if ":" in rest.split(" ")[0] else rest
        name = re.sub(r"\s*\[[^\]]*\]\s*$", "", name).strip()
        functions.append((count, name))
    return total, functions


def stage_costs(functions):
    costs = {}
    for stage, patterns in STAGES:
        cost = 0
        for pattern in patterns:
            matches = [count for count, name in functions if re.search(pattern, name)]
            cost += max(matches, default=0)
        costs[stage] = cost
    return costs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allot", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--pages", type=int, required=True, help="pages in FILES")
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--jobs", type=int, default=1, help="allot's --jobs (default 1)")
    parser.add_argument("--threads", action="store_true", help="count each thread apart: the main thread's share")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        command = [args.allot, "ingest", "--quiet", "--jobs", str(args.jobs), *args.files, "--out", work / "dataset"]
        per_thread = []
        if args.threads:
            per_thread = callgrind(command, work / "allot.out", threads=True)
            allot_total = sum(total for _, total, _ in per_thread)
            # A stage's cost, summed over the threads it ran on.
            costs = {}
            for _, _, thread_functions in per_thread:
                for stage, cost in stage_costs(thread_functions).items():
                    costs[stage] = costs.get(stage, 0) + cost
        else:
            allot_total, functions = callgrind(command, work / "allot.out")
            costs = stage_costs(functions)
        floor_total, _ = callgrind([args.floor, *args.files], work / "floor.out")
    pages = max(args.pages, 1)
    print(f"callgrind: allot ingest --jobs {args.jobs} on {len(args.files)} notices, {pages} pages")
    print(f"{'stage (inclusive)':42} {'M instr':>10} {'share':>7} {'K/page':>9}")
    for stage, cost in list(costs.items()) + [("allot total", allot_total), ("floor total", floor_total)]:
        share = cost / allot_total * 100 if allot_total else 0
        print(f"{stage:42} {cost / 1e6:10.1f} {share:6.1f}% {cost / pages / 1e3:9.0f}")
    ratio = allot_total / floor_total if floor_total else float("nan")
    print(f"allot instructions/page / floor's: {ratio:.2f} (target <= 1.4)")
    threads = {}
    if per_thread:
        print(f"{'thread':42} {'M instr':>10} {'share':>7}")
        for number, total, thread_functions in per_thread:
            label = "1 (main: start-up, writer, export)" if number == 1 else str(number)
            print(f"{label:42} {total / 1e6:10.1f} {total / allot_total * 100:6.1f}%")
            threads[number] = {"total": total, "stages": stage_costs(thread_functions)}
        main = stage_costs(per_thread[0][2])
        print("main thread, by stage:")
        for stage, cost in main.items():
            if cost:
                print(f"  {stage:40} {cost / 1e6:10.1f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"pages": pages, "allot_total": allot_total, "floor_total": floor_total,
                                               "ratio": round(ratio, 3), "stages": costs, "threads": threads}, indent=2,
                                              ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    sys.exit(main())
