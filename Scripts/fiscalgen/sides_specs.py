"""Fiscal fixtures for two lists printed side by side: the 基本支出决算表 of final-account
disclosures, its 人员经费 classes (301, 303) on the left and its 公用经费 classes (302, 310) on the
right. Both halves print the same header (经济分类科目编码 | 科目名称 | 决算数), each half its own
code column in front of its names, its own 3/5-digit economic codes (301 → 30101) and its own
合计 on the last line (人员经费合计 | 公用经费合计). The halves do not balance: they are parts of a
基本支出 printed in another table, so the only sums are each half's own. The shorter half's cells
are blank where the longer one goes on.

Registered by Scripts/make_fiscal_fixtures.py (``SIDES_FIXTURES``).
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from .model import FiscalTable, Injection, Leaf, Node
from .specs import Fixture, money

# 部门支出经济分类科目 (economic classification), 类 and 款.
PERSONNEL = [
    ("301", "工资福利支出", [
        ("30101", "基本工资"), ("30102", "津贴补贴"), ("30103", "奖金"), ("30106", "伙食补助费"),
        ("30107", "绩效工资"), ("30108", "机关事业单位基本养老保险缴费"), ("30109", "职业年金缴费"),
        ("30110", "职工基本医疗保险缴费"), ("30112", "其他社会保障缴费"), ("30113", "住房公积金"),
        ("30199", "其他工资福利支出")]),
    ("303", "对个人和家庭的补助", [
        ("30301", "离休费"), ("30302", "退休费"), ("30305", "生活补助"), ("30309", "奖励金"),
        ("30399", "其他对个人和家庭的补助")]),
]
PUBLIC = [
    ("302", "商品和服务支出", [
        ("30201", "办公费"), ("30202", "印刷费"), ("30205", "水费"), ("30206", "电费"),
        ("30207", "邮电费"), ("30209", "物业管理费"), ("30211", "差旅费"), ("30213", "维修（护）费"),
        ("30216", "培训费"), ("30217", "公务接待费"), ("30226", "劳务费"), ("30227", "委托业务费"),
        ("30228", "工会经费"), ("30229", "福利费"), ("30231", "公务用车运行维护费"),
        ("30239", "其他交通费用"), ("30299", "其他商品和服务支出")]),
    ("310", "资本性支出", [
        ("31002", "办公设备购置"), ("31003", "专用设备购置"), ("31007", "信息网络及软件购置更新"),
        ("31099", "其他资本性支出")]),
]

AMOUNT = [Leaf("amount", ("决算数",), width=64.0)]


def classes(rng: random.Random, unit: str, spec: Sequence[Tuple[str, str, Sequence[Tuple[str, str]]]],
            lo: int, hi: int, absent: float) -> List[Node]:
    """类 → 款 nodes; about ``absent`` of the 款 spend nothing (printed blank or 0.00)."""
    roots = []
    for code, name, kuans in spec:
        lei = Node(name, code)
        for kcode, kname in kuans:
            value: Optional[Decimal] = None if rng.random() < absent else money(rng, unit, lo, hi)
            lei.children.append(Node(kname, kcode, values={"amount": value}))
        if all(k.values["amount"] is None for k in lei.children):
            lei.children[0].values["amount"] = money(rng, unit, lo, hi)
        roots.append(lei)
    return roots


def first_spent(roots: Sequence[Node], code: str) -> str:
    """The label of the first 款 of class ``code`` that has an amount (where a misprint can go)."""
    lei = next(n for n in roots if n.code == code)
    return next(k.label for k in lei.children if k.values["amount"] is not None)


def halves(rng: random.Random, unit: str, *, lo: int, hi: int, absent: float, **style) \
        -> Tuple[FiscalTable, FiscalTable]:
    """The 人员经费 and 公用经费 halves, printed alike (``style``: code columns, zeros, grouping)."""
    common = dict(code_header=("经济分类科目编码",), label_header=("科目名称",), side_header=False)
    common.update(style)
    left = FiscalTable("t1", "", unit, AMOUNT, classes(rng, unit, PERSONNEL, lo, hi, absent),
                       total_label="人员经费合计", side="人员经费", **common)
    right = FiscalTable("t1", "", unit, AMOUNT, classes(rng, unit, PUBLIC, lo, hi, absent),
                        total_label="公用经费合计", side="公用经费", **common)
    return left, right


def economic_single_code() -> Fixture:
    left, right = halves(random.Random(1321), "万元", lo=0, hi=600_000, absent=0.3, code_style="single",
                         grouped=False, zero_style="zero", label_width=112.0)
    office = first_spent(right.roots, "302")
    right.injections = [Injection(office, "amount", Decimal("3.00"))]
    return Fixture("fiscal-sides-economic", [
        "two lists side by side (基本支出决算表): 人员经费 | 公用经费 halves under one header, printed twice",
        "one 经济分类科目编码 column per half, 3/5-digit economic codes (301 → 30101)",
        "each half closed by its own 合计 on the last line (人员经费合计 | 公用经费合计); no identity "
        "between the halves", "the shorter half blank where the longer goes on",
        "narrow name column (long names wrap)", "万元 without grouping, absent amounts printed 0.00",
        "ruled grid", "HTML twin",
        f"injected: {office} in the 公用经费 half (its 302's sum fails); the 人员经费 half holds"],
        [], two_sided=(left, right, "2024年度一般公共预算财政拨款基本支出决算表"), html=True,
        balanced=False)


def economic_split_codes() -> Fixture:
    left, right = halves(random.Random(1322), "万元", lo=1, hi=300_000, absent=0.35, code_style="split",
                         split_columns=2, code_header=("经济分类", "科目编码"), zero_style="blank",
                         label_width=150.0)
    wages = first_spent(left.roots, "301")
    left.injections = [Injection(wages, "amount", Decimal("-10.00"))]
    return Fixture("fiscal-sides-economic-split", [
        "two lists side by side (基本支出决算表): 人员经费 | 公用经费 halves under one header, printed twice",
        "economic codes split over 类 | 款 columns in each half (301 | 01) under 经济分类 › 科目编码",
        "each half closed by its own 合计 on the last line; no identity between the halves",
        "blank cells (not 0.00)", "万元 with grouping", "unruled (text geometry only)", "HTML twin",
        f"injected: {wages} in the 人员经费 half (its 301's sum fails); the 公用经费 half holds"],
        [], two_sided=(left, right, "2024年度一般公共预算财政拨款基本支出决算表"), ruling="none",
        html=True, balanced=False)


SIDES_FIXTURES: Dict[str, Callable[[], Fixture]] = {
    f().name: f for f in (economic_single_code, economic_split_codes)}
