"""Expected-output CSVs written from the same spec the PDF is drawn from."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import List

from .model import Finding, Notice, check_table
from .render import TablePlacement


def amount_text(v) -> str:
    """Canonical amount: ASCII digits, no grouping, decimals as printed; empty for empty/dash."""
    return str(v) if isinstance(v, Decimal) else ""


def _csv(rows: List[List[object]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerows(rows)
    return buf.getvalue()


def short_csv(n: Notice, placements: List[TablePlacement]) -> str:
    (t,), (p,) = n.tables, placements
    (key,) = t.amount_keys
    out = [["row", "page", "level", "name", "amount", "remark"]]
    for i, r in enumerate(t.rows, 1):
        out.append([i, p.row_pages[i], r.level, r.name, amount_text(r.values.get(key)),
                    r.remark])
    return _csv(out)


def long_csv(n: Notice, placements: List[TablePlacement]) -> str:
    out = [["table", "row", "page", "level", "name", "column", "amount", "remark"]]
    for ti, (t, p) in enumerate(zip(n.tables, placements), 1):
        for i, r in enumerate(t.rows, 1):
            for c in t.columns:
                if c.kind == "amount":
                    out.append([ti, i, p.row_pages[i], r.level, r.name, c.header,
                                amount_text(r.values.get(c.key)), r.remark])
    return _csv(out)


def findings(n: Notice) -> List[Finding]:
    out: List[Finding] = []
    for ti, t in enumerate(n.tables, 1):
        out.extend(check_table(t, ti))
    return out


def findings_csv(fs: List[Finding]) -> str:
    out = [["table", "row", "name", "column", "check", "stated", "computed"]]
    for f in fs:
        out.append([f.table, f.row, f.name, f.column, f.check, f.stated, f.computed])
    return _csv(out)
