"""Every relation a fiscal table asserts, evaluated with Decimal on the printed values.

Used for the generated fixtures (expected findings, relation counts) and for the hand-typed truth
files of the real documents (Scripts/fiscalgen/check_truth.py), so both are judged by one rule:

* ``vertical``: a row with children (a 类 over its 款, a 合计 over its top-level rows, a numbered
  heading over its sub-items) equals the sum of its children, column by column;
* ``horizontal``: on every row, a sum column equals its parts (合计 = 基本支出 + 项目支出);
* ``two_sided``: the 总计 of the left half of a 收支总表 equals the 总计 of the right half.

其中 rows are a breakdown of the row above and never an addend. A blank cell has no value; a
relation whose stated cell and parts are all blank is not evaluated. A failing relation whose true
(unrounded) values hold is a ``rounding`` note, not an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Dict, List, Optional, Sequence, Tuple

Value = Optional[Decimal]

# The relation names of the truth and findings files, in one place.
VERTICAL = "vertical"
HORIZONTAL = "horizontal"
TWO_SIDED = "two_sided"


@dataclass(frozen=True)
class Relation:
    table_id: str
    relation: str  # vertical | horizontal | two_sided
    row_no: int  # the row whose printed cell is the stated value
    label: str
    column: str  # column path of the stated cell
    stated: Value
    computed: Decimal
    parts: Tuple[Tuple[int, str], ...]  # (row_no, column) of each addend

    @property
    def holds(self) -> bool:
        return self.stated == self.computed

    @property
    def difference(self) -> Decimal:
        return (self.stated or Decimal(0)) - self.computed


@dataclass
class RowView:
    """What a relation needs of a row: identity, children and printed values."""

    row_no: int
    label: str
    children: Sequence[int]
    values: Dict[str, Value]  # column path -> printed value


def total(values: Sequence[Value]) -> Optional[Decimal]:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def evaluate(table_id: str, rows: Sequence[RowView], columns: Sequence[str],
             identities: Sequence[Tuple[str, Sequence[str]]]) -> List[Relation]:
    by_no = {r.row_no: r for r in rows}
    out: List[Relation] = []
    for r in rows:
        if r.children:
            for col in columns:
                stated = r.values.get(col)
                computed = total([by_no[c].values.get(col) for c in r.children])
                if stated is None and computed is None:
                    continue
                out.append(Relation(table_id, VERTICAL, r.row_no, r.label, col, stated,
                                    computed or Decimal(0),
                                    tuple((c, col) for c in r.children)))
        for whole, parts in identities:
            stated = r.values.get(whole)
            computed = total([r.values.get(p) for p in parts])
            if stated is None and computed is None:
                continue
            out.append(Relation(table_id, HORIZONTAL, r.row_no, r.label, whole, stated,
                                computed or Decimal(0), tuple((r.row_no, p) for p in parts)))
    return out


def two_sided(table_id: str, left: RowView, left_col: str, right: RowView,
              right_col: str) -> Relation:
    return Relation(table_id, TWO_SIDED, right.row_no, right.label, right_col,
                    right.values.get(right_col), left.values.get(left_col) or Decimal(0),
                    ((left.row_no, left_col),))


def failing(relations: Sequence[Relation]) -> List[Relation]:
    return [r for r in relations if not r.holds]


def classify(printed: Sequence[Relation], true: Sequence[Relation],
             injected: Callable[[Relation], bool]) -> List[Tuple[Relation, str]]:
    """Failing printed relations with a severity: ``error`` when a misprint is involved, ``note``
    (rounding) when the true values hold and only separately rounded figures disagree."""
    truth = {(r.relation, r.row_no, r.column): r for r in true}
    out = []
    for r in failing(printed):
        t = truth.get((r.relation, r.row_no, r.column))
        severity = "error" if injected(r) or t is None or not t.holds else "note"
        out.append((r, severity))
    return out
