"""The fiscal fixture families: which structures each fixture combines.

Names and codes are from the public 政府收支分类科目 (functional 类/款/项 codes of 3/5/7 digits,
economic 类/款 codes of 3/5 digits). Amounts are drawn from a seeded random generator, so every
run gives the same tables; sums are computed in :mod:`fiscalgen.model`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from .model import FiscalTable, Injection, Leaf, Node

FUNCTIONAL = [
    ("201", "一般公共服务支出", [
        ("20101", "人大事务", [("2010101", "行政运行"), ("2010102", "一般行政管理事务"),
                           ("2010108", "代表工作")]),
        ("20106", "财政事务", [("2010601", "行政运行"), ("2010602", "一般行政管理事务"),
                           ("2010607", "信息化建设"), ("2010608", "财政委托业务支出")]),
        ("20113", "商贸事务", [("2011301", "行政运行"), ("2011350", "事业运行"),
                           ("2011399", "其他商贸事务支出")]),
    ]),
    ("204", "公共安全支出", [
        ("20406", "司法", [("2040601", "行政运行"), ("2040604", "基层司法业务"),
                         ("2040610", "社区矫正")]),
    ]),
    ("205", "教育支出", [
        ("20502", "普通教育", [("2050201", "学前教育"), ("2050202", "小学教育"),
                           ("2050203", "初中教育")]),
    ]),
    ("208", "社会保障和就业支出", [
        ("20805", "行政事业单位养老支出", [
            ("2080501", "行政单位离退休"), ("2080502", "事业单位离退休"),
            ("2080505", "机关事业单位基本养老保险缴费支出"),
            ("2080506", "机关事业单位职业年金缴费支出"),
            ("2080599", "其他行政事业单位养老支出")]),
        ("20808", "抚恤", [("2080801", "死亡抚恤")]),
    ]),
    ("210", "卫生健康支出", [
        ("21011", "行政事业单位医疗", [("2101101", "行政单位医疗"), ("2101102", "事业单位医疗")]),
    ]),
    ("212", "城乡社区支出", [
        ("21201", "城乡社区管理事务", [("2120101", "行政运行"), ("2120104", "城管执法")]),
        ("21202", "城乡社区规划与管理", [("2120201", "城乡社区规划与管理")]),
    ]),
    ("213", "农林水支出", [
        ("21305", "巩固脱贫攻坚成果衔接乡村振兴", [
            ("2130504", "农村基础设施建设"), ("2130505", "生产发展"),
            ("2130599", "其他巩固脱贫攻坚成果衔接乡村振兴支出")]),
    ]),
    ("221", "住房保障支出", [
        ("22102", "住房改革支出", [("2210201", "住房公积金"), ("2210203", "购房补贴")]),
    ]),
]

ECONOMIC = [
    ("301", "工资福利支出", [
        ("30101", "基本工资"), ("30102", "津贴补贴"), ("30103", "奖金"), ("30107", "绩效工资"),
        ("30108", "机关事业单位基本养老保险缴费"), ("30109", "职业年金缴费"),
        ("30110", "职工基本医疗保险缴费"), ("30112", "其他社会保障缴费"), ("30113", "住房公积金"),
        ("30199", "其他工资福利支出")]),
    ("302", "商品和服务支出", [
        ("30201", "办公费"), ("30202", "印刷费"), ("30205", "水费"), ("30206", "电费"),
        ("30207", "邮电费"), ("30211", "差旅费"), ("30213", "维修（护）费"), ("30216", "培训费"),
        ("30217", "公务接待费"), ("30228", "工会经费"), ("30229", "福利费"),
        ("30299", "其他商品和服务支出")]),
    ("303", "对个人和家庭的补助", [("30301", "离休费"), ("30302", "退休费"), ("30305", "生活补助")]),
    ("310", "资本性支出", [("31002", "办公设备购置"), ("31007", "信息网络及软件购置更新")]),
]

BASIC_PROJECT = [Leaf("total", ("一般公共预算支出", "合计")),
                 Leaf("basic", ("一般公共预算支出", "基本支出")),
                 Leaf("project", ("一般公共预算支出", "项目支出"))]
BASIC_PROJECT_ID = [("total", ("basic", "project"))]


@dataclass
class Fixture:
    name: str
    families: List[str]
    tables: List[FiscalTable]  # one-sided tables, each on its own page(s)
    two_sided: Optional[Tuple[FiscalTable, FiscalTable, str]] = None  # left, right, title
    balanced: bool = True  # two-sided: 收入总计 = 支出总计 (False: two lists side by side, 人员经费 | 公用经费)
    ruling: str = "grid"
    html: bool = False
    org: str = "编制部门：某市某区某局"
    note: str = ""
    # where each one-sided table prints `org` (render.Grid.org_place; "none": not at all); empty:
    # every table left of its unit
    org_places: Tuple[str, ...] = ()


def money(rng: random.Random, unit: str, lo: int, hi: int, decimals: int = 2) -> Decimal:
    """An amount in the table's unit: whole 元, or 万元 with ``decimals`` places."""
    if unit == "元":
        return Decimal(rng.randint(lo, hi))
    return Decimal(rng.randint(lo, hi)).scaleb(-decimals)


def functional_tree(rng: random.Random, unit: str, pick: Sequence[str], *, split: str = "mixed",
                    lo: int = 5_000, hi: int = 3_000_000, decimals: int = 2) -> List[Node]:
    """类 → 款 → 项 nodes for the chosen 类 codes; leaves get 基本/项目 amounts (or one blank)."""
    roots = []
    for code, name, kuans in FUNCTIONAL:
        if code not in pick:
            continue
        lei = Node(name, code)
        for kcode, kname, xiangs in kuans:
            kuan = Node(kname, kcode)
            for xcode, xname in xiangs:
                values: Dict[str, Optional[Decimal]] = {}
                mode = rng.choice(("basic", "project", "both")) if split == "mixed" else split
                values["basic"] = money(rng, unit, lo, hi, decimals) if mode in ("basic", "both") else None
                values["project"] = money(rng, unit, lo, hi, decimals) if mode in ("project", "both") else None
                kuan.children.append(Node(xname, xcode, values=values))
            lei.children.append(kuan)
        roots.append(lei)
    return roots


def economic_tree(rng: random.Random, unit: str, lo: int, hi: int) -> List[Node]:
    roots = []
    for code, name, kuans in ECONOMIC:
        personnel = code in ("301", "303")
        lei = Node(name, code)
        for kcode, kname in kuans:
            v = money(rng, unit, lo, hi)
            lei.children.append(Node(kname, kcode, values={
                "personnel": v if personnel else None, "public": None if personnel else v}))
        roots.append(lei)
    return roots


# ----------------------------------------------------------------------------------------------


def split_codes_yuan() -> Fixture:
    rng = random.Random(1301)
    t = FiscalTable("t1", "2025年部门一般公共预算支出功能分类预算表", "元", BASIC_PROJECT,
                    functional_tree(rng, "元", ["201", "204", "208", "210", "212", "221"]),
                    BASIC_PROJECT_ID, code_style="split")
    return Fixture("fiscal-split-codes-yuan", [
        "split 类|款|项 code columns, parents printed (201 | 06 |)",
        "all three classification depths", "two-level header 一般公共预算支出 › 合计|基本支出|项目支出",
        "元 with grouping and .00", "blank cells", "ruled grid", "continues over 2 pages, header repeated",
        "合计 last = sum of 类 rows", "HTML twin", "no mismatch"], [t], html=True)


def split_codes_blank_parents() -> Fixture:
    rng = random.Random(1302)
    t = FiscalTable("t1", "2024年度一般公共预算财政拨款支出决算表", "万元", BASIC_PROJECT,
                    functional_tree(rng, "万元", ["201", "205", "208", "213"], lo=50, hi=300_000),
                    BASIC_PROJECT_ID, code_style="split", blank_parent_codes=True,
                    total_position="first",
                    injections=[Injection("小学教育", "project", Decimal("10.00")),
                                Injection("合计", "total", Decimal("100.00"))])
    return Fixture("fiscal-split-codes-blank-parents", [
        "split 类|款|项 code columns with blank parent cells (a 项 row prints only 01)",
        "万元 with grouping", "合计 first", "horizontal rules only (header and bottom)",
        "HTML twin", "injected: a 项目支出 cell (breaks its row's 合计 = 基本 + 项目 and its 款 sum) "
        "and the 合计 of 合计 (breaks the total and its row's identity)"], [t], ruling="horizontal",
        html=True)


def single_code_wrapped() -> Fixture:
    rng = random.Random(1303)
    t = FiscalTable("t1", "一般公共预算财政拨款支出决算表", "万元", BASIC_PROJECT,
                    functional_tree(rng, "万元", ["208", "210", "212", "213", "221"], lo=0, hi=500_000),
                    BASIC_PROJECT_ID, code_style="single", code_header=("功能分类科目编码",),
                    label_header=("科目名称",), grouped=False, zero_style="zero", label_width=70.0)
    return Fixture("fiscal-single-code-wrapped", [
        "single code column 208 / 20805 / 2080501", "narrow name column: long names wrap onto 2-3 lines",
        "万元 without grouping", "absent amounts printed 0.00", "ruled grid", "no mismatch"], [t])


def economic_codes() -> Fixture:
    rng = random.Random(1304)
    leaves = [Leaf("total", ("一般公共预算基本支出", "合计")),
              Leaf("personnel", ("一般公共预算基本支出", "人员经费")),
              Leaf("public", ("一般公共预算基本支出", "公用经费"))]
    t = FiscalTable("t1", "2025年部门一般公共预算基本支出部门预算经济分类预算表", "元", leaves,
                    economic_tree(rng, "元", 1_000, 2_000_000), [("total", ("personnel", "public"))],
                    code_style="single", code_header=("经济分类科目编码",),
                    label_header=("经济分类科目名称",), decimals=2,
                    injections=[Injection("合计", "total", Decimal("1000"))])
    return Fixture("fiscal-economic-codes", [
        "economic codes 301 → 30101 in one column", "合计 | 人员经费 | 公用经费 (blank where not used)",
        "元 with .00", "ruled grid", "injected: the 合计 row's 合计 (total and its identity fail)"], [t])


def two_sided_tables(unit: str, rng: random.Random, inject: bool,
                     expenses: Optional[List[Node]] = None) -> Tuple[FiscalTable, FiscalTable]:
    """收入 | 支出 halves that balance; the 支出 rows drawn, or ``expenses`` (the 类 totals of another
    table of the document, which a 收支总表 repeats)."""
    if expenses is None:
        expenses = []
        for code, name, _ in FUNCTIONAL[:6]:
            expenses.append(Node(name, values={"amount": money(rng, unit, 100_000, 90_000_000)}))
    spend = sum((n.values["amount"] for n in expenses), Decimal(0))
    cut = money(rng, unit, 10_000, 900_000)
    if cut >= spend:  # a small table: 事业收入 a third of it
        cut = (spend / 3).quantize(Decimal(1) if unit == "元" else Decimal("0.01"))
    grant_general = spend - cut
    rest = spend - grant_general
    income = [
        Node("财政拨款收入", children=[
            Node("一般公共预算资金", values={"amount": grant_general}),
            Node("政府性基金", values={"amount": None}),
            Node("国有资本经营预算", values={"amount": None})]),
        Node("事业收入", values={"amount": rest}),
        Node("事业单位经营收入", values={"amount": None}),
        Node("其他收入", values={"amount": None}),
    ]
    left = FiscalTable("t1", "", unit, [Leaf("amount", ("预算数",), width=90.0)], income,
                       label_style="numbered", total_label="收入总计", side="本年收入",
                       label_width=130.0)
    right = FiscalTable("t1", "", unit, [Leaf("amount", ("预算数",), width=90.0)], expenses,
                        label_style="numbered", total_label="支出总计", side="本年支出",
                        label_width=130.0,
                        injections=[Injection("支出总计", "amount", Decimal("-1000"))] if inject else [])
    return left, right


def two_sided_balanced() -> Fixture:
    left, right = two_sided_tables("元", random.Random(1305), False)
    return Fixture("fiscal-two-sided-balanced", [
        "two-sided 收支总表: 本年收入 | 本年支出 halves side by side, each with its own 总计",
        "numbered rows 一、 and （一） (the （一） rows add up to their 一、 row)", "blank cells", "元 with .00",
        "ruled grid", "HTML twin", "收入总计 = 支出总计, no mismatch"], [],
        two_sided=(left, right, "2025年部门财务收支预算总表"), html=True)


def two_sided_mismatch() -> Fixture:
    left, right = two_sided_tables("万元", random.Random(1306), True)
    return Fixture("fiscal-two-sided-mismatch", [
        "two-sided 收支总表 in 万元", "unruled", "injected: 支出总计 misprinted (its own half's sum "
        "and 收入总计 = 支出总计 fail)"], [], two_sided=(left, right, "2024年度收入支出决算总表"),
        ruling="none")


def numbered_qizhong() -> Fixture:
    rng = random.Random(1307)
    leaves = [Leaf("amount", ("金额",), width=80.0), Leaf("count", ("项目个数",), "count", 50.0),
              Leaf("share", ("占比（%）",), "percent", 60.0)]

    def item(name: str) -> Node:
        return Node(name, values={"amount": money(rng, "万元", 1_000, 900_000),
                                  "count": Decimal(rng.randint(1, 6))})

    def with_counts(n: Node) -> Node:
        return n

    roots = [
        Node("基础设施建设", children=[
            Node("农村道路", children=[item("县道改造"), item("村道硬化"), item("桥梁维修")]),
            Node("农田水利", children=[item("灌区改造"), item("小型水库除险加固")]),
        ]),
        Node("产业发展", children=[
            Node("特色种植", children=[item("设施蔬菜"), item("中药材")]),
            Node("畜牧养殖", children=[
                Node("肉牛养殖", children=[item("良种引进"), item("圈舍建设")]),
                item("生猪养殖")]),
        ]),
        Node("就业帮扶", children=[item("技能培训"), item("公益岗位")]),
    ]
    # 其中 rows: breakdowns printed under a row, never addends of its parent
    for r in roots[:2]:
        first = r.children[0]
        v = first.children[0].values["amount"]
        r.parts.append(Node("其中：中央资金", values={"amount": q2(v * Decimal("0.6"))}))
    # a breakdown over two lines: the second part without 其中 and without a number of its own
    roots[0].parts.append(Node("省级资金", values={"amount": q2(roots[0].children[0].children[0].values["amount"]
                                                                * Decimal("0.3"))}))
    t = FiscalTable("t1", "2025年衔接推进乡村振兴补助资金分配表", "万元", leaves, roots,
                    label_style="numbered", percent_of="amount", label_width=170.0,
                    injections=[Injection("畜牧养殖", "amount", Decimal("20.00"))])
    # counts are summed like amounts in the model; the percent column is each row's own share
    return Fixture("fiscal-numbered-qizhong", [
        "numbered rows 一、 / （一） / 1. / (1) (four levels)", "其中 rows under 一、 rows (not addends)",
        "a breakdown over two lines (其中：中央资金, then 省级资金 without 其中 or a number)",
        "count column 项目个数 and percent column 占比（%） (never summed)", "万元 with grouping",
        "unruled", "injected: a （二） subtotal (its own sum and its 一、 parent's sum fail)"], [t],
        ruling="none")


def q2(v: Decimal) -> Decimal:
    from .model import q

    return q(v, 2)


def indent_only() -> Fixture:
    rng = random.Random(1308)

    def item(name: str) -> Node:
        return Node(name, values={"amount": money(rng, "元", 10_000, 5_000_000)})

    roots = [
        Node("教育", children=[item("学前教育"), item("义务教育"), Node("职业教育", children=[
            item("中等职业学校"), item("技工学校")])]),
        Node("医疗卫生", children=[item("公立医院"), item("基层医疗卫生机构"), item("公共卫生")]),
        Node("社会保障", children=[Node("养老", children=[item("城乡居民养老"), item("机关事业单位养老")]),
                               item("最低生活保障")]),
    ]
    roots[1].children[2].values["amount"] = None  # an empty cell printed as a dash
    t = FiscalTable("t1", "2025年民生支出安排表", "元",
                    [Leaf("amount", ("预算数",), width=100.0)], roots, label_style="indent",
                    total_label="合计", total_position="first", decimals=0, zero_style="dash",
                    label_width=200.0)
    return Fixture("fiscal-indent-only", [
        "hierarchy by indentation only (1 em per level, no codes, no numbers)", "合计 first",
        "元 without decimals", "a dash cell (—, zero)", "unruled", "HTML twin (padding-left)",
        "no mismatch"], [t], ruling="none", html=True)


def multilevel_header() -> Fixture:
    rng = random.Random(1309)
    leaves = [Leaf("total", ("一般公共预算支出", "合计")),
              Leaf("personnel", ("一般公共预算支出", "基本支出", "人员经费")),
              Leaf("public", ("一般公共预算支出", "基本支出", "公用经费")),
              Leaf("basic", ("一般公共预算支出", "基本支出", "小计")),
              Leaf("project", ("一般公共预算支出", "项目支出"))]
    roots = functional_tree(rng, "万元", ["201", "208", "212"], lo=100, hi=400_000)
    split_basic(rng, roots, 2)
    t = FiscalTable("t1", "2025年部门支出预算表", "万元", leaves, roots,
                    [("basic", ("personnel", "public")), ("total", ("basic", "project"))],
                    code_style="single", label_header=("功能分类科目名称",),
                    injections=[Injection("城管执法", "personnel", Decimal("5.00"))]
                    if has_basic(roots, "城管执法") else [])
    return Fixture("fiscal-multilevel-header", [
        "three-level header 一般公共预算支出 › 基本支出 › 人员经费 | 公用经费 | 小计",
        "nested horizontal identities (小计 = 人员 + 公用; 合计 = 基本小计 + 项目)",
        "single code column", "万元 with grouping", "ruled grid",
        "injected: one 人员经费 cell (its row's 小计 identity and its 款 sum fail)"], [t])


def split_basic(rng: random.Random, roots: Sequence[Node], decimals: int) -> None:
    """Each leaf's 基本支出 split into 人员经费 (55-90%, rounded to ``decimals``) and 公用经费."""
    from .model import q

    def fill(n: Node) -> None:
        for c in n.children:
            fill(c)
        if not n.children:
            b = n.values.pop("basic")
            if b is not None:
                share = q(b * Decimal(rng.randint(55, 90)) / 100, decimals)
                n.values["personnel"], n.values["public"] = share, b - share
            else:
                n.values["personnel"] = n.values["public"] = None

    for r in roots:
        fill(r)


def four_header_lines() -> Fixture:
    """Split codes under 项目 and a three-level amount header, unruled: the cells that span two
    header rows are centred between the rows' lines, so the header is printed on four text lines
    (项目 | 本年决算; 功能分类科目编码 | 基本支出; 科目名称 | 合计 | 项目支出; 类 款 项 | 人员经费 …)."""
    rng = random.Random(1315)
    top = "本年决算"
    leaves = [Leaf("total", (top, "合计")), Leaf("personnel", (top, "基本支出", "人员经费")),
              Leaf("public", (top, "基本支出", "公用经费")), Leaf("basic", (top, "基本支出", "小计")),
              Leaf("project", (top, "项目支出"))]
    roots = functional_tree(rng, "元", ["201", "205", "208"], lo=10_000, hi=3_000_000, decimals=0)
    split_basic(rng, roots, 0)
    t = FiscalTable("t1", "2025年度政府性基金预算财政拨款支出决算明细表", "元", leaves, roots,
                    [("basic", ("personnel", "public")), ("total", ("basic", "project"))],
                    code_style="split", label_header=("科目名称",), decimals=0, zero_style="dash",
                    total_position="first",
                    injections=[Injection("教育支出", "public", Decimal("-1"))])
    return Fixture("fiscal-four-header-lines", [
        "split 类|款|项 codes under 项目 › 功能分类科目编码, name column 项目 › 科目名称",
        "three-level amount header 本年决算 › 基本支出 › 人员经费 | 公用经费 | 小计, 合计 and 项目支出",
        "unruled: the header is printed on four text lines", "元 whole, absent amounts printed —", "合计 first",
        "injected: 教育支出's 公用经费 (its 小计 identity, and the 合计's 公用经费 sum, fail)"], [t], ruling="none")


def has_basic(roots: Sequence[Node], label: str) -> bool:
    for r in roots:
        if r.label == label:
            return r.values.get("personnel") is not None
        if has_basic(r.children, label):
            return True
    return False


def rounded_wanyuan() -> Fixture:
    rng = random.Random(1310)
    # true amounts in 元 (four decimals of 万元), printed rounded to 0.01 万元 row by row
    roots = functional_tree(rng, "万元", ["201", "208", "210", "221"], lo=1_000_000, hi=90_000_000,
                            decimals=4)
    t = FiscalTable("t1", "2024年度支出决算表", "万元", BASIC_PROJECT, roots, BASIC_PROJECT_ID,
                    code_style="split")
    return Fixture("fiscal-rounded-wanyuan", [
        "amounts kept in 元 and printed in 万元, each row rounded on its own",
        "sums that fail by a few 0.01 only through rounding: expected as rounding notes, never errors",
        "split code columns", "horizontal rules only", "no misprint"], [t], ruling="horizontal")


def html_indent_tables(seed: int, inject: bool) -> List[FiscalTable]:
    """Five tables whose rows are ordered by indentation only, each indented in the HTML twin the
    way one kind of portal page does it (render.INDENT_STYLES: px padding, full-width spaces,
    &nbsp;, a nested <p> with text-indent, Excel's class rules), with 其中 rows under some
    headings, 合计 first or last, 元 and 万元."""
    rng = random.Random(seed)

    def leaf(name: str, keys: Sequence[str], unit: str, decimals: int = 2, lo: int = 1_000,
             hi: int = 900_000) -> Node:
        return Node(name, values={k: money(rng, unit, lo, hi, decimals) for k in keys})

    def group(name: str, children: List[Node], part: Optional[str] = None, key: str = "amount") -> Node:
        n = Node(name, children=children)
        if part:  # a 其中 row: a share of the first child, never an addend
            first = children[0]
            while first.children:
                first = first.children[0]
            base = first.values.get(key) or first.values.get("basic") or Decimal(0)
            n.parts.append(Node(part, values={key: q2(base * Decimal("0.5"))}))
        return n

    basic = ("basic", "project")
    t1 = FiscalTable("t1", "2025年部门项目支出预算表", "元", BASIC_PROJECT, [
        group("机关运行保障", [leaf("办公设备购置", basic, "元", 0), leaf("信息系统运维", basic, "元", 0)],
              part="其中：政府采购", key="basic"),
        group("重点工作经费", [
            group("执法办案", [leaf("案件查办", basic, "元", 0), leaf("法律顾问", basic, "元", 0)]),
            leaf("宣传培训", basic, "元", 0)]),
        leaf("专项业务费", basic, "元", 0),
    ], BASIC_PROJECT_ID, label_style="indent", total_position="first", decimals=2, label_width=170.0,
        html_indent="padding-px",
        injections=[Injection("案件查办", "basic", Decimal("100.00"))] if inject else [])
    one = [Leaf("amount", ("预算数",), width=100.0)]
    t2 = FiscalTable("t2", "2025年政府采购预算表", "万元", one, [
        group("货物", [leaf("办公设备", ["amount"], "万元"), leaf("车辆", ["amount"], "万元"),
                     leaf("图书资料", ["amount"], "万元")]),
        group("服务", [group("物业管理", [leaf("保洁服务", ["amount"], "万元"), leaf("安保服务", ["amount"], "万元")]),
                     leaf("印刷服务", ["amount"], "万元")], part="其中：面向中小企业"),
        leaf("工程", ["amount"], "万元"),
    ], label_style="indent", decimals=2, label_width=170.0, html_indent="fullwidth")
    t3 = FiscalTable("t3", "2025年专项资金安排表", "元", one, [
        group("城乡建设", [leaf("老旧小区改造", ["amount"], "元", 0, 100_000, 9_000_000),
                       leaf("市政道路养护", ["amount"], "元", 0, 100_000, 9_000_000)]),
        group("生态环保", [leaf("污水处理", ["amount"], "元", 0, 100_000, 9_000_000),
                       group("大气治理", [leaf("扬尘管控", ["amount"], "元", 0, 100_000, 9_000_000),
                                      leaf("清洁取暖", ["amount"], "元", 0, 100_000, 9_000_000)])]),
    ], label_style="indent", total_position="first", decimals=0, label_width=170.0, html_indent="nbsp",
        injections=[Injection("城乡建设", "amount", Decimal("-500"))] if inject else [])
    shares = [Leaf("total", ("合计",), width=80.0), Leaf("central", ("中央资金",), width=80.0),
              Leaf("provincial", ("省级资金",), width=80.0)]
    cp = ("central", "provincial")
    t4 = FiscalTable("t4", "2025年转移支付资金安排表", "万元", shares, [
        group("农业生产发展", [leaf("耕地地力保护", cp, "万元"), leaf("农机购置补贴", cp, "万元")]),
        group("农田建设", [leaf("高标准农田", cp, "万元"), leaf("农田水利设施", cp, "万元")]),
        group("乡村振兴", [group("产业发展", [leaf("特色产业", cp, "万元"), leaf("农产品加工", cp, "万元")]),
                       leaf("人居环境整治", cp, "万元")]),
    ], [("total", cp)], label_style="indent", decimals=2, label_width=170.0, html_indent="nested-p",
        injections=[Injection("农机购置补贴", "central", Decimal("0.50"))] if inject else [])
    t5 = FiscalTable("t5", "2025年部门收入预算表", "元", one, [
        group("财政拨款收入", [leaf("一般公共预算", ["amount"], "元", 2, 1_000_000, 90_000_000),
                         leaf("政府性基金预算", ["amount"], "元", 2, 1_000_000, 90_000_000)]),
        leaf("事业收入", ["amount"], "元", 2, 1_000_000, 90_000_000),
        group("其他收入", [leaf("利息收入", ["amount"], "元", 2, 1_000, 900_000),
                       leaf("捐赠收入", ["amount"], "元", 2, 1_000, 900_000)]),
    ], label_style="indent", decimals=2, label_width=170.0, html_indent="class",
        injections=[Injection("合计", "amount", Decimal("1.00"))] if inject else [])
    return [t1, t2, t3, t4, t5]


def html_indent_clean() -> Fixture:
    return Fixture("fiscal-html-indent-clean", [
        "five tables ordered by indentation only (no codes, numbers or subtotal labels)",
        "HTML twin indents each table another way: padding-left in px, full-width spaces, &nbsp;, "
        "a nested <p style=text-indent>, Excel's class rules (mso-char-indent-count) in a <style> sheet",
        "其中 rows under indented headings (parts, not addends)", "two-level header with 合计 = 基本支出 + 项目支出",
        "合计 = 中央资金 + 省级资金", "合计 first and last", "元 and 万元", "no mismatch"],
        html_indent_tables(1311, False), ruling="none", html=True)


def html_indent_misprint() -> Fixture:
    return Fixture("fiscal-html-indent-misprint", [
        "the tables of fiscal-html-indent-clean with other amounts", "HTML twin indented the same five ways",
        "injected: an item's 基本支出 (its row's identity and its heading's sum fail), a heading's amount "
        "(its own sum and the total's fail), an item's 中央资金 (its row's identity and its heading's sum "
        "fail) and a 合计 (the total's sum fails)"],
        html_indent_tables(1312, True), ruling="horizontal", html=True)


def inline_codes_indented() -> Fixture:
    rng = random.Random(1313)
    t = FiscalTable("t1", "2024年度一般公共预算财政拨款支出决算明细表", "万元", BASIC_PROJECT,
                    functional_tree(rng, "万元", ["201", "204", "212", "213"], lo=50, hi=300_000),
                    BASIC_PROJECT_ID, code_style="inline", label_header=("功能分类科目",), label_style="indent",
                    total_position="first", label_width=230.0, html_indent="nbsp",
                    injections=[Injection("基层司法业务", "basic", Decimal("3.00"))])
    return Fixture("fiscal-inline-codes-indented", [
        "codes printed in front of the name in one cell (201 一般公共服务支出, 2010601 行政运行), no code column",
        "each level indented one em (HTML twin: &nbsp;)", "two-level header, 万元", "合计 first",
        "horizontal rules only", "injected: a 项's 基本支出 (its row's 合计 = 基本 + 项目 and its 款's "
        "基本支出 sum fail)"], [t], ruling="horizontal", html=True)


def compiler_lines() -> Fixture:
    # One table printed under three titles (their totals and codes agree, as tables of one
    # disclosure do), each with its compiler printed another way.
    def table(table_id: str, title: str) -> FiscalTable:
        return FiscalTable(table_id, title, "元", BASIC_PROJECT,
                           functional_tree(random.Random(1314), "元", ["201", "208"]), BASIC_PROJECT_ID,
                           code_style="single")
    return Fixture("fiscal-compiler-lines", [
        "the 编制单位 line printed alone above the unit line (table 1)",
        "the 编制单位 field on the title's line, after the title (table 2)",
        "no compiler printed (table 3: it names none, not the one before)",
        "HTML twin prints the field the same two ways", "one table under three titles, single code column",
        "元", "no mismatch"],
        [table("t1", "2025年部门一般公共预算支出功能分类预算表"), table("t2", "2025年部门财政拨款支出预算表"),
         table("t3", "2025年部门支出预算表")],
        html=True, org="编制单位：某市某区某局", org_places=("alone", "title", "none"))


FIXTURES: Dict[str, Callable[[], Fixture]] = {
    f().name: f for f in (split_codes_yuan, split_codes_blank_parents, single_code_wrapped,
                          economic_codes, two_sided_balanced, two_sided_mismatch, numbered_qizhong,
                          indent_only, multilevel_header, four_header_lines, rounded_wanyuan, html_indent_clean,
                          html_indent_misprint, inline_codes_indented, compiler_lines)
}
