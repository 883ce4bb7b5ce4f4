#!/usr/bin/env python3
"""`make stress`: many writers on one dataset folder at once, with random SIGKILLs.

WORKERS threads each run `allot ingest` or `allot rebuild` (mixed at random) on one dataset folder
for SECONDS, while a killer sends SIGKILL to a random running allot process now and then. Ingests
add small generated HTML notices with distinct doc numbers (a few per command); every rebuild
reads the PDF fixtures only, so a rebuild that commits after an ingest legitimately drops that
ingest's notices. Afterwards one last ingest runs alone (the documented way to converge after a
kill), then:

- `PRAGMA integrity_check` of allot.sqlite is `ok`;
- every CSV file equals the table it is exported from, cell by cell (NULL as an empty field);
- the data package validates (Scripts/validate_datapackage.py, from .venv);
- every notice of every command that completed (exit 0 or 1) is present, unless a rebuild that
  may have committed after it (one that ended after the command started) could have dropped it.

Exit 0 when all hold; 1 with one line per violation otherwise.

    python3 Scripts/stress.py [--workers 4] [--seconds 60] [--kill-every 1.5] [--seed 1] [--allot PATH]
"""
import argparse
import csv
import io
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def notice_page(serial: int) -> str:
    number = f"晋财压〔2026〕{serial}号"
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>山西省财政厅关于下达资金的通知</title></head><body>"
        f"<p>{number}</p><p>山西省财政厅关于下达2026年压力测试资金的通知</p><p>附件：资金分配表</p>"
        "<p>资金分配表</p><p>单位：万元</p><table><tr><td>地区</td><td>金额</td></tr>"
        f"<tr><td>全省合计</td><td>{30 + serial}</td></tr><tr><td>盂县</td><td>10</td></tr>"
        f"<tr><td>平定县</td><td>{20 + serial}</td></tr></table></body></html>"
    ), number


class Log:
    def __init__(self):
        self.lock = threading.Lock()
        self.commands = []  # dicts: kind, start, end, status, notices
        self.running = {}   # pid -> Popen

    def add(self, entry):
        with self.lock:
            self.commands.append(entry)


def worker(allot, dataset, pages, pdfs, deadline, log, rng):
    while time.monotonic() < deadline:
        if rng.random() < 0.3:
            kind, files, notices = "rebuild", [str(p) for p in pdfs], set()
            arguments = ["rebuild", "--quiet", "--allow-failures", "--out", str(dataset), *files]
        else:
            chosen = rng.sample(pages, k=rng.randint(1, 3))
            kind, notices = "ingest", {number for _, number in chosen}
            arguments = ["ingest", "--quiet", "--out", str(dataset), *[str(path) for path, _ in chosen]]
        start = time.monotonic()
        process = subprocess.Popen([str(allot), *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        with log.lock:
            log.running[process.pid] = process
        _, errors = process.communicate()
        with log.lock:
            log.running.pop(process.pid, None)
        log.add({"kind": kind, "start": start, "end": time.monotonic(), "status": process.returncode,
                 "notices": notices, "errors": errors.decode("utf-8", "replace").strip()})


def killer(deadline, log, rng, every):
    kills = 0
    while time.monotonic() < deadline:
        time.sleep(rng.expovariate(1 / every))
        with log.lock:
            victims = list(log.running.values())
        if victims:
            try:
                rng.choice(victims).send_signal(signal.SIGKILL)
                kills += 1
            except ProcessLookupError:
                pass
    return kills


def read_csv(path: Path):
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows[0], rows[1:]


def check(dataset: Path, log: Log, violations):
    database = sqlite3.connect(f"file:{dataset / 'allot.sqlite'}?mode=ro", uri=True)
    integrity = database.execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        violations.append(f"integrity_check: {integrity}")
    names = {row[0] for row in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    # Every exported table (notices, allocations, findings, citations, sources, attachments, and
    # whatever the dataset gains later): one CSV per table, named after it.
    for table in sorted(names):
        file = f"{table}.csv"
        if not (dataset / file).exists():
            continue
        header, rows = read_csv(dataset / file)
        # Cell by cell: the CSV is the table's export, so each row equals a stored row with NULL
        # written as an empty field (row order aside).
        columns = ", ".join(f'"{name}"' for name in header)
        stored = sorted(tuple("" if value is None else str(value) for value in row)
                        for row in database.execute(f'SELECT {columns} FROM "{table}"'))
        exported = sorted(tuple(row) for row in rows)
        if stored != exported:
            differing = sorted(set(stored) ^ set(exported))[:2]
            violations.append(f"{file}: {len(exported)} rows differ from table {table} ({len(stored)} rows): {differing}")
    stored_ids = {row[0] for row in database.execute("SELECT notice_id FROM notices")}
    _, notice_rows = read_csv(dataset / "notices.csv")
    csv_ids = {row[0] for row in notice_rows}
    if csv_ids != stored_ids:
        violations.append(f"notices.csv and SQLite differ: {sorted(csv_ids ^ stored_ids)[:5]}")
    validator = ROOT / ".venv" / "bin" / "python"
    done = subprocess.run([str(validator), str(ROOT / "Scripts" / "validate_datapackage.py"), str(dataset)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        violations.append("data package does not validate: " + (done.stdout + done.stderr).strip()[:400])
    rebuilds = [c for c in log.commands if c["kind"] == "rebuild"]
    for command in log.commands:
        if command["kind"] != "ingest" or command["status"] not in (0, 1):
            continue
        # A rebuild that ended after this ingest started may have committed after it.
        if any(r["end"] > command["start"] for r in rebuilds):
            continue
        for number in sorted(command["notices"] - stored_ids):
            violations.append(f"notice {number} of an ingest that completed (exit {command['status']}) is missing")
    return stored_ids


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--kill-every", type=float, default=1.5, help="mean seconds between SIGKILLs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--allot", help="the executable (default: the release build)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    allot = Path(args.allot) if args.allot else Path(subprocess.run(
        ["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True,
        check=True).stdout.strip()) / "allot"
    with tempfile.TemporaryDirectory(prefix="allot-stress-") as scratch:
        scratch = Path(scratch)
        pages = []
        for serial in range(1, 41):
            text, number = notice_page(serial)
            path = scratch / "pages" / f"notice-{serial:02}.html"
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            pages.append((path, number))
        pdfs = sorted((ROOT / "Fixtures" / "notices").glob("*.pdf"))
        dataset = scratch / "dataset"
        log = Log()
        deadline = time.monotonic() + args.seconds
        threads = [threading.Thread(target=worker, args=(allot, dataset, pages, pdfs, deadline, log,
                                                         random.Random(rng.random())))
                   for _ in range(args.workers)]
        for thread in threads:
            thread.start()
        kills = killer(deadline, log, random.Random(rng.random()), args.kill_every)
        for thread in threads:
            thread.join()
        # Converge: one last ingest alone, as after any kill.
        last_path, last_number = pages[0]
        start = time.monotonic()
        final = subprocess.run([str(allot), "ingest", "--quiet", "--out", str(dataset), str(last_path)],
                               capture_output=True, text=True)
        log.add({"kind": "ingest", "start": start, "end": time.monotonic(), "status": final.returncode,
                 "notices": {last_number}, "errors": final.stderr.strip()})
        violations = []
        if final.returncode not in (0, 1):
            violations.append(f"the converging ingest failed ({final.returncode}): {final.stderr.strip()[:300]}")
        stored = check(dataset, log, violations)
        statuses = {}
        for command in log.commands:
            key = f"{command['kind']} exit {command['status']}"
            statuses[key] = statuses.get(key, 0) + 1
        print(f"stress: {len(log.commands)} commands by {args.workers} workers in {args.seconds:.0f}s, "
              f"{kills} SIGKILLs; {', '.join(f'{k}: {v}' for k, v in sorted(statuses.items()))}; "
              f"{len(stored)} notices stored")
        unexpected = [c for c in log.commands if c["status"] not in (0, 1, -9)]
        for command in unexpected[:10]:
            violations.append(f"{command['kind']} exited {command['status']}: {command['errors'][:200]}")
        for violation in violations:
            print(f"stress: VIOLATION {violation}")
        return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
