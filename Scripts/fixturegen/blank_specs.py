"""Notices whose tables are ordered by labels only (no codes, numbering or indentation, no
rules) and print a county's row with its name and every amount cell blank (Fixtures/blank-rows/).
Nothing sums under such a row and nothing belongs to it: it is an item printed blank, and the
counties after it stay under their prefecture's 小计 (or the 合计).

Amounts are invented (``invented_amount``); counties are Shaanxi's GB/T 2260 names. Every printed
sum reconciles, the blank row counting nothing.
"""

from __future__ import annotations

from typing import Dict, List

from .model import Column, Group, Item, Notice, RenderOptions, Row, RowLayout, Table, build_rows, flat_rows
from .specs import SHAANXI, invented_amount, shaanxi_finance_notice

FUND = "中央财政衔接推进乡村振兴补助资金"
COLUMNS = [
    Column("name", "县（市、区）", "name", 150.0),
    Column("central", "下达资金", "amount", 110.0),
    Column("remark", "备注", "remark", 130.0),
]


def groups(cities: Dict[str, int], blank: str) -> List[Group]:
    """The first ``cities[city]`` counties of each city; ``blank`` printed without an amount."""
    return [Group(city, tuple(Item(n, {"central": None if n == blank else invented_amount(n, 7)})
                              for n in names[:cities[city]]))
            for city, names in SHAANXI if city in cities]


def notice(name: str, doc_number: str, date: str, tables: List[Table], families: List[str],
           description: str) -> Notice:
    return shaanxi_finance_notice(name, doc_number, date, tables, RenderOptions(furniture="full", padding="ascii"),
                                  families, description, folder="blank-rows")


def blank_rows_label_placed() -> Notice:
    """Two label-ordered tables: XX市小计 before its counties, one county blank in the middle of
    延安市's; then a flat list under 合计, one county blank in the middle."""
    t1 = Table("附件1", f"2024年{FUND}分配表", "单位：万元", COLUMNS,
               build_rows(groups({"延安市": 6, "榆林市": 5}, blank="延川县"), ["central"], RowLayout()))
    flat = [Item(n, {"central": None if n == "西乡县" else invented_amount(n, 8)})
            for city, names in SHAANXI if city == "汉中市" for n in names[:8]]
    t2 = Table("附件2", f"2024年省级财政衔接推进乡村振兴补助资金分配表", "单位：万元", COLUMNS,
               flat_rows(flat, ["central"], "合计"))
    return notice("blank-rows-label-placed", "陕财农〔2024〕41号", "2024年7月9日", [t1, t2],
                  ["label-ordered tables (no codes, numbering, indentation or rules) with a county "
                   "printed with its name only: 延川县 among 延安市小计's counties (subtotals "
                   "first), 西乡县 among the counties under 合计 (no subtotals)"],
                  "Synthetic Shaanxi notice with invented amounts; every printed sum reconciles.")


def headed_rows(cities: Dict[str, int], blank: str) -> List[Row]:
    """合计 first, then each prefecture's name on a row of its own (a heading, no subtotal) over
    its first ``cities[city]`` counties; ``blank`` printed with its name only."""
    rows: List[Row] = []
    for index, group in enumerate(groups(cities, blank)):
        rows.append(Row("group", group.name, {}, "", None, index))
        rows += [Row("item", item.name, dict(item.values), "", None, index) for item in group.items]
    total = [v for r in rows for v in [r.values.get("central")] if v is not None]
    return [Row("total", "合计", {"central": sum(total[1:], total[0])})] + rows


def blank_rows_under_headings() -> Notice:
    """A label-ordered table whose prefectures are headings without subtotals, under 合计:
    延川县 printed blank between two of 延安市's counties. Structure alone would make it a heading
    over the counties after it; the division catalogue says it is one of 延安市's counties, like
    the rows around it: an item printed blank."""
    t1 = Table("附件", f"2024年{FUND}分配表", "单位：万元", COLUMNS,
               headed_rows({"延安市": 6, "榆林市": 5}, blank="延川县"))
    return notice("blank-rows-under-headings", "陕财农〔2024〕42号", "2024年7月10日", [t1],
                  ["a label-ordered table with prefecture headings and no subtotals, a county "
                   "printed with its name only between two counties of its heading's prefecture "
                   "(延川县 under 延安市)"],
                  "Synthetic Shaanxi notice with invented amounts; the total reconciles.")


BLANK_FIXTURES = {"blank-rows-label-placed": blank_rows_label_placed,
                  "blank-rows-under-headings": blank_rows_under_headings}
