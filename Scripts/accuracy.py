#!/usr/bin/env python3
"""Accuracy of allot over every fixture with an expected table (Fixtures/expected/NAME.csv).

Runs `allot ingest` on each fixture PDF, then compares, cell by cell, the produced
allocations.csv with the expected table, the arithmetic findings (subtotal, total, crossfoot)
with NAME.findings.csv and the other findings with NAME.other-findings.csv (none expected when
a file is absent).

Then the fiscal table families (Fixtures/fiscal/NAME.pdf, and NAME.html where the family has an HTML
twin, with NAME.truth.csv, NAME.findings.csv and NAME.relations.csv, written by
Scripts/make_fiscal_fixtures.py): per fixture and format, the truth cells read
with the right page, label, column and amount (and cells read that are not in the truth), the
relations the table asserts and how many allot reports as confirmed (from a `relations.csv` in the
dataset), and the arithmetic findings: expected errors found, and spurious
ones (any arithmetic finding that is not an expected error, including one raised where only a
rounding note is due).

Usage: python3 Scripts/accuracy.py [--allot PATH_TO_ALLOT]
Then runs the property notices (Fixtures/property/ and property2/, Scripts/make_property*_fixtures.py), whose sums
all reconcile: each must be read completely or marked incomplete, and any finding is spurious.
Prints one line per fixture, the totals and "spurious findings: N"; exits 1 when anything is missed
or spurious.
"""
import argparse
import csv
from collections import Counter
import subprocess
import sys
import tempfile
import unicodedata
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARITHMETIC = {"subtotal", "total", "crossfoot"}
NOTES = {"no_table", "empty_page", "incomplete_table"}  # notes, not findings


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def expected_cells(fixtures, name, default_column):
    cells = set()
    folder = fixtures / "expected" if (fixtures / "expected").is_dir() else fixtures
    for r in read(folder / f"{name}.csv"):
        cells.add((r.get("table", "1"), r["row"], r["page"], r["level"], r["name"],
                   r.get("column", default_column), r["amount"], r["remark"]))
    return cells


def expected_findings(fixtures, name):
    """Arithmetic findings (NAME.findings.csv) and the others (NAME.other-findings.csv: check,row,name)."""
    folder = fixtures / "expected" if (fixtures / "expected").is_dir() else fixtures
    found = set()
    path = folder / f"{name}.findings.csv"
    if path.exists():
        found |= {tuple(r[k] for k in ("table", "row", "name", "column", "check", "stated", "computed"))
                  for r in read(path)}
    other = folder / f"{name}.other-findings.csv"
    if other.exists():
        found |= {("other", r["check"], r["row"], r["name"]) for r in read(other)}
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allot", default=None, help="allot executable (default: release build)")
    parser.add_argument("--fixtures", default=str(ROOT / "Fixtures"),
                        help="folder holding notices/NAME.pdf and expected/NAME.csv (default: Fixtures)")
    parser.add_argument("--property", default=None, metavar="DIR",
                        help="only compare a folder of property notices (make_property*_fixtures.py --out DIR), "
                             "listing every differing cell and finding")
    parser.add_argument("--fiscal", default=None, metavar="DIR",
                        help="only compare a folder of fiscal documents (make_property3_fixtures.py --out DIR), "
                             "listing every differing cell and finding")
    args = parser.parse_args()
    fixtures = Path(args.fixtures).resolve()
    allot = args.allot
    if allot is None:
        bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout.strip()
        allot = str(Path(bin_dir) / "allot")
    if args.property:
        prop = property_test(allot, Path(args.property).resolve(), verbose=True)
        return 0 if prop["spurious"] == 0 and prop["unread"] == 0 else 1
    if args.fiscal:
        # every format the folder holds (make_property3_office_fixtures.py --out DIR writes the twins)
        ok = fiscal_accuracy(allot, Path(args.fiscal).resolve(), "fiscal documents", verbose=True)
        for fmt in OFFICE_FORMATS:
            ok = fiscal_accuracy(allot, Path(args.fiscal).resolve(), f"fiscal documents {fmt}", verbose=True,
                                 formats=(fmt,)) and ok
        return 0 if ok else 1
    expected_dir = fixtures / "expected" if (fixtures / "expected").is_dir() else fixtures
    names = sorted(p.name[:-4] for p in expected_dir.glob("*.csv")
                   if not p.name.endswith("findings.csv"))
    totals = [0, 0, 0, 0, 0, 0]  # cells ok, expected, spurious; findings ok, expected, spurious
    print(f"{'fixture':45} {'cells':>13} {'findings':>10}")
    for name in names:
        with tempfile.TemporaryDirectory() as out:
            pdf = fixtures / "notices" / f"{name}.pdf"
            if not pdf.exists():
                pdf = fixtures / f"{name}.pdf"
            run = subprocess.run([allot, "ingest", str(pdf), "--out", out], capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{name}: allot failed: {run.stderr.strip()}")
            rows = read(Path(out) / "allocations.csv") if run.returncode == 0 else []
            found = read(Path(out) / "findings.csv") if run.returncode == 0 else []
        # The dataset's column names (table_no, row_no, column_name, check_name); the expected truth
        # files keep the generator's short names.
        default_column = rows[0]["column_name"] if rows else ""
        actual = {(r["table_no"], r["row_no"], r["page"], r["level"], r["name"], r["column_name"], r["amount"],
                   r["remark"]) for r in rows}
        want = expected_cells(fixtures, name, default_column)
        got_findings = {tuple(f[k] for k in ("table_no", "row_no", "name", "column_name", "check_name", "stated",
                                              "computed"))
                        for f in found if f["check_name"] in ARITHMETIC}
        got_findings |= {("other", f["check_name"], f["row_no"], f["name"]) for f in found
                         if f["check_name"] not in ARITHMETIC and f["check_name"] != "no_table"}
        want_findings = expected_findings(fixtures, name)
        counts = [len(actual & want), len(want), len(actual - want),
                  len(got_findings & want_findings), len(want_findings), len(got_findings - want_findings)]
        totals = [a + b for a, b in zip(totals, counts)]
        print(f"{name:45} {counts[0]:5}/{counts[1]:<5}+{counts[2]:<2} {counts[3]:4}/{counts[4]:<3}+{counts[5]}")
    print(f"{'TOTAL':45} {totals[0]:5}/{totals[1]:<5}+{totals[2]:<2} {totals[3]:4}/{totals[4]:<3}+{totals[5]}")
    print(f"cells correct {totals[0]}/{totals[1]} ({totals[2]} spurious); "
          f"findings found {totals[3]}/{totals[4]} ({totals[5]} spurious)")
    prop = property_test(allot, fixtures / "property")
    prop2 = property_test(allot, fixtures / "property2")
    prop = {k: prop[k] + prop2[k] for k in ("spurious", "unread")}
    print(f"spurious findings: {totals[5] + prop['spurious']} (fixtures {totals[5]}, property notices "
          f"{prop['spurious']})")
    notices_ok = totals[0] == totals[1] and totals[3] == totals[4] and totals[2] == totals[5] == 0
    notices_ok = notices_ok and prop["spurious"] == 0 and prop["unread"] == 0
    fiscal_ok = fiscal_accuracy(allot, fixtures / "fiscal")
    # random fiscal documents (Scripts/make_property3_fixtures.py): scored as the fiscal fixtures
    random_ok = fiscal_accuracy(allot, fixtures / "property3", "property3", complete=False)
    # their office twins (Scripts/make_property3_office_fixtures.py), a section per format
    for fmt in OFFICE_FORMATS:
        random_ok = fiscal_accuracy(allot, fixtures / "property3", f"property3 {fmt}", complete=False,
                                    formats=(fmt,)) and random_ok
    return 0 if notices_ok and fiscal_ok and random_ok else 1


def compact(text):
    """A label keyed the way allot normalizes names: NFKC (（一） → (一)), no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def leaf(path):
    return path.split(" › ")[-1]


# a workbook's SUM formula whose cached value disagrees is an arithmetic finding too (keyed like the
# sum's own error, which it repeats)
FISCAL_ARITHMETIC = ARITHMETIC | {"balance", "formula_mismatch"}
OFFICE_FORMATS = ("xlsx", "xls", "docx", "ofd")
# formats without pages of their own (a flow document or a sheet): cells are compared without the page
PAGELESS = {".html", ".xlsx", ".xls", ".docx"}
# formats storing amounts as numbers (1234.5 where the PDF prints 1,234.50): compared by value
STORED_NUMBERS = {".xlsx", ".xls"}
# allot's relation kinds by the truth files' relation names
RELATION_CLASS = {"vertical_label": "vertical", "vertical_code": "vertical", "vertical_numbering": "vertical",
                  "vertical_indentation": "vertical", "horizontal": "horizontal", "balance": "two_sided"}
# the status allot should give a truth instance: holds, or by the severity of the expected finding
EXPECTED_STATUS = {"error": "fails", "note": "rounding", "warning": "fails"}


def fiscal_accuracy(allot, folder, title="fiscal", verbose=False, complete=True, formats=("pdf", "html")):
    """Cells, relations confirmed and findings (found / spurious) per fiscal fixture.

    Cells: (page, label, leaf column, amount), labels keyed as allot normalizes them. Relations: each
    instance of the truth file (a sum row, its column, vertical / horizontal / two_sided) against the
    dataset's relations.csv, confirmed when allot checked the same sum cell and gave it the status the
    truth expects (holds; fails where an error is injected; rounding where a rounding note is due).
    Findings: the arithmetic findings (subtotal, total, crossfoot, balance) keyed by label, leaf column and
    stated value; an injected mismatch reported by two relations (vertical and horizontal) is one.
    `formats`: the sources scored, each document in each format it has (PDF first, then HTML twins)."""
    names = sorted(p.name[:-len(".truth.csv")] for p in folder.glob("*.truth.csv")) if folder.is_dir() else []
    sources = [(name, folder / f"{name}.{fmt}") for fmt in formats for name in names
               if (folder / f"{name}.{fmt}").exists()]
    if not sources:
        return True
    print()
    print(f"{title + ' fixture':40} {'cells':>13} {'relations':>15} {'findings':>10}")
    other_spurious = 0
    per_source = []  # read completely: every cell, every expected error, nothing spurious
    totals = [0] * 9  # cells ok, truth, spurious; relations confirmed, truth, wrong status; found, expected, spurious
    for name, source in sources:
        is_html = source.suffix in PAGELESS
        by_value = source.suffix in STORED_NUMBERS
        truth = read(folder / f"{name}.truth.csv")
        expected_all = read(folder / f"{name}.findings.csv")
        expected = [f for f in expected_all if f["severity"] == "error"]
        relations = read(folder / f"{name}.relations.csv")
        with tempfile.TemporaryDirectory() as out:
            run = subprocess.run([allot, "ingest", str(source), "--out", out],
                                 capture_output=True, text=True)
            ok = run.returncode == 0
            if not ok:
                print(f"{source.name}: allot failed: {run.stderr.strip()}")
            rows = read(Path(out) / "allocations.csv") if ok else []
            found = read(Path(out) / "findings.csv") if ok else []
            checked_file = Path(out) / "relations.csv"
            checked = read(checked_file) if ok and checked_file.exists() else []

        def page(value):
            return "" if is_html else value

        # multisets: two rows may print the same label and amount on one page (行政运行 under two 款)
        def amount(text):
            return str(decimal_key(text)) if by_value and text else text

        want = Counter((page(r["page"]), compact(r["label"]), leaf(r["column_path"]), amount(r["amount"]))
                       for r in truth if r["role"] == "amount")
        got = Counter((page(r["page"]), compact(r["name"]), r["column_name"], amount(r["amount"])) for r in rows)
        pages = {page(r["page"]) for r in truth}
        got_on_pages = Counter({g: n for g, n in got.items() if g[0] in pages and g[3] != ""})
        cells = [sum((want & got).values()), sum(want.values()), sum((got_on_pages - want).values())]
        rel = relation_accuracy(truth, relations, expected_all, checked)
        want_f = {(compact(f["label"]), leaf(f["column_path"]), decimal_key(f["stated"])) for f in expected}
        got_f = {(compact(f["name"]), f["column_name"], decimal_key(f["stated"])) for f in found
                 if f["check_name"] in FISCAL_ARITHMETIC}
        findings = [len(want_f & got_f), len(want_f), len(got_f - want_f)]
        counts = cells + rel + findings
        totals = [a + b for a, b in zip(totals, counts)]
        # other problems (cross_table, invalid_amount …) in a document with no misprint are spurious too
        others = [f for f in found if f["check_name"] not in FISCAL_ARITHMETIC and f["severity"] != "note"]
        spurious_others = 0 if expected_all else len(others)
        other_spurious += spurious_others
        per_source.append(cells[0] == cells[1] and cells[2] == 0 and findings[0] == findings[1] and findings[2] == 0
                          and spurious_others == 0)
        label = name + ("" if source.suffix == ".pdf" else f" ({source.suffix[1:]})")
        if verbose:
            for cell in sorted((want - got).elements()):
                print(f"  {label} missing {cell}")
            for cell in sorted((got_on_pages - want).elements()):
                print(f"  {label} read    {cell}")
            for f in sorted(want_f - got_f, key=str):
                print(f"  {label} finding not found {f}")
            for f in found:
                if f["check_name"] in FISCAL_ARITHMETIC and (compact(f["name"]), f["column_name"],
                                                             decimal_key(f["stated"])) not in want_f:
                    print(f"  {label} spurious {f['check_name']} row {f['row_no']} {f['name']} "
                          f"[{f['column_name']}]: {f['message']}")
            for f in others:
                print(f"  {label} other {f['severity']} {f['check_name']} table {f['table_no']} row {f['row_no']} "
                      f"{f['name']} [{f['column_name']}]: {f['message']}")
        print(f"{label:40} {cells[0]:5}/{cells[1]:<5}+{cells[2]:<3} {rel[0]:>5}/{rel[1]:<5}x{rel[2]:<3} "
              f"{findings[0]:4}/{findings[1]:<3}+{findings[2]}")
    print(f"{'TOTAL':40} {totals[0]:5}/{totals[1]:<5}+{totals[2]:<3} {totals[3]:>5}/{totals[4]:<5}x{totals[5]:<3} "
          f"{totals[6]:4}/{totals[7]:<3}+{totals[8]}")
    whole = sum(1 for c in per_source if c)
    print(f"{title}: read completely {whole}/{len(per_source)}; cells correct {totals[0]}/{totals[1]} ({totals[2]} spurious); relations confirmed "
          f"{totals[3]}/{totals[4]} ({totals[5]} checked with another outcome); findings found "
          f"{totals[6]}/{totals[7]} ({totals[8]} spurious); other problem findings where nothing is misprinted: "
          f"{other_spurious}")
    nothing_spurious = totals[2] == 0 and totals[8] == 0 and other_spurious == 0
    # `complete`: every cell read and every expected error found too (the hand-made families);
    # the random documents must only never report what is not there (their misses are measured)
    return nothing_spurious and (not complete or (totals[0] == totals[1] and totals[6] == totals[7]))


def decimal_key(text):
    """An amount compared by value (allot prints 30080.6 where the truth has 30080.60)."""
    try:
        return Decimal(text).normalize() if text else None
    except InvalidOperation:
        return text


def relation_accuracy(truth, relations, expected_findings, checked):
    """[confirmed, truth instances, checked with another outcome] for one fixture."""
    # row numbers count per side in a two-sided table; its balance names the total of either side
    labels = {(r["table_id"], r["side"], r["row_no"]): compact(r["label"]) for r in truth}
    totals = {(r["table_id"], r["row_no"]): compact(r["label"]) for r in truth if r["level"] == "total"}
    severity = {(compact(f["label"]), leaf(f["column_path"]), f["relation"]): f["severity"] for f in expected_findings}
    by_key = {}
    for r in checked:
        key = (compact(r["name"]), r["column_name"], RELATION_CLASS.get(r["relation_kind"], r["relation_kind"]))
        by_key.setdefault(key, Counter())[r["status"]] += 1
    confirmed = other = 0
    for r in relations:
        label = labels.get((r["table_id"], r["side"], r["row_no"]), totals.get((r["table_id"], r["row_no"]), ""))
        key = (label, leaf(r["column_path"]), r["relation"])
        status = "holds" if r["holds"] == "yes" else EXPECTED_STATUS.get(severity.get(key, "error"), "fails")
        outcomes = by_key.get(key, Counter())
        if outcomes[status] > 0:
            outcomes[status] -= 1
            confirmed += 1
        elif sum(outcomes.values()) > 0:
            other += 1
    return [confirmed, len(relations), other]


def property_test(allot, folder, verbose=False):
    """The random notices of Scripts/make_property_fixtures.py and make_property2_fixtures.py: every
    sum in them reconciles, so every finding is spurious; each table must be read completely or carry
    an incomplete_table note. Cells are compared with their column and unit where the truth names them
    (property2); `verbose` lists every differing cell and finding."""
    result = {"spurious": 0, "unread": 0, "cells": 0, "cells_total": 0, "complete": 0}
    manifest = folder / "manifest.csv"
    if not manifest.exists():
        return result
    names = [r["name"] for r in read(manifest)]
    complete = incomplete = 0
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run([allot, "ingest", str(folder), "--out", out], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"property notices: allot failed: {run.stderr.strip()}")
            result["unread"] = len(names)
            return result
        rows = read(Path(out) / "allocations.csv")
        found = read(Path(out) / "findings.csv")
        notices = {Path(n["source_file"]).stem: n["notice_id"] for n in read(Path(out) / "notices.csv")}
    by_notice = {}
    for r in rows:
        by_notice.setdefault(r["notice_id"], []).append(r)
    for name in names:
        nid = notices.get(name)
        truth = read(folder / f"{name}.csv")
        extra = [k for k in ("column", "unit") if truth and k in truth[0]]
        dataset = {"column": "column_name", "unit": "unit"}
        got = {(r["table_no"], r["row_no"], r["page"], r["level"], r["name"], r["amount"], r["remark"])
               + tuple(r[dataset[k]] for k in extra) for r in by_notice.get(nid, [])}
        want = {(r["table"], r["row"], r["page"], r["level"], r["name"], r["amount"], r["remark"])
                + tuple(r[k] for k in extra) for r in truth}
        checks = [f for f in found if f["notice_id"] == nid]
        spurious = [f for f in checks if f["check_name"] not in NOTES]
        result["spurious"] += len(spurious)
        result["cells"] += len(got & want)
        result["cells_total"] += len(want)
        if got == want:
            complete += 1
        elif any(f["check_name"] == "incomplete_table" for f in checks):
            incomplete += 1
        else:
            result["unread"] += 1
            print(f"{name}: {len(got & want)}/{len(want)} cells read, no incomplete_table note")
        if verbose:
            for cell in sorted(want - got):
                print(f"  {name} missing {cell}")
            for cell in sorted(got - want):
                print(f"  {name} read    {cell}")
            for f in spurious:
                print(f"  {name} finding {f['check_name']} row {f['row_no']} {f['name']} {f['column_name']}: "
                      f"{f['message']}")
    result["complete"] = complete
    print(f"property notices ({folder.name}): {len(names)}, read completely {complete}, marked incomplete "
          f"{incomplete}, misread without a note {result['unread']}, cells {result['cells']}/"
          f"{result['cells_total']}, spurious findings {result['spurious']}")
    return result


if __name__ == "__main__":
    sys.exit(main())
