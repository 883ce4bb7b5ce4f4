#!/usr/bin/env python3
"""Random fiscal disclosure tables for the property test (seed 29): documents nobody wrote by hand.

    python3 Scripts/make_property3_fixtures.py            # write Fixtures/property3/
    python3 Scripts/make_property3_fixtures.py --check    # exit 1 if a committed file differs
    python3 Scripts/make_property3_fixtures.py --count 200 --seed 5 --out /tmp/q   # exploration

Each document draws its structure with ``random.Random`` from the pieces the hand-written fiscal
families are made of (Scripts/fiscalgen), so every structure is printed, summed and checked by the
same code as Fixtures/fiscal:
* one to three tables, each from a new page with its own title, unit line (单位：元 / 万元) and
  编制部门 line (left of the unit, alone above it, after the title, or none);
* rows: 类/款/项 functional codes (one column "2130505", three columns 类|款|项 with or without the
  parents' parts blank, or printed in front of the name), 3/5-digit economic codes in one or two
  columns, or no codes with the hierarchy shown by numbering (一、/（一）/1./(1)) or indentation;
  a flat list under its total with plain names;
* 合计 or 总计 first or last; 其中 rows under some headings (a breakdown, never an addend);
* amount columns: one (预算数, 决算数 …); 合计 | 基本支出 | 项目支出 under a two-row header (合计 first
  or last); three header rows with 基本支出 › 人员经费 | 公用经费 | 小计 (two identities);
* 元 whole or with two decimals, 万元 with two decimals, grouped or not; 万元 kept in 元 and rounded row
  by row (sums off by a few 0.01: rounding notes, never errors); absent amounts blank, 0.00 or —;
* narrow name columns (names wrap), long tables continued over pages with the header repeated;
  ruled grid, horizontal rules only, or no rules; a footnote 注：… under some tables;
* figures repeated across tables: a later table prints an earlier one's rows again, with its 合计
  column only;
* a two-sided 收支总表 (收入 left, 支出 right, each its own 总计, 收入总计 = 支出总计), or two lists side
  by side (人员经费 | 公用经费, each its own 合计, no identity between them);
* an HTML twin for some documents, each indenting labels one of the ways portal pages do;
* in about a third of the documents one misprinted cell (a leaf, a subtotal or a total, never a
  其中 row): the relations it breaks are the only findings expected.

Every relation of the true tables is asserted with Decimal before anything is written
(make_fiscal_fixtures.generate), and each misprint must break one. Writes, per document, the files
of Fixtures/fiscal (NAME.pdf, NAME.html, NAME.truth.csv, NAME.findings.csv, NAME.relations.csv,
NAME.rules.csv) and manifest.csv (name, structures). Scored by Scripts/accuracy.py (section
property3) and PropertyFiscalTests.
"""

from __future__ import annotations

import copy
import csv
import os
import random
import sys
from decimal import Decimal
from typing import Dict, List, Optional, Sequence, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fiscalgen.model import FiscalTable, Injection, Leaf, Node, flatten, q, strip_number  # noqa: E402
from fiscalgen.render import INDENT_STYLES  # noqa: E402
from fiscalgen.sides_specs import halves  # noqa: E402
from fiscalgen.specs import ECONOMIC, FUNCTIONAL, Fixture, economic_tree, functional_tree, money, two_sided_tables  # noqa: E402
from make_fiscal_fixtures import generate as generate_fixture  # noqa: E402
from make_property_fixtures import cli  # noqa: E402

OUT = os.path.join(ROOT, "Fixtures", "property3")

# Titles name the fund scope ({s}): tables of one document that print the same codes or grand
# totals in one scope repeat the same figures (allot compares them, CrossTableCheck); each table
# drawn on its own takes a scope of its own, a table repeating another takes that one's.
SCOPES = ["一般公共预算", "政府性基金预算", "国有资本经营预算"]
TITLES = ["{y}年部门{s}支出功能分类预算表", "{y}年度{s}财政拨款支出决算表", "{y}年部门{s}支出预算表",
          "{y}年度{s}支出决算表", "{y}年度{s}财政拨款支出决算明细表"]
ECONOMIC_TITLES = ["{y}年部门{s}基本支出经济分类预算表", "{y}年度{s}财政拨款基本支出决算表"]
NAMED_TITLES = ["{y}年{s}专项资金安排表", "{y}年{s}民生支出安排表", "{y}年{s}项目支出预算表", "{y}年{s}转移支付资金安排表"]
TWO_SIDED_TITLES = ["{y}年部门财务收支预算总表", "{y}年度收入支出决算总表", "{y}年部门收支总表"]
ONE_COLUMN = ["预算数", "决算数", "金额", "本年预算数", "年初预算数"]
TOP_WORDS = ["本年支出", "支出预算", "本年决算", "支出决算"]  # no fund named: the title's scope holds
CODE_HEADERS = [("功能分类科目编码",), ("科目编码",), ("支出功能分类科目编码",)]
LABEL_HEADERS = [("功能分类科目名称",), ("科目名称",), ("项目",)]
ORGS = ["编制部门：某市某区某局", "编制单位：某县某中心", "部门名称：某市某委员会"]
NOTES = ["注：本表无数据的科目不列示。", "注：本表金额均为财政拨款。", "注：项目支出含上年结转。"]
# names for the tables with no codes (numbered or indented): headings and their items
PROGRAMMES = [
    ("基础设施建设", ["农村道路", "农田水利", "饮水安全", "危房改造"]),
    ("产业发展", ["特色种植", "畜牧养殖", "农产品加工", "乡村旅游"]),
    ("就业帮扶", ["技能培训", "公益岗位", "外出务工补助"]),
    ("教育", ["学前教育", "义务教育", "职业教育", "高中教育"]),
    ("医疗卫生", ["公立医院", "基层医疗卫生机构", "公共卫生"]),
    ("生态环保", ["污水处理", "大气治理", "造林绿化"]),
    ("社会保障", ["城乡居民养老", "最低生活保障", "特困人员供养"]),
]
ITEMS = ["设备购置", "运行维护", "建设补助", "能力提升", "专项补贴", "奖补资金"]


# ------------------------------------------------------------------------------------------------
# amount columns


def column_set(rng: random.Random) -> Tuple[str, List[Leaf], List[Tuple[str, Tuple[str, ...]]]]:
    """(kind, leaves, identities): one column, 合计 | 基本 | 项目 (one or two header rows, 合计 first or
    last), or three header rows with 基本支出 split into 人员经费 | 公用经费 | 小计."""
    kind = rng.choice(["one", "one", "basic_project", "basic_project", "flat_basic_project", "three_rows"])
    if kind == "one":
        return kind, [Leaf("amount", (rng.choice(ONE_COLUMN),), width=rng.choice([80.0, 90.0, 100.0]))], []
    top = rng.choice(TOP_WORDS)
    prefix = () if kind == "flat_basic_project" else (top,)
    if kind == "three_rows":
        leaves = [Leaf("total", (top, "合计")), Leaf("personnel", (top, "基本支出", "人员经费")),
                  Leaf("public", (top, "基本支出", "公用经费")), Leaf("basic", (top, "基本支出", "小计")),
                  Leaf("project", (top, "项目支出"))]
        return kind, leaves, [("basic", ("personnel", "public")), ("total", ("basic", "project"))]
    parts = [Leaf("basic", prefix + ("基本支出",)), Leaf("project", prefix + ("项目支出",))]
    total = Leaf("total", prefix + ("合计",))
    leaves = [total] + parts if rng.random() < 0.75 else parts + [total]
    return kind, leaves, [("total", ("basic", "project"))]


def shape_values(rng: random.Random, roots: Sequence[Node], kind: str, unit: str, decimals: int) -> None:
    """Leaf values for the column set: 基本/项目 as drawn, one column = one drawn amount, three rows:
    基本 split into 人员经费 and 公用经费."""
    for n in walk(roots):
        if n.children:
            continue
        v = n.values
        if kind == "one":
            b, p = v.pop("basic", None), v.pop("project", None)
            v["amount"] = b if b is not None else p
        elif kind == "three_rows":
            b = v.pop("basic", None)
            if b is None:
                v["personnel"] = v["public"] = None
            else:
                share = (b * Decimal(rng.randint(50, 95)) / 100).quantize(Decimal(1).scaleb(-decimals))
                v["personnel"], v["public"] = share, b - share


def walk(nodes: Sequence[Node]):
    for n in nodes:
        yield n
        yield from walk(n.children)


def base_keys(leaves: Sequence[Leaf], identities) -> List[str]:
    wholes = {w for w, _ in identities}
    return [c.key for c in leaves if c.key not in wholes]


# ------------------------------------------------------------------------------------------------
# row trees


def draw_unit(rng: random.Random) -> Tuple[str, int, int, bool]:
    """(unit, decimals printed, decimals drawn, grouped): 元 whole or with .00, 万元 with .00, or 万元
    drawn in 元 (four places) and rounded row by row."""
    style = rng.choice(["yuan0", "yuan2", "wan", "wan", "wan_rounded"])
    grouped = rng.random() < 0.6
    return {"yuan0": ("元", 0, 0, grouped), "yuan2": ("元", 2, 0, grouped), "wan": ("万元", 2, 2, grouped),
            "wan_rounded": ("万元", 2, 4, grouped)}[style]


def functional_roots(rng: random.Random, unit: str, drawn: int) -> List[Node]:
    pick = rng.sample([c for c, _, _ in FUNCTIONAL], rng.randint(2, 5))
    lo, hi = (5_000, 3_000_000) if unit == "元" else (50, 400_000) if drawn == 2 else (500_000, 90_000_000)
    return functional_tree(rng, unit, pick, lo=lo, hi=hi, decimals=drawn)


def named_roots(rng: random.Random, unit: str, drawn: int, depth: int) -> List[Node]:
    """Headings over items (and sub-items when ``depth`` is 3), names unique in the table."""
    lo, hi = (10_000, 5_000_000) if unit == "元" else (100, 900_000) if drawn == 2 else (1_000_000, 90_000_000)

    def amounts() -> Dict[str, Optional[Decimal]]:
        mode = rng.choice(("basic", "project", "both", "both"))
        return {"basic": money(rng, unit, lo, hi, drawn) if mode != "project" else None,
                "project": money(rng, unit, lo, hi, drawn) if mode != "basic" else None}

    roots = []
    for heading, items in rng.sample(PROGRAMMES, rng.randint(2, 4)):
        h = Node(heading)
        for item in rng.sample(items, rng.randint(1, len(items))):
            if depth == 3 and rng.random() < 0.4:
                sub = Node(item, children=[Node(item + w, values=amounts())
                                           for w in rng.sample(ITEMS, rng.randint(2, 3))])
                h.children.append(sub)
            else:
                h.children.append(Node(item, values=amounts()))
        roots.append(h)
    return roots


def flat_roots(rng: random.Random, unit: str, drawn: int) -> List[Node]:
    """A flat list of economic 款 names under the table's total: no codes, no hierarchy."""
    lo, hi = (1_000, 2_000_000) if unit == "元" else (10, 300_000) if drawn == 2 else (100_000, 9_000_000)
    names = [k for _, _, kuans in ECONOMIC for _, k in kuans]
    out = []
    for name in rng.sample(names, rng.randint(4, 12)):
        out.append(Node(name, values={"basic": money(rng, unit, lo, hi, drawn),
                                      "project": money(rng, unit, lo, hi, drawn) if rng.random() < 0.5 else None}))
    return out


def add_parts(rng: random.Random, roots: Sequence[Node], keys: Sequence[str], decimals: int) -> int:
    """其中 rows under a few headings: a share of the heading's first item, in every base column."""
    added = 0
    for n in walk(roots):
        if not n.children or rng.random() > 0.25:
            continue
        first = n.children[0]
        while first.children:
            first = first.children[0]
        values = {k: (v * Decimal(rng.randint(20, 80)) / 100).quantize(Decimal(1).scaleb(-decimals))
                  if (v := first.values.get(k)) is not None else None for k in keys}
        if all(v is None for v in values.values()):
            continue
        n.parts.append(Node(rng.choice(["其中：政府采购", "其中：中央资金", "其中：上年结转"]), values=values))
        added += 1
    return added


# ------------------------------------------------------------------------------------------------
# tables and documents


def pick_injection(rng: random.Random, t: FiscalTable) -> Optional[Injection]:
    """One misprinted cell on a row whose label is unique, in an amount column it has a value in,
    on a row that is summed (has a parent or children) or whose column is part of an identity."""
    probe = copy.deepcopy(t)
    rows = flatten(probe)
    counts: Dict[str, int] = {}
    for r in rows:
        counts[r.label] = counts.get(r.label, 0) + 1
    in_identity = {k for w, ps in t.identities for k in (w, *ps)}
    cands = []
    for r in rows:
        if r.level == "part" or counts[r.label] > 1:
            continue
        for k in t.amount_keys:
            if r.printed.get(k) is None:
                continue
            if r.parent is not None or r.children or k in in_identity:
                cands.append((r.label, k))
    if not cands:
        return None
    label, key = rng.choice(cands)
    step = Decimal(1) if t.decimals == 0 else Decimal("0.01")
    # off by one step only where no row is rounded (a rounding drift could hide it)
    sizes = [10, 100, 1000, rng.randint(11, 9999)] + ([1] if t.unit == "元" else [])
    delta = step * rng.choice(sizes) * rng.choice([1, -1])
    return Injection(label, key, delta)


def one_sided(rng: random.Random, table_id: str, year: int, scope: str, tags: List[str]) -> FiscalTable:
    unit, decimals, drawn, grouped = draw_unit(rng)
    rows = rng.choice(["functional", "functional", "economic", "named", "flat"])
    kind, leaves, identities = column_set(rng)
    if rows == "economic" and kind == "three_rows":
        kind, leaves, identities = "one", [Leaf("amount", (rng.choice(ONE_COLUMN),), width=90.0)], []
    style: Dict[str, object] = dict(decimals=decimals, grouped=grouped,
                                    zero_style=rng.choice(["blank", "blank", "zero", "dash"]),
                                    total_label=rng.choice(["合计", "合计", "总计"]),
                                    total_position=rng.choice(["first", "last"]),
                                    html_indent=rng.choice(INDENT_STYLES))
    if rng.random() < 0.3:
        style["label_width"] = rng.choice([70.0, 90.0, 120.0])
    if rows == "functional":
        roots = functional_roots(rng, unit, drawn)
        code = rng.choice(["single", "split", "split", "inline", "none"])
        if code == "none":  # the codes are not printed: the rows have none
            style["label_style"] = rng.choice(["numbered", "indent"])
            for n in walk(roots):
                n.code = ""
        elif code == "inline":
            style["label_style"] = "indent"
            style["label_header"] = ("功能分类科目",)
        else:
            style["code_header"] = rng.choice(CODE_HEADERS)
            style["label_header"] = rng.choice(LABEL_HEADERS)
            style["blank_parent_codes"] = code == "split" and rng.random() < 0.5
            style["label_style"] = "indent" if rng.random() < 0.3 else "plain"
        style["code_style"] = code
        title = rng.choice(TITLES)
        tags.append(f"{table_id}: functional 类/款/项, codes {code}"
                    + (" (blank parent parts)" if style.get("blank_parent_codes") else "")
                    + f", labels {style['label_style']}")
    elif rows == "economic":
        lo, hi = (1_000, 2_000_000) if unit == "元" else (10, 300_000)
        roots = economic_tree(rng, unit if drawn != 4 else "万元", lo, hi)
        for n in walk(roots):  # economic_tree's personnel/public columns → one base amount
            if not n.children:
                v = n.values.pop("personnel") or n.values.pop("public", None)
                n.values.pop("public", None)
                n.values["basic"], n.values["project"] = v, None
        code = rng.choice(["single", "split"])
        style.update(code_style=code, code_header=rng.choice([("经济分类科目编码",), ("科目编码",)]),
                     label_header=rng.choice([("经济分类科目名称",), ("科目名称",)]), split_columns=2,
                     blank_parent_codes=code == "split" and rng.random() < 0.5)
        title = rng.choice(ECONOMIC_TITLES)
        tags.append(f"{table_id}: economic 类/款, codes {code}")
    elif rows == "named":
        label_style = rng.choice(["numbered", "indent"])
        roots = named_roots(rng, unit, drawn, rng.choice([2, 3]))
        style["label_style"] = label_style
        title = rng.choice(NAMED_TITLES)
        tags.append(f"{table_id}: named headings, labels {label_style}")
    else:
        roots = flat_roots(rng, unit, drawn)
        title = rng.choice(NAMED_TITLES)
        tags.append(f"{table_id}: flat list under its total")
    shape_values(rng, roots, kind, unit, drawn)
    t = FiscalTable(table_id, title.format(y=year, s=scope), unit, leaves, roots, identities, **style)
    parts = add_parts(rng, roots, base_keys(leaves, identities), drawn) if rows != "flat" else 0
    tags.append(f"{table_id}: {unit}, {decimals} decimals{' drawn in 元, rounded' if drawn == 4 else ''}"
                f"{', grouped' if grouped else ''}, absent {style['zero_style']}, columns {kind}, "
                f"{style['total_label']} {style['total_position']}" + (f", {parts} 其中 rows" if parts else ""))
    return t


def repeated(rng: random.Random, t: FiscalTable, table_id: str, year: int, scope: str) -> FiscalTable:
    """The rows of ``t`` printed again with one column: its 合计 (or its one amount)."""
    r = copy.deepcopy(t)
    r.table_id = table_id
    r.title = rng.choice(TITLES).format(y=year, s=scope)
    r.injections = []
    if len(r.leaves) > 1:
        for n in walk(r.roots):
            if not n.children:
                total = [v for k in base_keys(t.leaves, t.identities) if (v := n.values.get(k)) is not None]
                n.values = {"total": sum(total, Decimal(0)) if total else None}
            else:
                n.values = {}
            for p in n.parts:
                total = [v for k in base_keys(t.leaves, t.identities) if (v := p.values.get(k)) is not None]
                p.values = {"total": sum(total, Decimal(0)) if total else None}
        r.leaves = [Leaf("total", (rng.choice(ONE_COLUMN),), width=100.0)]
        r.identities = []
    return r


FUNCTIONAL_NAMES = {name for _, name, _ in FUNCTIONAL}


def class_totals(t: FiscalTable) -> List[Node]:
    """The 类 rows of ``t`` as printed without misprints, in its first amount column (合计 where the
    table has one)."""
    key = "total" if "total" in t.amount_keys else t.amount_keys[0]
    probe = copy.deepcopy(t)
    probe.injections = []
    rows = flatten(probe)
    return [Node(strip_number(r.label), values={"amount": q(r.values[key], t.decimals)})
            for r in rows if r.depth == 1 and r.level != "part" and r.values.get(key) is not None]


def document(rng: random.Random, name: str) -> Tuple[Fixture, List[str]]:
    year = rng.choice([2023, 2024, 2025])
    tags: List[str] = []
    scopes = rng.sample(SCOPES, len(SCOPES))
    tables = [one_sided(rng, f"t{i}", year, scopes[i - 1], tags) for i in range(1, rng.choice([1, 2, 2, 3]) + 1)]
    if rng.random() < 0.3:
        tables.append(repeated(rng, tables[0], f"t{len(tables) + 1}", year, scopes[0]))
        tags.append(f"t{len(tables)}: t1's rows again, one column")
    for t in tables:
        if rng.random() < 0.2:
            t.injections = [inj] if (inj := pick_injection(rng, t)) else []
    two = None
    balanced = True
    side = rng.random()
    if side < 0.2:
        functional = [t for t in tables if t.roots and t.roots[0].label in FUNCTIONAL_NAMES]
        unit = functional[0].unit if functional else rng.choice(["元", "万元"])
        # the 支出 side repeats the 类 totals of the document's functional table (its names would
        # otherwise be compared with that table's rows and differ)
        left, right = two_sided_tables(unit, rng, rng.random() < 0.3,
                                       class_totals(functional[0]) if functional else None)
        left.table_id = right.table_id = f"t{len(tables) + 1}"
        if rng.random() < 0.5:
            for half in (left, right):
                half.label_style = "indent"
        two = (left, right, rng.choice(TWO_SIDED_TITLES).format(y=year))
        tags.append(f"two-sided 收支总表 in {unit}, labels {left.label_style}"
                    + (", 支出总计 misprinted" if right.injections else ""))
    elif side < 0.3:
        code = rng.choice(["single", "split"])
        extra = {"split_columns": 2, "code_header": ("经济分类", "科目编码")} if code == "split" else {}
        left, right = halves(rng, "万元", lo=1, hi=300_000, absent=0.3, code_style=code,
                             zero_style=rng.choice(["blank", "zero"]), **extra)
        left.table_id = right.table_id = f"t{len(tables) + 1}"
        two = (left, right, rng.choice(ECONOMIC_TITLES).format(y=year, s=scopes[0]))
        balanced = False
        tags.append(f"two lists side by side (人员经费 | 公用经费), codes {code}")
    if not tables and not two:
        tables = [one_sided(rng, "t1", year, scopes[0], tags)]
    ruling = rng.choice(["grid", "grid", "horizontal", "none"])
    places = tuple(rng.choice(["unit", "unit", "alone", "title", "none"]) for _ in tables)
    fx = Fixture(name, tags, tables, two_sided=two, balanced=balanced, ruling=ruling,
                 html=rng.random() < 0.5, org=rng.choice(ORGS),
                 note=rng.choice(NOTES) if rng.random() < 0.25 else "", org_places=places)
    tags.append(f"ruling {ruling}" + (", HTML twin" if fx.html else ""))
    for t in tables + ([two[0], two[1]] if two else []):
        for inj in t.injections:
            tags.append(f"misprint: {t.table_id}{' ' + t.side if t.side else ''} {inj.label} {inj.key} {inj.delta:+}")
    return fx, tags


def generate(out: str, count: int, seed: int) -> None:
    os.makedirs(out, exist_ok=True)
    rng = random.Random(seed)
    manifest = []
    for i in range(1, count + 1):
        name = f"property3-{i:03d}"
        fx, tags = document(random.Random(rng.getrandbits(64)), name)
        generate_fixture(fx, out)
        manifest.append([name, "; ".join(tags)])
    with open(os.path.join(out, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "structures"])
        w.writerows(manifest)


def main() -> int:
    return cli(__doc__, generate, OUT, 29)


if __name__ == "__main__":
    sys.exit(main())
