#!/usr/bin/env python3
"""Scaling run of `make bench`: is every stage linear in the rows of a table?

Generates HTML notices whose one table has N, 2N, 4N … rows (the 山西 prefectures and counties of
the bundled catalogue, cycled, with a 全省合计 row that reconciles), times `allot check --jobs 1`
on each (best of three, in CPU seconds of the child, so that other load on the machine does not
skew the ratios), and prints seconds per 1,000 rows and the ratio of each doubling. A
linear pipeline gives ratios near 2; a quadratic step gives ratios near 4. The limit on rows is
raised for the run. Writes bench-out/scaling.json.

    python3 Scripts/bench_scaling.py [--rows 5000] [--steps 4] [--allot PATH]
"""
import argparse
import csv
import json
import resource
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "Sources" / "AllotReferenceData" / "Data"


def counties():
    with (DATA / "areas.csv").open(encoding="utf-8") as handle:
        return [row["name"] for row in csv.DictReader(handle) if row["provinceCode"] == "14"]


def page(rows: int) -> str:
    names = counties()
    cells = []
    total = 0
    for index in range(rows):
        amount = 100 + index % 900
        total += amount
        cells.append(f"<tr><td>{names[index % len(names)]}</td><td>{amount}</td></tr>")
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>山西省财政厅关于下达资金的通知</title></head><body>"
        "<p>晋财农〔2023〕1号</p><p>山西省财政厅关于下达2023年资金的通知</p>"
        "<p>附件：资金分配表</p><p>资金分配表</p><p>单位：万元</p>"
        "<table><tr><td>地区</td><td>金额</td></tr>"
        f"<tr><td>全省合计</td><td>{total}</td></tr>" + "".join(cells) + "</table></body></html>"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--allot", type=Path, help="the executable (default: the release build)")
    args = parser.parse_args()
    allot = args.allot or Path(subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                                              capture_output=True, text=True, check=True).stdout.strip()) / "allot"
    work = ROOT / "bench-out" / "scaling"
    work.mkdir(parents=True, exist_ok=True)
    results = []
    for step in range(args.steps):
        rows = args.rows * 2 ** step
        path = work / f"rows-{rows}.html"
        path.write_text(page(rows), encoding="utf-8")
        best = None
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            done = subprocess.run([str(allot), "check", "--quiet", "--jobs", "1", "--max-rows", str(rows + 10),
                                   "--max-html-mb", "512", str(path)], capture_output=True, text=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            elapsed = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            if done.returncode == 2:
                raise SystemExit(f"allot refused {path.name}: {done.stderr.strip()}")
            best = elapsed if best is None else min(best, elapsed)
        ratio = best / results[-1]["seconds"] if results else None
        results.append({"rows": rows, "seconds": round(best, 3), "ratio_to_half": round(ratio, 2) if ratio else None})
        print(f"{rows:>7} rows  {best:7.2f} s CPU  {1000 * best / rows:6.3f} s/1k rows"
              + (f"  ×{ratio:.2f} for ×2 rows" if ratio else ""))
    (ROOT / "bench-out" / "scaling.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
