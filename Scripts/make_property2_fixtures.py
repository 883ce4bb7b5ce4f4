#!/usr/bin/env python3
"""Random notices of wider structure for the table-reading property test (seed 28).

    python3 Scripts/make_property2_fixtures.py            # write Fixtures/property2/
    python3 Scripts/make_property2_fixtures.py --check    # exit 1 if a committed file differs
    python3 Scripts/make_property2_fixtures.py --count 300 --seed 5 --out /tmp/q   # a larger run

A sibling of make_property_fixtures.py (whose seed-14 set stays as it is). Besides its header
words, 序号/remark columns, page breaks and 版记, each notice draws, with ``random.Random(seed)``:
* a province with other division shapes, real GB/T 2260 names from the bundled data
  (Sources/AllotReferenceData/Data): 自治州, 盟 and 旗, 地区, 县级市, 市辖区, 林区, 特区, counties
  the province administers directly (省直辖县级行政区划: items outside any prefecture, no subtotal);
* one amount column, or three whose 合计 cross-foots (合计 | 其中: 中央资金, 省级资金, or 中央 |
  省级 | 合计 without a parent header);
* whole 万元, 万元 with two decimals, or 元 with two decimals, plain or with thousands separators;
* negative amounts (收回, 调减) printed -120, (120) or （120）, which the sums include;
* names with notes: XX市本级 / 市本级, XX县（含…）, 省直单位 rows (省农业农村厅 …) as direct items
  or as a group with its own subtotal; subtotals before or after their group's items;
* the unit on a line above the table (单位：万元, 金额单位：元) or in the amount headers (金额（万元）);
* a footnote 注：… under the table;
* names padded, spread over their cell or centred in it; table pages in landscape, as a wide page
  or as a portrait page turned by /Rotate 90.
Every printed sum reconciles (asserted with fixturegen.model.check_table), so any arithmetic or
structural finding allot reports is spurious. Writes NAME.pdf and NAME.csv
(table,row,page,level,name,column,amount,remark,unit) per notice, and manifest.csv
(name, copy_to, print_line). Needs reportlab and the two fonts, as make_fixtures.py.
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import unicodedata
from decimal import Decimal
from typing import Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fixturegen import fonts  # noqa: E402
from fixturegen.model import Column, Notice, RenderOptions, Row, Table, _sum, check_table  # noqa: E402
from fixturegen.render import render  # noqa: E402
from fixturegen.specs import _short_body  # noqa: E402
from make_property_fixtures import INDEX_WORDS, NAME_WORDS, REMARK_WORDS, cli, colophon, random_notice  # noqa: E402

OUT = os.path.join(ROOT, "Fixtures", "property2")
DATA = os.path.join(ROOT, "Sources", "AllotReferenceData", "Data")

# province code, name, doc-number prefix
PROVINCES = [("43", "湖南省", "湘"), ("51", "四川省", "川"), ("15", "内蒙古自治区", "内"),
             ("65", "新疆维吾尔自治区", "新"), ("42", "湖北省", "鄂"), ("52", "贵州省", "黔"),
             ("45", "广西壮族自治区", "桂"), ("62", "甘肃省", "甘"), ("53", "云南省", "云"),
             ("23", "黑龙江省", "黑")]
SINGLE_WORDS = ["下达资金", "资金数额", "分配金额", "金额", "下达数", "补助资金", "本次下达", "分配资金",
                "安排资金", "资金"]
TOTAL_WORDS = ["合计", "小计", "资金合计", "下达资金合计"]
CENTRAL_WORDS = ["中央资金", "中央财政资金", "中央补助资金", "中央衔接资金"]
PROVINCIAL_WORDS = ["{p}级资金", "{p}级财政资金", "{p}级补助资金", "{p}本级资金"]
AGENCIES = ["农业农村厅", "林业和草原局", "水利厅", "乡村振兴局", "民族宗教事务委员会", "供销合作社"]
NOTES = ["注：本表资金已扣除提前下达部分。", "注：各地要按规定及时分解下达，不得截留挪用。",
         "注：1.资金按因素法分配；2.带*的县为国家乡村振兴重点帮扶县。"]


def read_csv(name: str) -> List[Dict[str, str]]:
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def divisions() -> Dict[str, List[Tuple[str, List[str]]]]:
    """Province code -> [(prefecture, [county-level names])], placeholders (市辖区) left out."""
    fonts.register()
    areas: Dict[str, List[str]] = {}
    for a in read_csv("areas.csv"):
        if a["name"] != "市辖区" and all(fonts.has_glyph(fonts.SONG, ch) for ch in a["name"]):
            areas.setdefault(a["cityCode"], []).append(a["name"])
    out: Dict[str, List[Tuple[str, List[str]]]] = {}
    for c in read_csv("cities.csv"):
        if c["name"] != "市辖区" and areas.get(c["code"]):
            out.setdefault(c["provinceCode"], []).append((c["name"], areas[c["code"]]))
    return out


class Draw:
    """The axes of one notice, drawn in a fixed order from one Random."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def amount(self, kind: str, negative: bool = False) -> Decimal:
        r = self.rng
        if kind == "whole":
            v = Decimal(r.randint(20, 160) if negative else r.randint(100, 9999))
        elif kind == "wan2":
            v = Decimal(r.randint(2000, 16000) if negative else r.randint(10000, 999999)) / 100
        else:  # yuan
            v = Decimal(r.randint(200000, 1600000) if negative else r.randint(1000000, 99999999)) / 100
        v = v.quantize(Decimal(1) if kind == "whole" else Decimal("0.01"))
        return -v if negative else v


def item_values(d: Draw, kind: str, layout: str, negative: bool) -> Dict[str, Optional[Decimal]]:
    if layout == "single":
        return {"amount": d.amount(kind, negative)}
    central = d.amount(kind, negative)
    provincial: Optional[Decimal] = None if negative or d.rng.random() < 0.15 else d.amount(kind)
    total = central + (provincial or Decimal(0))
    return {"central": central, "provincial": provincial, "total": total}


def column_sum(rows: List[Row], key: str) -> Optional[Decimal]:
    return _sum([r.values.get(key) for r in rows])


def build(d: Draw, province: Tuple[str, str, str], shapes, kind: str, layout: str, keys: List[str],
          has_remark: bool):
    """Rows of the table: groups (prefectures, or 省直单位) with subtotals, direct items, a total."""
    rng = d.rng
    code, pname, _ = province
    level_word = "自治区" if pname.endswith("自治区") else "省"
    pool = [(c, names) for c, names in shapes[code] if "直辖" not in c]
    direct_pool = [n for c, names in shapes[code] if "直辖" in c for n in names]
    chosen = sorted(rng.sample(range(len(pool)), min(len(pool), rng.randint(2, 4))))
    groups: List[Tuple[str, List[Tuple[str, str]]]] = []  # (group name, [(name, remark)])
    for i in chosen:
        city, names = pool[i]
        n = rng.randint(min(2, len(names)), min(7, len(names)))
        picked = [names[k] for k in sorted(rng.sample(range(len(names)), n))]
        items = [(name, "") for name in picked]
        if rng.random() < 0.25:
            items.insert(0, (rng.choice([f"{city}本级", "市本级"]), ""))
        if rng.random() < 0.2:
            k = rng.randrange(len(items))
            items[k] = (items[k][0] + rng.choice(["（含经开区）", "（含高新区）", "（含新区）"]), items[k][1])
        groups.append((city, items))
    direct: List[Tuple[str, str]] = []
    if direct_pool and rng.random() < 0.6:
        direct = [(n, "") for n in rng.sample(direct_pool, min(len(direct_pool), rng.randint(1, 3)))]
    agencies = [(level_word + a, "") for a in rng.sample(AGENCIES, rng.randint(2, 3))]
    agency_mode = rng.choice(["none", "none", "direct", "group"])
    if agency_mode == "group":
        groups.append((rng.choice([f"{level_word}直单位", f"{level_word}本级"]), agencies))
    elif agency_mode == "direct":
        direct = agencies + direct if rng.random() < 0.5 else direct + agencies

    negatives = rng.random() < 0.35
    totals = rng.choice(["before", "after"])
    total_label = rng.choice(["合计", "总计", "全区合计" if level_word == "自治区" else "全省合计"])
    sub_label = rng.choice(["{city}小计", "{city}合计", "小计"])

    def make_items(entries, gi: int) -> List[Row]:
        rows = []
        neg_at = rng.randrange(1, len(entries)) if negatives and len(entries) > 1 and rng.random() < 0.5 else -1
        for k, (name, remark) in enumerate(entries):
            neg = k == neg_at
            if neg and has_remark:
                remark = rng.choice(["收回", "调减", "收回结余资金"])
            rows.append(Row("item", name, item_values(d, kind, layout, neg), remark, None, gi))
        return rows

    blocks: List[List[Row]] = []
    for gi, (city, entries) in enumerate(groups):
        items = make_items(entries, gi)
        sub = Row("subtotal", sub_label.format(city=city), {k: column_sum(items, k) for k in keys}, "", None, gi)
        heading = [Row("group", city, {}, "", None, gi)] if "{city}" not in sub_label else []
        blocks.append(heading + ([sub] + items if totals == "before" else items + [sub]))
    if direct:
        # each direct item is a group of its own without a subtotal: the total sums it directly
        rows = [r for k, e in enumerate(direct) for r in make_items([e], 100 + k)]
        blocks.insert(0 if rng.random() < 0.4 else len(blocks), rows)
    members = [r for b in blocks for r in b if r.level == "subtotal" or (r.level == "item" and r.group >= 100)]
    total = Row("total", total_label, {k: column_sum(members, k) for k in keys}, "", None, -1)
    body = [r for b in blocks for r in b]
    return ([total] + body) if totals == "before" else (body + [total])


def columns(d: Draw, layout: str, pname: str, unit_in_header: str, has_index: bool, has_remark: bool):
    rng = d.rng
    p = "自治区" if pname.endswith("自治区") else "省"
    suffix = f"（{unit_in_header}）" if unit_in_header else ""
    cols: List[Column] = []
    if has_index:
        cols.append(Column("no", rng.choice(INDEX_WORDS), "index", 36.0))
    cols.append(Column("name", rng.choice(NAME_WORDS), "name", 120.0 if layout == "single" else 112.0))
    if layout == "single":
        cols.append(Column("amount", rng.choice(SINGLE_WORDS) + suffix, "amount", 120.0))
    else:
        total = Column("total", rng.choice(TOTAL_WORDS) + suffix, "amount", 92.0)
        group = "其中" if layout == "split_first" and rng.random() < 0.7 else None
        parts = [Column("central", rng.choice(CENTRAL_WORDS) + suffix, "amount", 92.0, group=group),
                 Column("provincial", rng.choice(PROVINCIAL_WORDS).format(p=p) + suffix, "amount", 92.0,
                        group=group)]
        cols += [total] + parts if layout == "split_first" else parts + [total]
    if has_remark:
        cols.append(Column("remark", rng.choice(REMARK_WORDS), "remark", 96.0 if layout == "single" else 80.0))
    return cols


def notice(rng: random.Random, number: int, shapes) -> Tuple[Notice, str, str, str]:
    d = Draw(rng)
    province = rng.choice(PROVINCES)
    code, pname, prefix = province
    has_index = rng.random() < 0.4
    has_remark = rng.random() < 0.6
    layout = rng.choice(["single", "single", "split_first", "split_last"])
    kind = rng.choice(["whole", "whole", "wan2", "yuan"])
    unit = "元" if kind == "yuan" else "万元"
    unit_place = rng.choice(["line", "line", "amount_line", "header"]) if layout == "single" else \
        rng.choice(["line", "line", "amount_line"])
    cols = columns(d, layout, pname, unit if unit_place == "header" else "", has_index, has_remark)
    keys = [c.key for c in cols if c.kind == "amount"]
    rows = build(d, province, shapes, kind, layout, keys, has_remark)
    crossfoot = None if layout == "single" else ("total", ("central", "provincial"))
    number_format = "grouped" if kind == "yuan" and rng.random() < 0.7 or kind == "wan2" and rng.random() < 0.3 \
        else "plain"
    negative_format = rng.choice(["minus", "minus", "paren", "fullparen"])
    # page breaks at random rows (kept when every page holds its rows), the words on each continuation page
    breaks = tuple(sorted(rng.sample(range(3, len(rows) + 1), min(len(rows) - 3, rng.randint(0, 2)))))
    page_headers: Dict[int, Optional[Tuple[str, ...]]] = {}
    for page in range(2, len(breaks) + 2):
        if rng.random() < 0.3:
            page_headers[page] = None
    notes = [rng.choice(NOTES)] if rng.random() < 0.3 else []
    year = rng.choice([2021, 2022, 2023, 2024])
    date = f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    issuer = pname + rng.choice(["财政厅", "乡村振兴局"])
    lines, copy_to, print_line = colophon(rng, issuer, date)
    unit_line = {"line": f"单位：{unit}", "amount_line": f"金额单位：{unit}", "header": ""}[unit_place]
    title = f"{year}年财政衔接推进乡村振兴补助资金分配表"
    table = Table("附件", title, unit_line, cols, rows, crossfoot=crossfoot, forced_breaks=breaks,
                  page_headers=page_headers, notes=notes)
    assert not check_table(table, 1), f"property2-{number:03d}: the generator's own sums do not reconcile"
    options = RenderOptions(furniture=rng.choice(["full", "header", "none"]),
                            padding=rng.choice(["ascii", "none", "ideographic", "distributed"]),
                            name_align=rng.choice(["left", "left", "left", "center"]),
                            ruled=rng.random() < 0.4, seal=False, body_font="Hei",
                            number_format=number_format, negative_format=negative_format,
                            table_orientation=rng.choice(["portrait"] * 4 + ["wide", "rotated"]),
                            colophon_gap=rng.choice([0.9, 1.2, 2.0, 4.0]), colophon_overflow=True)
    n = random_notice(
        f"property2-{number:03d}", issuer, prefix, year, number, title, table, date, lines,
        addressee="各市（州）财政局：" if rng.random() < 0.5 else "有关市县乡村振兴局：",
        options=options,
        description="random notice for the property test (wider structure)")
    return n, copy_to, print_line, unit


def expected_csv(n: Notice, placements, unit: str) -> str:
    """The cells as the dataset lists them: names NFKC (（含高新区） is (含高新区)), the column by its
    header without a unit printed in it (金额（万元） is the column 金额 in 万元)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["table", "row", "page", "level", "name", "column", "amount", "remark", "unit"])
    for ti, (t, p) in enumerate(zip(n.tables, placements), 1):
        for i, r in enumerate(t.rows, 1):
            for c in t.columns:
                if c.kind == "amount":
                    v = r.values.get(c.key)
                    w.writerow([ti, i, p.row_pages[i], r.level, unicodedata.normalize("NFKC", r.name),
                                c.header.removesuffix(f"（{unit}）"),
                                str(v) if isinstance(v, Decimal) else "", r.remark, unit])
    return buf.getvalue()


def render_fitting(n: Notice, path: str):
    """Renders with the drawn page breaks, or with natural ones when a drawn page overflows."""
    try:
        return render(n, path)
    except ValueError:
        t = n.tables[0]
        t.forced_breaks, t.page_headers = (), {}
        return render(n, path)


def generate(out: str, count: int, seed: int) -> None:
    os.makedirs(out, exist_ok=True)
    rng = random.Random(seed)
    shapes = divisions()
    manifest = [["name", "copy_to", "print_line"]]
    for number in range(1, count + 1):
        n, copy_to, print_line, unit = notice(rng, number, shapes)
        placements = render_fitting(n, os.path.join(out, n.name + ".pdf"))
        with open(os.path.join(out, n.name + ".csv"), "w", encoding="utf-8", newline="\n") as f:
            f.write(expected_csv(n, placements, unit))
        manifest.append([n.name, copy_to, print_line])
    with open(os.path.join(out, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(manifest)


def main() -> int:
    return cli(__doc__, generate, OUT, 28)


if __name__ == "__main__":
    sys.exit(main())
