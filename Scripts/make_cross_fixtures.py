#!/usr/bin/env python3
"""Regenerate the cross-check fixtures (Fixtures/cross/): budget disclosures whose tables restate
each other and whose explanation restates the tables (issue #16, 表间勾稽 and 文表一致).

    python3 Scripts/make_cross_fixtures.py            # every fixture -> Fixtures/cross
    python3 Scripts/make_cross_fixtures.py --check    # rebuild in a temp dir, compare bytes
    python3 Scripts/make_cross_fixtures.py --list     # names and what each covers

Each fixture is one PDF: page 1 the explanation (编制说明: amounts in 万元 with shares, numbered
items 1.“类（类）款（款）项（项）”X万元, an item restating its figure as 2025年预算安排X万元 beside
last year's 执行数 and a growth rate), then three tables:

- t1 2025年一般公共预算支出功能分类预算表, 元: 类/款/项 codes, 合计 = 基本支出 + 项目支出;
- t2 2025年一般公共预算基本支出经济分类预算表, 元: economic codes split over 类 | 款,
  合计 = 人员经费 + 公用经费, whose 合计 is t1's 基本支出 合计;
- t3 2025年一般公共预算拨款支出预算汇总表, 万元: t1's rows again, each rounded to 0.01 万元 on its
  own (its sums hold to rounding; the same codes carry the same amounts as t1's at 万元 precision).

Variants: ``cross-consistent`` (every restatement agrees), ``cross-table-broken`` (t2 is
internally consistent but its 合计 is t1's 基本支出 合计 + 1,234.00 元: one cross_table finding,
at t2's 合计 against t1's 基本支出), ``cross-text-broken`` (the 2025年预算安排 restatement of one
item carries another amount, and the share of 基本支出 is misprinted: two text_table findings).

NAME.expected.csv lists every cross_table and text_table finding the PDF must give, with both
places: check_name, table_no, code (empty for a total), name, column_name, stated, computed,
related_table_no (0: the sentence), related_code, related_page. Every amount is computed with Decimal; the generator refuses to
write a fixture whose tables do not hold or whose consistent text disagrees with its tables.
A citing / cited pair of allocation notices as portal pages, in their own batch folders:
``citation-consistent/`` (财农〔2022〕90号 with a table of provinces, and 晋财农〔2022〕150号 citing it,
whose body states the 420000万元 90号 gives 山西省 and whose table distributes 403155万元: one
``citation`` note, share 95.99%) and ``citation-broken/`` (the body states 402000万元: the note and
one ``citation_mismatch``); NAME.expected.csv beside each folder lists check_name, stated, computed, share.

Needs reportlab and the fonts of Scripts/fixturegen.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import io
import os
import random
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fiscalgen import layout  # noqa: E402
from fiscalgen.model import FiscalTable, Leaf, Node, PrintedRow  # noqa: E402
from fiscalgen.relations import failing  # noqa: E402
from fiscalgen.render import render_pdf  # noqa: E402
from fiscalgen.specs import ECONOMIC, FUNCTIONAL, functional_tree  # noqa: E402

OUT = os.path.join(ROOT, "Fixtures", "cross")
EXPECTED_HEADER = ["check_name", "table_no", "code", "name", "column_name", "stated", "computed",
                   "related_table_no", "related_code", "related_page"]
TEN_THOUSAND = Decimal(10000)


def q(v: Decimal, places: int = 2) -> Decimal:
    return v.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def wan(yuan: Decimal) -> Decimal:
    """元 → 万元 rounded half up to 0.01, as the explanation prints it."""
    return q(yuan / TEN_THOUSAND)


def grouped(v: Decimal) -> str:
    return f"{v:,.2f}"


@dataclass
class Variant:
    name: str
    note: str
    table_delta: Decimal = Decimal(0)  # added to t2's 公用经费 remainder leaf (and so its sums)
    text_amount_delta: Decimal = Decimal(0)  # added to the 预算安排 restatement (万元)
    share_delta: Decimal = Decimal(0)  # added to the printed share of 基本支出 (percent)
    growth_delta: Decimal = Decimal(0)  # added to the printed growth of the first item (percent)


VARIANTS = [
    Variant("cross-consistent", "every restatement agrees: no cross_table or text_table finding"),
    Variant("cross-table-broken", "t2's 合计 (a consistent table) is t1's 基本支出 合计 + 1,234.00 元: "
            "one cross_table finding", table_delta=Decimal(1234)),
    Variant("cross-text-broken", "the 2025年预算安排 restatement of an item is 800.00 万元 too high (text_table), "
            "the share of 基本支出 1.50 points too high and the growth of the first item 3.00 points too high "
            "(text_percentage)",
            text_amount_delta=Decimal(800), share_delta=Decimal("1.50"), growth_delta=Decimal("3.00")),
]


@dataclass
class Built:
    tables: List[FiscalTable]
    laids: list
    prose: List[str]
    expected: List[List[object]] = field(default_factory=list)


def economic_tree(rng: random.Random, basic: Decimal, delta: Decimal) -> List[Node]:
    """Economic 类/款 rows whose 人员经费 + 公用经费 leaves sum to ``basic`` + ``delta`` 元."""
    roots = []
    leaves: List[Tuple[Node, str]] = []
    for code, name, kuans in ECONOMIC:
        personnel = code in ("301", "303")
        lei = Node(name, code)
        for kcode, kname in kuans:
            v = Decimal(rng.randint(1_000, 300_000))
            key = "personnel" if personnel else "public"
            node = Node(kname, kcode, values={"personnel": v if personnel else None,
                                              "public": None if personnel else v})
            lei.children.append(node)
            leaves.append((node, key))
        roots.append(lei)
    last, key = next((n, k) for n, k in reversed(leaves) if k == "public")
    others = sum((n.values[k] for n, k in leaves if n is not last), Decimal(0))
    rest = basic + delta - others
    if rest <= 0:
        raise SystemExit("economic table: the remainder leaf would not be positive; change the seed")
    last.values["public"] = rest
    return roots


def scaled(nodes: List[Node]) -> List[Node]:
    """The same rows with every amount in 万元 (exact: four decimals)."""
    out = []
    for n in nodes:
        values = {k: None if v is None else v / TEN_THOUSAND for k, v in n.values.items()}
        out.append(Node(n.label, n.code, scaled(n.children), values))
    return out


def functional_nodes(nodes: List[Node]) -> List[Node]:
    out = []
    for n in nodes:
        out.append(n)
        out += functional_nodes(n.children)
    return out


def pages_of(r: PrintedRow):
    """The page a row of table 1 is printed on, once the tables are drawn."""
    return lambda placed: next(page for (_, side, row), page in placed.items() if (side, row) == ("", r.row_no))


def row_by_code(rows: List[PrintedRow], code: str) -> PrintedRow:
    return next(r for r in rows if r.code == code)


def total_row(rows: List[PrintedRow]) -> PrintedRow:
    return next(r for r in rows if r.level == "total")


def build(v: Variant) -> Built:
    rng = random.Random(1601)
    gp = ("一般公共预算支出",)
    leaves = [Leaf("total", gp + ("合计",)), Leaf("basic", gp + ("基本支出",)), Leaf("project", gp + ("项目支出",))]
    functional = functional_tree(rng, "元", ["201", "208", "210", "221"], split="both",
                                 lo=50_000, hi=2_000_000, decimals=0)
    t1 = FiscalTable("t1", "2025年一般公共预算支出功能分类预算表", "元", leaves, functional,
                     [("total", ("basic", "project"))], code_style="single", code_header=("科目编码",),
                     label_header=("科目名称",), label_width=200.0)
    l1 = layout.lay(t1)
    basic = total_row(l1.rows).values["basic"]
    # Each table has its own column geometry, as the tables of a real disclosure do.
    eco_leaves = [Leaf("total", ("一般公共预算基本支出", "合计"), width=86.0),
                  Leaf("personnel", ("一般公共预算基本支出", "人员经费"), width=86.0),
                  Leaf("public", ("一般公共预算基本支出", "公用经费"), width=86.0)]
    t2 = FiscalTable("t2", "2025年一般公共预算基本支出经济分类预算表", "元", eco_leaves,
                     economic_tree(rng, basic, v.table_delta), [("total", ("personnel", "public"))],
                     code_style="split", split_columns=2, code_header=("科目编码",),
                     label_header=("科目名称",), label_width=180.0)
    l2 = layout.lay(t2)
    wan_leaves = [Leaf(c.key, c.path, width=64.0) for c in leaves]
    t3 = FiscalTable("t3", "2025年一般公共预算拨款支出预算汇总表", "万元", wan_leaves, scaled(functional),
                     [("total", ("basic", "project"))], code_style="single", code_header=("科目编码",),
                     label_header=("科目名称",), label_width=200.0)
    l3 = layout.lay(t3)
    # Tables of one column layout must not follow each other: the table stage joins a page whose
    # header aligns with the open table's as the open table continued.
    laids = [l1, l2, l3]
    for l in laids:
        for rel in failing(layout.relations(l, printed=False)):
            raise SystemExit(f"{v.name}: the true table {l.table.table_id} does not hold: {rel}")
    built = Built([t1, t2, t3], laids, [])
    built.prose = narrative(v, l1, l2, built)
    if v.table_delta:
        t2_total = total_row(l2.rows)
        t1_total = total_row(l1.rows)
        stated = t2_total.printed["total"]
        built.expected.append(["cross_table", 2, "", "合计", "合计", f"{stated:.2f}",
                               f"{t1_total.printed['basic']:.2f}", 1, "", pages_of(t1_total)])
    return built


def narrative(v: Variant, l1, l2, built: Built) -> List[str]:
    rows1 = l1.rows
    total = total_row(rows1)
    t_all, t_basic, t_project = (total.values[k] for k in ("total", "basic", "project"))
    personnel = total_row(l2.rows).values["personnel"]
    public = total_row(l2.rows).values["public"]
    share_basic = q(t_basic * 100 / t_all) + v.share_delta
    share_project = q(t_project * 100 / t_all)
    paras = ["某区某局2025年部门预算编制说明"]
    paras.append(f"2025年，某区某局一般公共预算支出{grouped(wan(t_all))}万元，其中：基本支出{grouped(wan(t_basic))}"
                 f"万元，占{share_basic}%；项目支出{grouped(wan(t_project))}万元，占{share_project}%。")
    if v.share_delta:
        built.expected.append(["text_percentage", 1, "", "合计", "基本支出", f"{share_basic}",
                               f"{q(t_basic * 100 / t_all, 4)}", 0, "", 1])
    # The change of the whole over last year, in a sentence of its own (增长 C% = B / (A − B)), the
    # growth cut instead of rounded: a percentage_truncated note in every variant.
    rise, growth = change_case(t_all / TEN_THOUSAND, wan(t_all))
    paras.append(f"一般公共预算支出比上年增加{grouped(rise)}万元，增长{growth}%。")
    built.expected.append(["percentage_truncated", 1, "", "合计", "合计", f"{growth}",
                           f"{q(rise * 100 / (t_all / TEN_THOUSAND - rise), 4)}", 0, "", 1])
    paras.append(f"一般公共预算基本支出{grouped(wan(t_basic))}万元，其中：人员经费{grouped(wan(personnel))}万元，"
                 f"公用经费{grouped(wan(public))}万元。")
    paras.append("一般公共预算支出主要内容如下：")
    items = [r for r in rows1 if r.level == "item"]
    names = {code: name for code, name, _ in FUNCTIONAL}
    kuan_names = {k: kn for _, _, kuans in FUNCTIONAL for k, kn, _ in kuans}
    chosen = items[:6] + [r for r in items if r.code == "2210201"]
    for i, r in enumerate(chosen, 1):
        lei, kuan = names[r.code[:3]], kuan_names[r.code[:5]]
        label = r.label
        amount = wan(r.values["total"])
        if r.code == "2210201":
            last_year, growth = growth_over(amount, Decimal("0.92"))
            stated = amount + v.text_amount_delta
            paras.append(f"{i}.{lei}（{r.code[:3]}类）{kuan}（{r.code[3:5]}款）{label}（{r.code[5:]}项）"
                         f"{amount}万元。主要用于职工住房公积金。2024年预算执行数为{last_year}万元，2025年预算安排"
                         f"{stated}万元，比2024年预算执行数增加{growth}%。")
            if v.text_amount_delta:
                built.expected.append(["text_table", 1, r.code, label, "合计", f"{stated}",
                                       f"{r.values['total'] / TEN_THOUSAND}", 0, "", 1])
        elif i == 1:
            # Growth against last year's 执行数, stated in the text only (plus the variant's delta).
            exact = r.values["total"] / TEN_THOUSAND
            last_year, growth = growth_over(exact, Decimal("0.93"))
            printed = growth + v.growth_delta
            paras.append(f"{i}.“{lei}（类）{kuan}（款）{label}（项）”{grouped(amount)}万元，主要用于{label}方面的支出。"
                         f"2024年预算执行数为{last_year}万元，2025年预算安排{amount}万元，比2024年预算执行数增长"
                         f"{printed}%。")
            if v.growth_delta:
                built.expected.append(["text_percentage", 1, r.code, label, "合计", f"{printed}",
                                       f"{q((exact - last_year) * 100 / last_year, 4)}", 0, "", 1])
        else:
            paras.append(f"{i}.“{lei}（类）{kuan}（款）{label}（项）”{grouped(amount)}万元，主要用于{label}方面的支出。")
    return paras


def growth_over(this_year: Decimal, ratio: Decimal) -> Tuple[Decimal, Decimal]:
    """Last year's 执行数 (this year's × ratio, 万元 to 0.01) and the growth over it, rounded to 0.01%."""
    last_year = q(this_year * ratio)
    return last_year, q((this_year - last_year) * 100 / last_year)


def change_range(total: Decimal, total_tol: Decimal, rise: Decimal, rise_tol: Decimal) -> Tuple[Decimal, Decimal]:
    """rise / (total − rise) in percent over the amounts the printed figures may stand for."""
    return ((rise - rise_tol) * 100 / (total + total_tol - (rise - rise_tol)),
            (rise + rise_tol) * 100 / (total - total_tol - (rise + rise_tol)))


def change_case(exact: Decimal, printed: Decimal) -> Tuple[Decimal, Decimal]:
    """A rise over last year (万元) and its growth cut, not rounded, to 2 places, where no amount the
    printings allow (the table's exact figure or the text's within 0.01; the rise within 0.01)
    rounds to the cut figure: the text cuts beyond doubt."""
    for permille in range(940, 960):
        rise = printed - q(printed * Decimal(permille) / 1000)
        g = rise * 100 / (exact - rise)
        c = g.quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        ranges = [change_range(exact, Decimal("0.00005"), rise, Decimal("0.01")),
                  change_range(printed, Decimal("0.01"), rise, Decimal("0.01"))]
        if q(g) != c and all(not (lo < c + Decimal("0.005") and c - Decimal("0.005") <= hi) for lo, hi in ranges):
            return rise, c
    raise SystemExit("no rise whose growth the text can only cut; change the seed")


# ---- a citing / cited pair of allocation notices (portal pages) ---------------------------------

NATIONAL = [("河北省", Decimal("512345")), ("山西省", Decimal("420000")), ("内蒙古自治区", Decimal("301234")),
            ("河南省", Decimal("623456")), ("四川省", Decimal("705432"))]
SHANXI = [("太原市", Decimal("28000")), ("大同市", Decimal("61234")), ("吕梁市", Decimal("98766")),
          ("忻州市", Decimal("95155")), ("临汾市", Decimal("120000"))]  # 403,155: 95.99% of 420,000
CITED_TITLE = "财政部 国家乡村振兴局关于提前下达2023年中央财政衔接推进乡村振兴补助资金预算的通知"


def page(doc: str, issuer: str, title: str, paragraphs: List[str], table_title: str,
         rows: List[Tuple[str, Decimal]], total: str) -> str:
    """A portal page: heading, doc number, body paragraphs, the allocation table (万元)."""
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">', f"<title>{title}</title></head><body>",
           f'<h1 class="article-title">{title}</h1>', '<div class="article-content">',
           f'<p style="text-align:center">{issuer}文件</p>', f'<p style="text-align:center">{doc}</p>',
           f'<p style="text-align:center"><strong>{title}</strong></p>']
    out += [f"<p>{p}</p>" for p in paragraphs]
    out += [f'<p style="text-align:right">{issuer}</p>', '<p style="text-align:right">2022年12月1日</p>',
            f'<p style="text-align:center">{table_title}</p>', '<p style="text-align:right">单位：万元</p>',
            '<table border="1"><tr><td>地区</td><td>下达资金</td></tr>',
            f"<tr><td>{total}</td><td>{sum(v for _, v in rows)}</td></tr>"]
    out += [f"<tr><td>{name}</td><td>{v}</td></tr>" for name, v in rows]
    out += ["</table>", "</div></body></html>"]
    return "\n".join(out) + "\n"


def citation_pair(out: str, name: str, stated: Decimal) -> List[List[object]]:
    """Writes NAME/national.html (财农〔2022〕90号, a table of provinces) and NAME/shanxi.html citing it,
    whose body states what 90号 gave the province; returns the expected citation findings."""
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    national = page("财农〔2022〕90号", "中华人民共和国财政部", CITED_TITLE,
                    ["各省、自治区、直辖市财政厅（局）、乡村振兴局：",
                     "为支持巩固拓展脱贫攻坚成果同乡村振兴有效衔接，现提前下达2023年中央财政衔接推进乡村振兴补助资金预算。"],
                    "2023年中央财政衔接推进乡村振兴补助资金分配表", NATIONAL, "合计")
    province = dict(NATIONAL)["山西省"]
    shanxi = page("晋财农〔2022〕150号", "山西省财政厅", "山西省财政厅关于提前下达2023年中央财政衔接推进乡村振兴补助资金的通知",
                  ["各市财政局：",
                   f"根据《{CITED_TITLE}》（财农〔2022〕90号），中央财政提前下达我省资金{stated}万元。现将资金分配如下，"
                   "请及时分解下达。",
                   f"本次各市共计{sum(v for _, v in SHANXI)}万元，其中：太原市{dict(SHANXI)['太原市']}万元。"],
                  "提前下达2023年中央财政衔接推进乡村振兴补助资金分配表", SHANXI, "全省合计")
    for fn, text in (("national.html", national), ("shanxi.html", shanxi)):
        with open(os.path.join(folder, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    total = sum(v for _, v in SHANXI)
    expected = [["citation", f"{total}", f"{province}", f"{q(total * 100 / province)}"]]
    if stated != province:
        expected.append(["citation_mismatch", f"{stated}", f"{province}", ""])
    with open(os.path.join(out, name + ".expected.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(csv_text(["check_name", "stated", "computed", "share"], expected))
    return expected


def csv_text(header, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


PAIRS = [("citation-consistent", Decimal("420000")), ("citation-broken", Decimal("402000"))]


def generate(v: Variant, out: str) -> str:
    built = build(v)
    os.makedirs(out, exist_ok=True)
    pdf = os.path.join(out, v.name + ".pdf")
    grids = [layout.grid(l, "grid", "编制部门：某市某区某局") for l in built.laids]
    pages = render_pdf(grids, pdf, v.name, [], prose=built.prose)
    expected = []
    for row in built.expected:
        if callable(row[9]):  # a cell of table 1: its page
            row[9] = row[9](pages[0])
        expected.append(row)
    with open(os.path.join(out, v.name + ".expected.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(csv_text(EXPECTED_HEADER, expected))
    return f"{pdf}: {max(max(p.values()) for p in pages)} pages, {len(expected)} expected finding(s)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    if a.list:
        for v in VARIANTS:
            print(f"{v.name}: {v.note}")
        return 0
    if a.check:
        bad = 0
        with tempfile.TemporaryDirectory() as tmp:
            for v in VARIANTS:
                generate(v, tmp)
            for name, stated in PAIRS:
                citation_pair(tmp, name, stated)
            for root, _, files in os.walk(tmp):
                for fn in sorted(files):
                    rel = os.path.relpath(os.path.join(root, fn), tmp)
                    committed = os.path.join(OUT, rel)
                    if not os.path.exists(committed) or not filecmp.cmp(committed, os.path.join(tmp, rel), shallow=False):
                        print(f"DIFFERS: Fixtures/cross/{rel}")
                        bad += 1
        print("all cross fixtures up to date" if not bad else f"{bad} file(s) differ")
        return 1 if bad else 0
    for v in VARIANTS:
        print(generate(v, a.out))
    for name, stated in PAIRS:
        print(f"{name}: {len(citation_pair(a.out, name, stated))} expected citation finding(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
