"""Notice specs: plain data (issuer, numbers, body, tables) plus render options.

All money is ``decimal.Decimal``; totals are computed here, never with floats.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Dict, List, Optional, Sequence, Tuple, Union

# A cell value: a number, None (empty cell) or a dash string printed as-is ("—" or "-").
Cell = Union[Decimal, None, str]
DASHES = ("—", "-")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str  # "name" | "amount" | "remark" | "index" (序号: items numbered 1, 2, …; kept out of the dataset)
    width: float  # points
    group: Optional[str] = None  # parent header spanning consecutive columns ("其中")


@dataclass
class Row:
    level: str  # "total" | "subtotal" | "item" | "group" (heading row without amounts)
    name: str  # canonical name (what the expected CSV lists)
    values: Dict[str, Cell] = field(default_factory=dict)
    remark: str = ""
    text: Optional[str] = None  # text drawn instead of ``name`` (e.g. radical code points)
    group: int = -1  # index of the group (city) the row belongs to, -1 for totals


@dataclass(frozen=True)
class Item:
    name: str
    values: Dict[str, Cell]
    remark: str = ""
    text: Optional[str] = None


@dataclass(frozen=True)
class Group:
    name: str  # city name, e.g. "太原市"
    items: Tuple[Item, ...]
    text: Optional[str] = None  # drawn text of the city name, if it differs


@dataclass(frozen=True)
class RowLayout:
    """How grouped data is turned into printed rows."""

    totals: str = "before"  # "before": total first, subtotal before its items; "after"
    total_label: str = "全省合计"
    subtotal_label: str = "{city}小计"  # "{city}合计", "小计" (then a heading row is printed)
    crossfoot: Optional[Tuple[str, Tuple[str, ...]]] = None  # (sum column, part columns)


@dataclass
class Table:
    label: str  # "附件", "附件1"
    title: str
    unit: str
    columns: List[Column]
    rows: List[Row]
    crossfoot: Optional[Tuple[str, Tuple[str, ...]]] = None
    forced_breaks: Tuple[int, ...] = ()  # 1-based row numbers that must start a new page
    style: Dict[str, object] = field(default_factory=dict)  # per-table RenderOptions overrides
    # per table page (1 = the table's first page): the leaf header texts printed there instead of
    # the columns' own, or None for a page that starts directly with rows (no title, unit, header)
    page_headers: Dict[int, Optional[Tuple[str, ...]]] = field(default_factory=dict)
    # start under the previous table on its last page (when the label, title, header and first
    # row fit there) instead of on a new page
    same_page: bool = False
    # the title printed on continuation pages (furniture="full"), when reworded (…（续）)
    continued_title: Optional[str] = None
    # footnote lines (注：…) printed under the last row, left-aligned with the table
    notes: List[str] = field(default_factory=list)

    @property
    def amount_keys(self) -> List[str]:
        return [c.key for c in self.columns if c.kind == "amount"]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


@dataclass(frozen=True)
class RenderOptions:
    # page furniture on continuation pages of a table: "full" (title + unit + column header),
    # "header" (column header only), "none" (nothing: rows start at the top of the page)
    furniture: str = "full"
    page_number: str = "emdash"  # "emdash": "— 3 —"; "hyphen": "-3-"
    padding: str = "ascii"  # two-character names: "ascii" "盂  县", "ideographic" "盂　　县",
    # "distributed" (glyphs spread over the name cell, no space characters), "none"
    ruled: bool = False
    number_format: str = "plain"  # "plain" 1234.56, "grouped" 1,234.56, "fullwidth" １２３４
    negative_format: str = "minus"  # "minus" -120, "paren" (120), "fullparen" （120）
    # table pages: "portrait"; "wide" (a landscape MediaBox); "rotated" (a portrait MediaBox
    # with /Rotate 90, the content drawn turned so that it reads upright, as scanners and Word do)
    table_orientation: str = "portrait"
    name_align: str = "left"  # "left" | "center" (ignored for "distributed")
    # body typography
    body_font: str = "Song"  # "Hei" (WenQuanYi Micro Hei) gives ~30% smaller files
    body_size: float = 12.0
    body_leading: float = 20.5
    body_top: float = 80.0  # first baseline of a continuation body page, below the top edge
    body_bottom: float = 72.0  # lowest body baseline above the bottom edge
    title_size_body: float = 18.0  # the notice title on page 1
    masthead_drop: float = 110.0  # baseline of the red issuer mark below the top edge
    masthead_size: float = 36.0
    # table typography
    cell_size: float = 11.0
    row_height: float = 18.0
    cell_leading: float = 13.5  # line pitch inside a wrapped cell
    header_size: float = 11.0
    title_size: float = 16.0
    seal: bool = True
    # 版记: first baseline under the last table row, in 26-pt pitches; when it does not fit there,
    # put it alone on a new page (True) or fail (False)
    colophon_gap: float = 1.0
    colophon_overflow: bool = False
    attachment_only: bool = False  # no body pages: the attachment file a portal page links to


@dataclass
class Paragraph:
    text: str
    kind: str = "p"  # "p" body paragraph (2-em indent), "h" heading (黑体, 2-em indent)


@dataclass
class Notice:
    name: str  # fixture file stem
    issuer_mark: str  # 山西省乡村振兴局文件
    doc_number: str
    title_lines: List[str]
    addressee: str
    body: List[Paragraph]
    attachments: List[str]  # titles listed after 附件：
    signature: str
    date: str
    publish_note: str
    tables: List[Table]
    options: RenderOptions = field(default_factory=RenderOptions)
    families: List[str] = field(default_factory=list)  # documentation only
    # "short": row,page,level,name,amount,remark (single amount column, as the hand-typed
    # jxzf-2022-125.csv); "long": table,row,page,level,name,column,amount,remark
    expected_schema: str = "long"
    description: str = ""
    # 版记 printed right under the last table on its last page (抄送, 印发 …), one string a line;
    # a line holding a tab is printed with the part after the tab flush right (the print date)
    colophon: List[str] = field(default_factory=list)
    # where the PDF goes under Fixtures/ ("notices"; a batch folder such as "batches/two-pdfs",
    # whose files are read together); outside notices/ the expected CSV goes next to the PDF
    folder: str = "notices"

    @property
    def title(self) -> str:
        return "".join(self.title_lines)


# ----------------------------------------------------------------------------------------------
# building rows from grouped data


def _sum(values: Sequence[Cell]) -> Cell:
    nums = [v for v in values if isinstance(v, Decimal)]
    if not nums:
        return None
    total = Decimal(0)
    for v in nums:
        total += v
    return total


def build_rows(
    groups: Sequence[Group],
    keys: Sequence[str],
    layout: RowLayout,
    *,
    misprints: Optional[Dict[Tuple[str, str], Decimal]] = None,
    source_errors: Optional[Dict[Tuple[str, str], Decimal]] = None,
    subtotal_remarks: Optional[Dict[str, str]] = None,
) -> List[Row]:
    """Turn grouped items into printed rows with computed subtotals and the grand total.

    ``source_errors`` change an item's value *before* sums are computed (a wrong number typed
    into the source sheet whose sums were formula-driven); ``misprints`` change a printed value
    *after* all sums were computed (the printed number disagrees with everything else).  Both
    are keyed by (canonical row name, column key).  Cross-foot columns are computed from their
    parts unless the item gives them explicitly.
    """
    misprints = dict(misprints or {})
    source_errors = dict(source_errors or {})
    subtotal_remarks = subtotal_remarks or {}
    cf = layout.crossfoot

    def complete(values: Dict[str, Cell]) -> Dict[str, Cell]:
        v = dict(values)
        if cf and cf[0] not in v:
            v[cf[0]] = _sum([v.get(k) for k in cf[1]])
        return v

    group_rows: List[Tuple[Row, List[Row], Optional[Row]]] = []
    all_items: List[Row] = []
    for gi, g in enumerate(groups):
        items = []
        for it in g.items:
            vals = complete(it.values)
            for (name, key), val in list(source_errors.items()):
                if name == it.name:
                    vals[key] = val
                    del source_errors[(name, key)]
            items.append(Row("item", it.name, vals, it.remark, it.text, gi))
        all_items.extend(items)
        sub_vals = {k: _sum([r.values.get(k) for r in items]) for k in keys}
        label = layout.subtotal_label.format(city=g.name)
        text = layout.subtotal_label.format(city=g.text) if g.text else None
        sub = Row("subtotal", label, sub_vals, subtotal_remarks.get(g.name, ""), text, gi)
        heading = None
        if "{city}" not in layout.subtotal_label:
            heading = Row("group", g.name, {}, "", g.text, gi)
        group_rows.append((sub, items, heading))
    if source_errors:
        raise ValueError(f"source errors for unknown rows: {source_errors}")
    total = Row("total", layout.total_label,
                {k: _sum([r.values.get(k) for r in all_items]) for k in keys}, "", None, -1)

    rows: List[Row] = []
    if layout.totals == "before":
        rows.append(total)
        for sub, items, heading in group_rows:
            if heading:
                rows.append(heading)
            rows.append(sub)
            rows.extend(items)
    elif layout.totals == "after":
        for sub, items, heading in group_rows:
            if heading:
                rows.append(heading)
            rows.extend(items)
            rows.append(sub)
        rows.append(total)
    else:
        raise ValueError(layout.totals)

    for r in rows:
        for key in keys:
            if (r.name, key) in misprints:
                r.values[key] = misprints.pop((r.name, key))
    if misprints:
        raise ValueError(f"misprints for unknown rows: {misprints}")
    return rows


def flat_rows(items: Sequence[Item], keys: Sequence[str], total_label: str, *,
              totals: str = "before",
              crossfoot: Optional[Tuple[str, Tuple[str, ...]]] = None) -> List[Row]:
    """A table without subtotals: items and one total row."""
    rows = []
    for it in items:
        v = dict(it.values)
        if crossfoot and crossfoot[0] not in v:
            v[crossfoot[0]] = _sum([v.get(k) for k in crossfoot[1]])
        rows.append(Row("item", it.name, v, it.remark, it.text, 0))
    total = Row("total", total_label, {k: _sum([r.values.get(k) for r in rows]) for k in keys})
    return [total] + rows if totals == "before" else rows + [total]


# ----------------------------------------------------------------------------------------------
# checks (what a correct consistency checker must report for the *printed* table)


@dataclass(frozen=True)
class Finding:
    table: int
    row: int
    name: str
    column: str
    check: str  # "subtotal" | "total" | "crossfoot"
    stated: Decimal
    computed: Decimal


def num(v: Cell) -> Decimal:
    return v if isinstance(v, Decimal) else Decimal(0)


def check_table(t: Table, table_no: int) -> List[Finding]:
    """subtotal: stated subtotal vs the sum of its group's item rows; total: stated total vs the
    sum of the cells it aggregates as printed: the subtotals plus items outside any subtotaled
    group (all items when there are no subtotals); crossfoot: stated sum column vs the sum of
    its part columns in the same row."""
    out: List[Finding] = []
    items = [r for r in t.rows if r.level == "item"]
    subtotals = [r for r in t.rows if r.level == "subtotal"]
    subtotaled = {r.group for r in subtotals}
    total_members = subtotals + [x for x in items if x.group not in subtotaled] if subtotals else items
    headers = {c.key: c.header for c in t.columns}
    for i, r in enumerate(t.rows, 1):
        if r.level in ("subtotal", "total"):
            members = total_members if r.level == "total" else [x for x in items if x.group == r.group]
            for k in t.amount_keys:
                stated = r.values.get(k)
                if not isinstance(stated, Decimal):
                    continue
                computed = sum((num(x.values.get(k)) for x in members), Decimal(0))
                if stated != computed:
                    out.append(Finding(table_no, i, r.name, headers[k], r.level, stated, computed))
        if t.crossfoot and r.level != "group":
            s, parts = t.crossfoot
            stated = r.values.get(s)
            if isinstance(stated, Decimal):
                computed = sum((num(r.values.get(k)) for k in parts), Decimal(0))
                if stated != computed:
                    out.append(Finding(table_no, i, r.name, headers[s], "crossfoot", stated,
                                       computed))
    return out


def with_options(n: Notice, **kw) -> Notice:
    return replace(n, options=replace(n.options, **kw))
