"""Notices whose tables follow each other with titles that differ in one part (another batch,
year, fund or attachment label), the first without a total row: each must stay a table of its
own (Fixtures/joins/). Tables that do continue across a page, their title printed again as it
was or reworded (…（续）), must still be read as one table.

Amounts are invented (``invented_amount``); counties are Shaanxi's GB/T 2260 names. Tables
without a total row have nothing to reconcile; tables with one reconcile exactly, so a wrong
join (one table's rows under the other's total) shows as a total mismatch.
"""

from __future__ import annotations

from typing import List, Optional, Sequence

from .model import Column, Item, Notice, RenderOptions, Row, Table, flat_rows
from .specs import SHAANXI, invented_amount, shaanxi_finance_notice

FUND = "中央财政衔接推进乡村振兴补助资金"
COLUMNS = [
    Column("name", "县（市、区）", "name", 150.0),
    Column("central", "下达资金", "amount", 110.0),
    Column("remark", "备注", "remark", 130.0),
]


def counties(cities: Sequence[str], salt: int) -> List[Item]:
    return [Item(n, {"central": invented_amount(n, salt)})
            for city, names in SHAANXI if city in cities for n in names]


def items_only(items: Sequence[Item]) -> List[Row]:
    """Item rows without any total: the table's sum is printed nowhere."""
    return [r for r in flat_rows(items, ["central"], "合计") if r.level == "item"]


def with_total(items: Sequence[Item]) -> List[Row]:
    return flat_rows(items, ["central"], "合计", totals="after")


def table(label: str, title: str, rows: List[Row], *, same_page: bool = False,
          forced_breaks=(), continued_title: Optional[str] = None) -> Table:
    return Table(label, title, "单位：万元", COLUMNS, rows, same_page=same_page,
                 forced_breaks=forced_breaks, continued_title=continued_title)


def notice(name: str, doc_number: str, tables: List[Table], options: RenderOptions,
           families: List[str]) -> Notice:
    return shaanxi_finance_notice(
        name, doc_number, "2024年6月3日", tables, options, families,
        "Synthetic Shaanxi notice with invented amounts; every printed total reconciles.", folder="joins")


def joins_batch_same_page() -> Notice:
    """Two tables on one page, unruled: 第一批 without a total, then 第二批 (no label of its own)
    under the same header."""
    first = table("附件", f"2024年{FUND}第一批分配表", items_only(counties(["延安市"], 0)[:6]))
    second = table("", f"2024年{FUND}第二批分配表", with_total(counties(["榆林市"], 0)[:6]),
                   same_page=True)
    return notice("joins-batch-same-page", "陕财农〔2024〕31号", [first, second],
                  RenderOptions(furniture="full", padding="ascii"),
                  ["two tables back to back on one page, the same header, no label between",
                   "the first (第一批) without a total row; the second (第二批) with 合计 last"])


def joins_year_fund_page_break() -> Notice:
    """Unruled, three tables each starting on a new page under the same header, the first two
    without a total: 2024年 → 2025年 (another year) → 省级财政 (another fund). The first and
    second run over a page break with their title printed again: as it was, and reworded."""
    t1 = table("附件", f"2024年{FUND}分配表", items_only(counties(["延安市", "榆林市"], 1)[:24]),
               forced_breaks=(16,))
    t2_title = f"2025年{FUND}分配表"
    t2 = table("", t2_title, items_only(counties(["汉中市", "安康市"], 2)[:20]), forced_breaks=(13,),
               continued_title=t2_title + "（续）")
    t3 = table("", "2025年省级财政衔接推进乡村振兴补助资金分配表",
               with_total(counties(["商洛市"], 3)))
    return notice("joins-year-fund-page-break", "陕财农〔2024〕32号", [t1, t2, t3],
                  RenderOptions(furniture="full", padding="ascii"),
                  ["tables starting on a new page under the same header, titles differing in "
                   "the year (2024年/2025年) and the fund (中央财政/省级财政), the first two "
                   "without a total row", "a table continued with its title printed again as "
                   "it was (t1) and reworded …（续） (t2): one table each"])


def joins_attachments_ruled() -> Notice:
    """Ruled: 附件1 and 附件2 with the same title, then a table of another fund; only the last
    has a total row. 附件1 runs over a page break with title, unit and header printed again."""
    title = f"2024年{FUND}分配表"
    t1 = table("附件1", title, items_only(counties(["延安市", "榆林市"], 4)[:24]), forced_breaks=(16,))
    t2 = table("附件2", title, items_only(counties(["汉中市"], 5)))
    t3 = table("", "2024年省级财政衔接推进乡村振兴补助资金分配表", with_total(counties(["商洛市"], 6)))
    return notice("joins-attachments-ruled", "陕财农〔2024〕33号", [t1, t2, t3],
                  RenderOptions(furniture="full", padding="ascii", ruled=True),
                  ["ruled tables, each on a new page: 附件1 and 附件2 under the same title and "
                   "header, neither with a total row, then another fund's table with 合计",
                   "附件1 continued over a page break with its furniture printed again: one table"])


def joins_chinese_year() -> Notice:
    """Unruled, each table on a new page under the same header, the first without a total: 2024年
    continued over a page break under its title printed again with the year in Chinese numerals
    (二○二四年, zero printed as ○, as often: the same year, one table), then 二○二五年 (a year that
    differs only in Chinese numerals: another table) with 合计. (The fixtures' Song font has no 〇.)"""
    t1 = table("附件", f"2024年{FUND}分配表", items_only(counties(["延安市", "榆林市"], 7)[:24]),
               forced_breaks=(16,), continued_title=f"二○二四年{FUND}分配表")
    t2 = table("", f"二○二五年{FUND}分配表", with_total(counties(["汉中市"], 8)))
    return notice("joins-chinese-year", "陕财农〔2024〕34号", [t1, t2],
                  RenderOptions(furniture="full", padding="ascii"),
                  ["a table continued over a page break under its title printed again with the "
                   "year in Chinese numerals (2024年 / 二○二四年): one table",
                   "the next table's year differs only in Chinese numerals (二○二五年), the first "
                   "without a total row: two tables"])


JOIN_FIXTURES = {
    "joins-batch-same-page": joins_batch_same_page,
    "joins-year-fund-page-break": joins_year_fund_page_break,
    "joins-attachments-ruled": joins_attachments_ruled,
    "joins-chinese-year": joins_chinese_year,
}
