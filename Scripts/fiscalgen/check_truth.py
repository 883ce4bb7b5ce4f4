#!/usr/bin/env python3
"""Check every sum of the hand-typed truth tables of the real documents (Fixtures/real-truth).

    python3 Scripts/fiscalgen/check_truth.py [Fixtures/real-truth]

For each table listed in tables.csv: the column sums by hierarchy (every row with children, by
the `parent` field, per amount column), the horizontal identities of the table (合计 = 基本支出 +
项目支出 …) on every row, and for a two-sided table 收入总计 = 支出总计. Prints every relation that
does not hold with its difference and, for a 万元 table, whether it is within the rounding of the
addends (each printed to 0.01, so n addends can drift by n × 0.005). Also checks the file's shape:
row numbers, parents that exist, one cell per (row, column). Exits 1 on a malformed file, not on a
sum that does not hold (those are facts about the documents, listed in the README).
"""

from __future__ import annotations

import csv
import os
import sys
from collections import OrderedDict
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from fiscalgen.relations import RowView, evaluate, two_sided  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))


def parse_identities(text: str):
    out = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        whole, _, rhs = part.partition(" = ")
        out.append((whole.strip(), [p.strip() for p in rhs.split(" + ")]))
    return out


def load(path: str):
    """(side → rows in order) with their printed values by column path."""
    sides: "OrderedDict[str, OrderedDict[int, dict]]" = OrderedDict()
    columns: "OrderedDict[str, list]" = OrderedDict()
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            rows = sides.setdefault(r["side"], OrderedDict())
            n = int(r["row_no"])
            row = rows.setdefault(n, {"row_no": n, "label": r["label"], "parent": r["parent"],
                                      "level": r["level"], "values": {}})
            if r["column_path"] in row["values"]:
                raise SystemExit(f"{path}: row {n} has two cells in {r['column_path']}")
            if r["role"] == "amount":
                row["values"][r["column_path"]] = Decimal(r["amount"]) if r["amount"] else None
                cols = columns.setdefault(r["side"], [])
                if r["column_path"] not in cols:
                    cols.append(r["column_path"])
    return sides, columns


def views(rows) -> list:
    for r in rows.values():
        if r["parent"] and int(r["parent"]) not in rows:
            raise SystemExit(f"row {r['row_no']}: parent {r['parent']} does not exist")
    out = []
    for r in rows.values():
        kids = [c["row_no"] for c in rows.values()
                if c["parent"] and int(c["parent"]) == r["row_no"] and c["level"] != "part"]
        out.append(RowView(r["row_no"], r["label"], kids, r["values"]))
    return out


def main() -> int:
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Fixtures", "real-truth")
    with open(os.path.join(folder, "tables.csv"), encoding="utf-8", newline="") as f:
        tables = list(csv.DictReader(f))
    total_rel = total_bad = 0
    for t in tables:
        sides, columns = load(os.path.join(folder, t["truth_file"]))
        ids = parse_identities(t["identities"])
        rels = []
        for side, rows in sides.items():
            rels += evaluate(t["table_id"], views(rows), columns[side], ids)
        if t["two_sided"]:
            left_col, right_col = (s.strip() for s in t["two_sided"].split(" = "))
            (ls, lrows), (rs, rrows) = list(sides.items())[:2]
            lt = [v for v in views(lrows) if lrows[v.row_no]["level"] == "total"][0]
            rt = [v for v in views(rrows) if rrows[v.row_no]["level"] == "total"][0]
            rels.append(two_sided(t["table_id"], lt, left_col, rt, right_col))
        bad = [r for r in rels if not r.holds]
        total_rel += len(rels)
        total_bad += len(bad)
        cells = sum(len(r["values"]) for rows in sides.values() for r in rows.values())
        print(f"{t['table_id']} ({t['truth_file']}): {sum(len(r) for r in sides.values())} rows, "
              f"{cells} amount cells, {len(rels)} relations, {len(bad)} do not hold")
        for r in bad:
            n = len(r.parts)
            slack = Decimal("0.005") * n if t["unit"] == "万元" else Decimal(0)
            why = "within rounding of the addends" if abs(r.difference) <= slack else "NOT rounding"
            print(f"  {r.relation} row {r.row_no} {r.label} [{r.column}]: stated {r.stated}, "
                  f"sum {r.computed}, difference {r.difference} ({n} addends; {why})")
    print(f"total: {total_rel} relations, {total_bad} do not hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
