"""Fiscal table specs: a row hierarchy with leaf amounts, sums computed with Decimal.

A table is a tree of :class:`Node` (类 → 款 → 项, or numbered / indented headings) under an
optional grand total. Leaf rows carry the base amounts; every horizontal identity
(合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费) is computed on every row and every
parent row is the exact sum of its children, so the clean table holds by construction. Injected
misprints are applied to the *printed* values only; :mod:`fiscalgen.relations` then evaluates
every relation on the printed values, and what fails is the expected finding list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Dict, List, Optional, Sequence, Tuple

PATH_SEP = " › "


@dataclass(frozen=True)
class Leaf:
    """One leaf column: its header path, its role and the key the rows use."""

    key: str
    path: Tuple[str, ...]
    role: str = "amount"  # amount | percent | count
    width: float = 70.0


@dataclass
class Node:
    """One printed data row and the rows under it."""

    label: str
    code: str = ""  # normalized classification code (2010601), empty when none
    children: List["Node"] = field(default_factory=list)
    values: Dict[str, Optional[Decimal]] = field(default_factory=dict)  # leaf rows: base amounts
    parts: List["Node"] = field(default_factory=list)  # 其中 rows: a breakdown, not addends


@dataclass(frozen=True)
class Injection:
    """A misprint: the printed value of one cell differs from the true one by ``delta``."""

    label: str  # the row's label (as in the spec, unique in the table)
    key: str
    delta: Decimal


@dataclass
class FiscalTable:
    """One fiscal table (or one half of a two-sided table)."""

    table_id: str
    title: str
    unit: str  # 元 | 万元
    leaves: List[Leaf]
    roots: List[Node]
    identities: List[Tuple[str, Tuple[str, ...]]] = field(default_factory=list)
    code_style: str = "none"  # none | single | split | inline (printed in front of the name, no column)
    code_header: Tuple[str, ...] = ("功能分类科目编码",)
    label_header: Tuple[str, ...] = ("功能分类科目名称",)
    label_style: str = "plain"  # plain | numbered | indent
    blank_parent_codes: bool = False  # split codes: a child prints only its own part
    split_columns: int = 3  # split codes: 类 | 款 | 项 (functional) or 类 | 款 (economic)
    total_label: Optional[str] = "合计"
    total_position: str = "last"  # first | last
    decimals: int = 2
    grouped: bool = True
    zero_style: str = "blank"  # how an absent amount prints: blank | zero | dash
    percent_of: Optional[str] = None  # key of the amount column a percent column divides
    injections: List[Injection] = field(default_factory=list)
    label_width: Optional[float] = None  # points; narrow columns make long labels wrap
    side: str = ""  # two-sided tables: the half's own top header (本年收入 / 本年支出)
    side_header: bool = True  # False: the half is named `side` but printed under the same header as its twin
    # how the HTML twin indents labels (render.INDENT_STYLES): CSS padding in em or px, leading
    # full-width spaces or &nbsp;, a nested <p> with text-indent, or class rules in a <style> sheet
    html_indent: str = "padding-em"

    def leaf(self, key: str) -> Leaf:
        return next(c for c in self.leaves if c.key == key)

    @property
    def amount_keys(self) -> List[str]:
        return [c.key for c in self.leaves if c.role == "amount"]

    @property
    def additive_keys(self) -> List[str]:
        """Amounts and counts add up the hierarchy (only amounts are checked)."""
        return [c.key for c in self.leaves if c.role in ("amount", "count")]


@dataclass
class PrintedRow:
    """A data row as printed, with everything the truth file records."""

    row_no: int
    label: str
    code: str
    code_cells: Tuple[str, ...]  # what the code column(s) print ("201", "06", "")
    level: str  # total | subtotal | item | part
    depth: int
    parent: Optional[int]
    signal: str  # label | code | numbering | indent | qizhong
    values: Dict[str, Optional[Decimal]]  # true values
    printed: Dict[str, Optional[Decimal]]  # printed values (after injections)
    indent: int = 0  # em of label indentation
    children: List[int] = field(default_factory=list)
    parts: List[int] = field(default_factory=list)


CN_NUMBERS = "一二三四五六七八九十"


def cn_number(n: int) -> str:
    if n <= 10:
        return CN_NUMBERS[n - 1]
    if n < 20:
        return "十" + CN_NUMBERS[n - 11]
    tens, ones = divmod(n, 10)
    return CN_NUMBERS[tens - 1] + "十" + (CN_NUMBERS[ones - 1] if ones else "")


def numbered(label: str, depth: int, index: int) -> str:
    """一、 / （一） / 1. / (1) by depth."""
    if depth == 1:
        return f"{cn_number(index)}、{label}"
    if depth == 2:
        return f"（{cn_number(index)}）{label}"
    if depth == 3:
        return f"{index}.{label}"
    return f"({index}){label}"


def q(v: Decimal, decimals: int) -> Decimal:
    return v.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def complete(t: FiscalTable) -> None:
    """Fill every row's values: horizontal identities on leaves, then parents as sums."""

    def fill(n: Node) -> None:
        if n.children:
            for c in n.children:
                fill(c)
            for k in t.additive_keys:
                vals = [c.values.get(k) for c in n.children]
                present = [v for v in vals if v is not None]
                n.values[k] = sum(present, Decimal(0)) if present else None
        else:
            apply_identities(t, n.values)
        for p in n.parts:
            apply_identities(t, p.values)

    for r in t.roots:
        fill(r)


def apply_identities(t: FiscalTable, values: Dict[str, Optional[Decimal]]) -> None:
    for total, parts in t.identities:
        present = [values.get(p) for p in parts if values.get(p) is not None]
        values[total] = sum(present, Decimal(0)) if present else None


def grand_total(t: FiscalTable) -> Dict[str, Optional[Decimal]]:
    out: Dict[str, Optional[Decimal]] = {}
    for k in t.additive_keys:
        present = [r.values.get(k) for r in t.roots if r.values.get(k) is not None]
        out[k] = sum(present, Decimal(0)) if present else None
    return out


def split_code(code: str) -> Tuple[str, str, str]:
    return code[:3], code[3:5], code[5:7]


def flatten(t: FiscalTable) -> List[PrintedRow]:
    """Printed rows in order, with hierarchy, codes and the injected misprints."""
    complete(t)
    rows: List[PrintedRow] = []
    total_row: Optional[PrintedRow] = None

    def add(r: PrintedRow) -> PrintedRow:
        r.row_no = len(rows) + 1
        rows.append(r)
        return r

    def make_total() -> PrintedRow:
        vals = grand_total(t)
        return PrintedRow(0, t.total_label or "", "", code_cells(t, "", None), "total", 0, None,
                          "label", vals, dict(vals))

    if t.total_label and t.total_position == "first":
        total_row = add(make_total())

    def signal_for() -> str:
        if t.code_style != "none":
            return "code"
        return {"numbered": "numbering", "indent": "indent"}.get(t.label_style, "label")

    def walk(n: Node, depth: int, index: int, parent: Optional[PrintedRow],
             prev_code: Optional[str]) -> None:
        label = numbered(n.label, depth, index) if t.label_style == "numbered" else n.label
        level = "subtotal" if n.children else "item"
        r = add(PrintedRow(0, label, n.code, code_cells(t, n.code, prev_code), level, depth,
                           parent.row_no if parent else None, signal_for(), dict(n.values),
                           dict(n.values), indent=depth - 1 if t.label_style == "indent" else 0))
        if parent:
            parent.children.append(r.row_no)
        for p in n.parts:
            pr = add(PrintedRow(0, p.label, p.code, code_cells(t, p.code, n.code), "part",
                                depth + 1, r.row_no, "qizhong", dict(p.values), dict(p.values),
                                indent=r.indent + 1 if t.label_style == "indent" else 0))
            r.parts.append(pr.row_no)
        for i, c in enumerate(n.children, 1):
            walk(c, depth + 1, i, r, n.code)

    roots_parent = total_row
    for i, n in enumerate(t.roots, 1):
        walk(n, 1, i, roots_parent, None)
    if t.total_label and t.total_position == "last":
        total_row = add(make_total())
    if total_row is not None:
        total_row.children = [r.row_no for r in rows if r.depth == 1 and r.level != "part"]
        for r in rows:
            if r.depth == 1 and r.level != "part":
                r.parent = total_row.row_no

    for r in rows:  # printed at the table's precision (true values may be finer: 元 in 万元)
        r.printed = {k: None if v is None or k not in t.amount_keys else q(v, t.decimals)
                     for k, v in r.values.items()}
        r.printed.update({k: r.values.get(k) for k in t.additive_keys if k not in t.amount_keys})
    by_label = {r.label: r for r in rows}
    bare = {strip_number(r.label): r for r in rows}
    for inj in t.injections:
        r = by_label.get(inj.label) or bare.get(inj.label)
        if r is None:
            raise ValueError(f"{t.table_id}: injection row {inj.label!r} not found")
        v = r.printed.get(inj.key)
        if v is None:
            raise ValueError(f"{t.table_id}: injection into a blank cell {inj.label}/{inj.key}")
        r.printed[inj.key] = v + inj.delta
    add_percent(t, rows)
    return rows


def strip_number(label: str) -> str:
    import re

    return re.sub(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|\(\d+\))", "", label)


def add_percent(t: FiscalTable, rows: List[PrintedRow]) -> None:
    """A percent column: each row's share of the grand total, rounded on its own (never summed)."""
    pct = [c.key for c in t.leaves if c.role == "percent"]
    if not pct or not t.percent_of:
        return
    base = grand_total(t).get(t.percent_of)
    for r in rows:
        for k in pct:
            v = r.values.get(t.percent_of)
            share = None if v is None or not base else q(v * 100 / base, 2)
            r.values[k] = share
            r.printed[k] = share


def code_cells(t: FiscalTable, code: str, prev_code: Optional[str]) -> Tuple[str, ...]:
    if t.code_style in ("none", "inline"):
        return ()
    if t.code_style == "single":
        return (code,)
    n = t.split_columns
    if not code:
        return ("",) * n
    cells = split_code(code)
    if t.blank_parent_codes and prev_code:
        # a child prints only the part below its parent's code (blank parent cells)
        cells = tuple(c if i == (len(code) - 3) // 2 else "" for i, c in enumerate(cells))
    return cells[:n]
