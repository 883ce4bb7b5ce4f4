#!/usr/bin/env python3
"""Scaling runs of `make bench`: is allot linear and flat in the notices of a batch and in the rows of a table?

1. Notices (issue #19): `allot ingest` (default jobs, or --jobs) on 1,000, 2,000, 5,000 and 10,000
   *distinct* generated notices (bench.py's generator and seed: the first N of one corpus, each a
   real file), each into a new dataset. Per run: wall time (with the load average beside it: the
   machine may be shared), CPU time of the child (user + sys) per notice, the main thread's share
   of it (the thread that stores each notice; read from /proc while it runs) and peak RSS. A
   linear, flat pipeline has the same CPU per notice and the same peak RSS at every size (target:
   RSS under 150 MB). Then the daily job: the last 5 of those notices ingested again, in place,
   into the largest dataset, once as allot does it (the unchanged notices' lines copied from the
   published files) and once with the store's record of those files deleted (every row printed
   from the store, as every ingest did before).
2. Jobs (issue #19): `allot ingest --jobs 1` and `--jobs 2` on the first 1,000 of the same corpus
   (`--jobs-notices`): CPU (user + sys) and wall of each, and the wall ratio with the load average
   beside it. The ratio says how well two jobs use two cores only on an otherwise idle machine; on a
   loaded one the CPU times are the figures (equal CPU: the second job costs nothing extra).
3. Rows: HTML notices whose one table has N, 2N, 4N … rows (the 山西 prefectures and counties of
   the bundled catalogue, cycled, with a 全省合计 row that reconciles), `allot check --jobs 1` on each
   (best of three, in CPU seconds of the child), seconds per 1,000 rows and the ratio of each
   doubling: near 2 when linear, near 4 when a step is quadratic.
Writes bench-out/scaling.json.

    python3 Scripts/bench_scaling.py [--notices 1000,2000,5000,10000] [--jobs N] [--corpus DIR]
                                     [--jobs-notices 1000] [--rows 5000] [--steps 4] [--allot PATH]
                                     [--only notices|jobs|rows]
"""
import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "Sources" / "AllotReferenceData" / "Data"
sys.path.insert(0, str(ROOT / "Scripts"))

import child_usage  # noqa: E402


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


def watched(command):
    """Runs `command`, polling its main thread's CPU time; returns wall seconds, user + sys seconds,
    the main thread's CPU seconds and peak RSS (MB, the command's own: `child_usage`). (Each run is a
    first ingest, which builds its store in the staging folder without a WAL: `bench.py` measures
    the WAL of an ingest into an existing store.)"""
    usage = child_usage.run(command, interval=0.2, main_thread=True)
    return usage.seconds, usage.cpu, usage.main_cpu, usage.rss_mb


def notices_run(allot: Path, sizes: list[int], jobs: int | None, corpus: Path | None, out: Path) -> list[dict]:
    """The notices scaling run (part 1)."""
    files = corpus_files(corpus, max(sizes), out)
    results = []
    for size in sizes:
        folder = subset(files, size, out)
        dataset = out / "dataset-scaling"
        shutil.rmtree(dataset, ignore_errors=True)
        command = [str(allot), "ingest", "--quiet", str(folder), "--out", str(dataset)]
        if jobs:
            command[3:3] = ["--jobs", str(jobs)]
        load = os.getloadavg()[0]
        wall, cpu, main, rss = watched(command)
        load = max(load, os.getloadavg()[0])
        result = {"notices": size, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                  "cpu_ms_per_notice": round(cpu / size * 1000, 2), "main_thread_share": round(main / cpu, 3),
                  "peak_rss_mb": round(rss, 1), "load": round(load, 1)}
        results.append(result)
        print(f"{size:>6} notices  wall {wall:7.1f} s (load {load:4.1f})  CPU {cpu:7.1f} s = "
              f"{cpu / size * 1000:6.2f} ms/notice  main thread {main / cpu * 100:4.1f}%  "
              f"peak RSS {rss:6.1f} MB", flush=True)
    first, last = results[0], results[-1]
    if len(results) > 1:
        growth = (last["peak_rss_mb"] - first["peak_rss_mb"]) * 1024 / (last["notices"] - first["notices"])
        print(f"CPU per notice {last['notices']} / {first['notices']}: "
              f"{last['cpu_ms_per_notice'] / first['cpu_ms_per_notice']:.2f}x (target flat); peak RSS "
              f"{first['peak_rss_mb']:.0f} → {last['peak_rss_mb']:.0f} MB, {growth:+.2f} KB per added notice "
              f"(target flat, < 150 MB)")
    return results


def daily_run(allot: Path, size: int, corpus: Path | None, out: Path, count: int = 5) -> dict:
    """The daily job (part 1, after the notices run): `count` notices ingested again, in place,
    into the dataset of `size` notices the notices run left. Its export copies the other notices'
    lines from the published files (the store's record of them vouching for their bytes); then the
    same run with that record deleted, so that every row is printed from the store again."""
    import sqlite3
    files = corpus_files(corpus, size, out)[size - count:size]
    folder = out / f"daily-{count}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for path in files:
        shutil.copyfile(path, folder / path.name)
    dataset = out / "dataset-scaling"
    command = [str(allot), "ingest", "--quiet", str(folder), "--out", str(dataset)]
    merged, _, _, merged_rss = watched(command)
    with sqlite3.connect(dataset / "allot.sqlite") as db:
        db.execute("DELETE FROM allot_published")
    whole, _, _, whole_rss = watched(command)
    print(f"{count} notices ingested again into {size}: wall {merged:.2f} s copying the published lines, "
          f"{whole:.2f} s printing every row from the store ({whole / merged:.1f}x); peak RSS "
          f"{merged_rss:.0f} and {whole_rss:.0f} MB", flush=True)
    return {"notices": count, "into": size, "merged_wall_s": round(merged, 2), "whole_wall_s": round(whole, 2),
            "merged_rss_mb": round(merged_rss, 1), "whole_rss_mb": round(whole_rss, 1)}


def subset(files: list[Path], size: int, out: Path) -> Path:
    """The first `size` of `files` as a folder of their own (hard links, else copies; never symlinks:
    allot merges links to one file)."""
    folder = out / f"scaling-{size}"
    if len(list(folder.glob("*.pdf"))) != size:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for path in files[:size]:
            try:
                os.link(path, folder / path.name)
            except OSError:
                shutil.copyfile(path, folder / path.name)
    return folder


def corpus_files(corpus: Path | None, largest: int, out: Path) -> list[Path]:
    """The generated notices, `largest` at least (generated into `out` when no corpus is given)."""
    import bench
    if corpus is None:
        corpus = out / f"corpus-{largest}"
        print(f"corpus: {largest} distinct notices in {corpus}")
        bench.generate(corpus, largest, 2022, reuse=out / "corpus-1000")
    files = sorted(corpus.glob("*.pdf"))
    if len(files) < largest:
        raise SystemExit(f"{corpus} holds {len(files)} notices, fewer than {largest}")
    return files


def jobs_run(allot: Path, size: int, corpus: Path | None, out: Path) -> list[dict]:
    """The jobs comparison (part 2): one job against two on the same notices."""
    folder = subset(corpus_files(corpus, size, out), size, out)
    results = []
    for jobs in (1, 2):
        dataset = out / "dataset-jobs"
        shutil.rmtree(dataset, ignore_errors=True)
        load = os.getloadavg()[0]
        wall, cpu, main, rss = watched([str(allot), "ingest", "--quiet", "--jobs", str(jobs), str(folder),
                                        "--out", str(dataset)])
        load = max(load, os.getloadavg()[0])
        results.append({"jobs": jobs, "notices": size, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                        "main_thread_share": round(main / cpu, 3), "peak_rss_mb": round(rss, 1),
                        "load": round(load, 1)})
        print(f"--jobs {jobs}  {size} notices  wall {wall:7.1f} s (load {load:4.1f})  CPU {cpu:7.1f} s  "
              f"main thread {main / cpu * 100:4.1f}%  peak RSS {rss:6.1f} MB", flush=True)
    one, two = results
    print(f"--jobs 2 over --jobs 1: wall {one['wall_s'] / two['wall_s']:.2f}x (target >= 1.75; meaningful only at a "
          f"load below 1, was {max(one['load'], two['load']):.1f}), CPU {two['cpu_s'] / one['cpu_s']:.2f}x")
    return results


def rows_run(allot: Path, rows: int, steps: int, out: Path) -> list[dict]:
    """The rows scaling run (part 2)."""
    work = out / "scaling"
    work.mkdir(parents=True, exist_ok=True)
    results = []
    for step in range(steps):
        count = rows * 2 ** step
        path = work / f"rows-{count}.html"
        path.write_text(page(count), encoding="utf-8")
        best = None
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            done = subprocess.run([str(allot), "check", "--quiet", "--jobs", "1", "--max-rows", str(count + 10),
                                   "--max-html-mb", "512", str(path)], capture_output=True, text=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            elapsed = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            if done.returncode == 2:
                raise SystemExit(f"allot refused {path.name}: {done.stderr.strip()}")
            best = elapsed if best is None else min(best, elapsed)
        ratio = best / results[-1]["seconds"] if results else None
        results.append({"rows": count, "seconds": round(best, 3), "ratio_to_half": round(ratio, 2) if ratio else None})
        print(f"{count:>7} rows  {best:7.2f} s CPU  {1000 * best / count:6.3f} s/1k rows"
              + (f"  ×{ratio:.2f} for ×2 rows" if ratio else ""))
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", default="1000,2000,5000,10000", help="batch sizes of the notices run")
    parser.add_argument("--jobs", type=int, help="jobs of the notices run (default: allot's, the number of cores)")
    parser.add_argument("--corpus", type=Path, help="generated notices to take the batches from (default: generate)")
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--allot", type=Path, help="the executable (default: the release build)")
    parser.add_argument("--jobs-notices", type=int, default=1000, help="notices of the jobs comparison")
    parser.add_argument("--only", choices=["notices", "jobs", "rows"])
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out")
    args = parser.parse_args()
    allot = args.allot or Path(subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                                              capture_output=True, text=True, check=True).stdout.strip()) / "allot"
    args.out.mkdir(parents=True, exist_ok=True)
    results = {}
    if args.only in (None, "notices"):
        print("== scaling in notices: allot ingest on distinct notices")
        sizes = sorted({int(size) for size in args.notices.split(",") if size.strip()})
        results["notices"] = notices_run(allot, sizes, args.jobs, args.corpus, args.out)
        results["daily"] = daily_run(allot, max(sizes), args.corpus, args.out)
    if args.only in (None, "jobs"):
        print("== jobs: allot ingest --jobs 1 against --jobs 2 on the same distinct notices")
        results["jobs"] = jobs_run(allot, args.jobs_notices, args.corpus, args.out)
    if args.only in (None, "rows"):
        print("== scaling in rows: allot check --jobs 1 on one table")
        results["rows"] = rows_run(allot, args.rows, args.steps, args.out)
    (args.out / "scaling.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
