"""Fiscal tables → printable grids, truth rows and relations."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, List, Optional, Sequence, Tuple

from .model import PATH_SEP, FiscalTable, PrintedRow, flatten
from .relations import Relation, RowView, classify, evaluate, two_sided
from .render import Grid, GridCol, GridRow

LABEL_HEAD = ("项目",)
DASH = "—"

TRUTH_HEADER = ["table_id", "side", "page", "row_no", "label", "code", "code_printed", "level",
                "depth", "parent", "signal", "column_path", "role", "amount", "printed", "unit"]
FINDINGS_HEADER = ["table_id", "side", "row_no", "label", "column_path", "relation", "severity",
                   "stated", "computed", "difference"]
RELATIONS_HEADER = ["table_id", "side", "relation", "row_no", "column_path", "holds"]


def fmt(v: Optional[Decimal], t: FiscalTable, role: str) -> str:
    if v is None:
        return {"blank": "", "zero": "0" if t.decimals == 0 else "0." + "0" * t.decimals,
                "dash": DASH}[t.zero_style] if role == "amount" else ""
    if role == "percent":
        return f"{v:.2f}"
    if role == "count":
        return str(v)
    s = f"{v:,.{t.decimals}f}" if t.grouped else f"{v:.{t.decimals}f}"
    return s


def canonical(printed: str) -> str:
    """The amount the dataset keeps for a printed cell: no grouping, decimals as printed; empty for
    a dash as for a blank cell (allocations.csv `amount`: "empty for an empty or dash cell"; both
    add nothing to a sum, and neither is compared as a printed sum)."""
    if printed == DASH:
        return ""
    return printed.replace(",", "")


def unit_of(t: FiscalTable, role: str) -> str:
    return {"amount": t.unit, "percent": "%", "count": "个"}[role]


@dataclass
class Laid:
    """One table (or half) ready to print, with its rows."""

    table: FiscalTable
    rows: List[PrintedRow]

    def label_cols(self) -> List[GridCol]:
        t = self.table
        head = (t.side,) if t.side and t.side_header else () if t.side else LABEL_HEAD
        cols: List[GridCol] = []
        if t.code_style == "split":
            names = ("类", "款", "项")[:t.split_columns]
            cols += [GridCol(head + t.code_header + (n,), 34.0, "center") for n in names]
        elif t.code_style == "single":
            cols.append(GridCol(head + t.code_header, 62.0, "left"))
        width = 190.0 if t.code_style != "single" else 150.0
        if t.code_style in ("single", "split", "inline"):
            lh = t.label_header
        else:
            lh = ("项目",) if t.side else ()
        cols.append(GridCol(head + lh, label_width(t, width), "left"))
        return cols

    def amount_cols(self) -> List[GridCol]:
        t = self.table
        prefix = (t.side,) if t.side and t.side_header else ()
        return [GridCol(prefix + c.path, c.width, "right") for c in t.leaves]

    def cells(self, r: Optional[PrintedRow]) -> Tuple[List[str], Dict[int, float]]:
        t = self.table
        n_code = len(r.code_cells) if r else (
            t.split_columns if t.code_style == "split" else 1 if t.code_style == "single" else 0)
        if r is None:
            return [""] * (n_code + 1 + len(t.leaves)), {}
        # inline codes are printed in front of the name, in the name's cell (2010601 行政运行)
        label = f"{r.code} {r.label}" if t.code_style == "inline" and r.code else r.label
        out = list(r.code_cells) + [label]
        out += [fmt(r.printed.get(c.key), t, c.role) for c in t.leaves]
        return out, ({n_code: float(r.indent)} if r.indent else {})


def label_width(t: FiscalTable, default: float) -> float:
    return t.label_width or default


def lay(t: FiscalTable) -> Laid:
    return Laid(t, flatten(t))


def grid(l: Laid, ruling: str, org: str = "", note: str = "", org_place: str = "unit") -> Grid:
    cols = l.label_cols() + l.amount_cols()
    rows = []
    for r in l.rows:
        cells, ind = l.cells(r)
        rows.append(GridRow(cells, ind, [(l.table.table_id, "", r.row_no)]))
    return Grid(l.table.title, l.table.unit, cols, rows, ruling, org, note, l.table.html_indent, org_place)


def two_sided_grid(left: Laid, right: Laid, title: str, ruling: str, org: str = "") -> Grid:
    """Halves side by side; each half's rows from the top, the two 总计 rows on the last line."""
    cols = left.label_cols() + left.amount_cols() + right.label_cols() + right.amount_cols()
    lt = [r for r in left.rows if r.level != "total"]
    rt = [r for r in right.rows if r.level != "total"]
    ltot = [r for r in left.rows if r.level == "total"]
    rtot = [r for r in right.rows if r.level == "total"]
    nl = len(left.label_cols()) + len(left.amount_cols())
    rows = []
    for i in range(max(len(lt), len(rt))):
        a = lt[i] if i < len(lt) else None
        b = rt[i] if i < len(rt) else None
        ca, ia = left.cells(a)
        cb, ib = right.cells(b)
        keys = ([(left.table.table_id, left.table.side, a.row_no)] if a else []) + \
            ([(right.table.table_id, right.table.side, b.row_no)] if b else [])
        rows.append(GridRow(ca + cb, {**ia, **{k + nl: v for k, v in ib.items()}}, keys))
    ca, _ = left.cells(ltot[0] if ltot else None)
    cb, _ = right.cells(rtot[0] if rtot else None)
    keys = ([(left.table.table_id, left.table.side, ltot[0].row_no)] if ltot else []) + \
        ([(right.table.table_id, right.table.side, rtot[0].row_no)] if rtot else [])
    rows.append(GridRow(ca + cb, {}, keys))
    return Grid(title, left.table.unit, cols, rows, ruling, org)


def truth_rows(l: Laid, pages: Dict[Tuple[str, str, int], int]) -> List[List[object]]:
    t = l.table
    out = []
    for r in l.rows:
        printed_code = "|".join(r.code_cells) if any(r.code_cells) else r.code if t.code_style == "inline" else ""
        for c in t.leaves:
            p = fmt(r.printed.get(c.key), t, c.role)
            out.append([t.table_id, t.side, pages[(t.table_id, t.side, r.row_no)], r.row_no, r.label, r.code,
                        printed_code, r.level, r.depth, r.parent or "", r.signal,
                        PATH_SEP.join(c.path), c.role, canonical(p), p, unit_of(t, c.role)])
    return out


def views(l: Laid, printed: bool) -> List[RowView]:
    t = l.table
    amount = [c for c in t.leaves if c.role == "amount"]
    out = []
    for r in l.rows:
        src = r.printed if printed else r.values
        out.append(RowView(r.row_no, r.label, r.children,
                           {PATH_SEP.join(c.path): src.get(c.key) for c in amount}))
    return out


def relations(l: Laid, printed: bool) -> List[Relation]:
    t = l.table
    cols = [PATH_SEP.join(c.path) for c in t.leaves if c.role == "amount"]
    path = {c.key: PATH_SEP.join(c.path) for c in t.leaves}
    ids = [(path[w], [path[p] for p in ps]) for w, ps in t.identities]
    return evaluate(t.table_id, views(l, printed), cols, ids)


def two_sided_relation(left: Laid, right: Laid, printed: bool) -> Relation:
    lv = [v for v, r in zip(views(left, printed), left.rows) if r.level == "total"][0]
    rv = [v for v, r in zip(views(right, printed), right.rows) if r.level == "total"][0]
    lc = PATH_SEP.join(left.table.leaves[0].path)
    rc = PATH_SEP.join(right.table.leaves[0].path)
    return two_sided(right.table.table_id, lv, lc, rv, rc)


def injected_cells(l: Laid) -> set:
    t = l.table
    out = set()
    for r in l.rows:
        for c in t.leaves:
            if c.role == "amount" and r.printed.get(c.key) != _q(r, c.key, t):
                out.add((r.row_no, PATH_SEP.join(c.path)))
    return out


def _q(r: PrintedRow, key: str, t: FiscalTable):
    from .model import q

    v = r.values.get(key)
    return None if v is None else q(v, t.decimals)


def findings(laids: Sequence[Laid], pair: Optional[Tuple[Laid, Laid]]) -> List[Tuple[str, Relation, str]]:
    """(side, relation, severity) of every relation that fails on the printed values."""
    out = []
    for l in laids:
        bad = injected_cells(l)

        def involved(rel: Relation, bad=bad) -> bool:
            return (rel.row_no, rel.column) in bad or any(p in bad for p in rel.parts)

        for rel, sev in classify(relations(l, True), relations(l, False), involved):
            out.append((l.table.side, rel, sev))
    if pair:
        rel = two_sided_relation(pair[0], pair[1], True)
        if not rel.holds:
            out.append((pair[1].table.side, rel, "error"))
    return out
