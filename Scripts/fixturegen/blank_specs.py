"""Notices whose tables are ordered by labels only (no codes, numbering or indentation, no
rules) and print a county's row with its name and every amount cell blank (Fixtures/blank-rows/).
Nothing sums under such a row and nothing belongs to it: it is an item printed blank, and the
counties after it stay under their prefecture's 小计 (or the 合计).

Amounts are invented (``invented_amount``); counties are Shaanxi's GB/T 2260 names. Every printed
sum reconciles, the blank row counting nothing.
"""

from __future__ import annotations

from typing import Dict, List

from .model import Column, Group, Item, Notice, RenderOptions, RowLayout, Table, build_rows, flat_rows
from .specs import SHAANXI, _short_body, invented_amount

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


def blank_rows_label_placed() -> Notice:
    """Two label-ordered tables: XX市小计 before its counties, one county blank in the middle of
    延安市's; then a flat list under 合计, one county blank in the middle."""
    t1 = Table("附件1", f"2024年{FUND}分配表", "单位：万元", COLUMNS,
               build_rows(groups({"延安市": 6, "榆林市": 5}, blank="延川县"), ["central"], RowLayout()))
    flat = [Item(n, {"central": None if n == "西乡县" else invented_amount(n, 8)})
            for city, names in SHAANXI if city == "汉中市" for n in names[:8]]
    t2 = Table("附件2", f"2024年省级财政衔接推进乡村振兴补助资金分配表", "单位：万元", COLUMNS,
               flat_rows(flat, ["central"], "合计"))
    return Notice(
        name="blank-rows-label-placed",
        issuer_mark="陕西省财政厅文件",
        doc_number="陕财农〔2024〕41号",
        title_lines=["陕西省财政厅关于下达中央财政衔接推进", "乡村振兴补助资金的通知"],
        addressee="各设区市财政局，有关县（市、区）财政局：",
        body=_short_body(FUND),
        attachments=[t1.title, t2.title],
        signature="陕西省财政厅",
        date="2024年7月9日",
        publish_note="（此件主动公开）",
        tables=[t1, t2],
        options=RenderOptions(furniture="full", padding="ascii"),
        families=["label-ordered tables (no codes, numbering, indentation or rules) with a county "
                  "printed with its name only: 延川县 among 延安市小计's counties (subtotals "
                  "first), 西乡县 among the counties under 合计 (no subtotals)"],
        description="Synthetic Shaanxi notice with invented amounts; every printed sum reconciles.",
        folder="blank-rows",
    )


BLANK_FIXTURES = {"blank-rows-label-placed": blank_rows_label_placed}
