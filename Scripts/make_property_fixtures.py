#!/usr/bin/env python3
"""Random notices for the table-reading property test (issue 14), from a fixed seed.

    python3 Scripts/make_property_fixtures.py            # write Fixtures/property/
    python3 Scripts/make_property_fixtures.py --check    # exit 1 if a committed file differs
    python3 Scripts/make_property_fixtures.py --count 200 --seed 7 --out /tmp/p   # a larger run

Each notice draws, with ``random.Random(seed)``:
* header words for every column from lists larger than the reader's vocabulary (实施县, 受援地,
  资金使用单位, 拨付额, 下达指标 …), a 序号/编号 column or none, a remark column or none;
* the words printed again on each continuation page: the same, other words from the lists, or no
  furniture at all (the page starts with rows); page breaks at random rows;
* a 版记 under the table (抄送, 联系人 and 电话, the print line, 此件公开发布), in random order and
  distance, or none;
* prefectures and counties (real GB/T 2260 names, Shanxi and Shaanxi), invented whole amounts,
  totals before or after their items.
Every printed sum reconciles, so any arithmetic or structural finding allot reports is spurious.
Writes NAME.pdf and NAME.csv (long format: table,row,page,level,name,column,amount,remark) per
notice, and manifest.csv (name, copy_to, print_line) with the colophon fields allot must fill.
Needs what Scripts/make_fixtures.py needs (reportlab, the two fonts).
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import os
import random
import sys
import tempfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fixturegen import expected  # noqa: E402
from fixturegen.model import (Column, Group, Item, Notice, RenderOptions, RowLayout,  # noqa: E402
                              Table, build_rows)
from fixturegen.render import render  # noqa: E402
from fixturegen.specs import SHAANXI, SHANXI_125, _short_body  # noqa: E402

OUT = os.path.join(ROOT, "Fixtures", "property")

# Larger than the reader's vocabulary on purpose: most of these words are not in TableVocabulary.
NAME_WORDS = ["市县名", "地区", "单位", "县区", "项目县", "实施单位", "分配单位", "县（市、区）", "县市区",
              "受援县", "实施县", "市县", "区县名称", "县名", "项目实施县", "承担单位", "资金使用单位", "县别",
              "名称", "受援地"]
AMOUNT_WORDS = ["中央资金", "下达资金", "资金数额", "分配金额", "金额", "下达数", "拨付额", "补助资金",
                "本次下达", "分配资金", "安排资金", "资金", "计划投资", "下达指标", "拨付数"]
REMARK_WORDS = ["备注", "附注", "说明"]
INDEX_WORDS = ["序号", "编号"]
COPY_TO = ["省财政厅", "省审计厅", "省乡村振兴局", "省发展改革委", "国家乡村振兴局"]
PEOPLE = ["王明", "李红", "张伟", "刘洋"]


def city_groups(rng: random.Random, province: str):
    """Prefectures of the issuer's province (a county of another province would rightly be an
    unknown_region finding)."""
    if province == "陕西省":
        pool = [(c, names) for c, names in SHAANXI]
    else:
        pool = [(c, [n for n, _, _ in items]) for c, items in SHANXI_125]
    k = rng.randint(2, 4)
    chosen = sorted(rng.sample(range(len(pool)), k))
    groups = []
    for i in chosen:
        city, names = pool[i]
        n = rng.randint(min(2, len(names)), min(8, len(names)))
        counties = names[:n]
        groups.append(Group(city, tuple(Item(c, {"amount": Decimal(rng.randint(100, 9999))})
                                        for c in counties)))
    return groups


def header_words(rng: random.Random, has_index: bool, has_remark: bool):
    words = []
    if has_index:
        words.append(rng.choice(INDEX_WORDS))
    words += [rng.choice(NAME_WORDS), rng.choice(AMOUNT_WORDS)]
    if has_remark:
        words.append(rng.choice(REMARK_WORDS))
    return tuple(words)


def colophon(rng: random.Random, issuer: str, date: str):
    """Random 版记 lines and the copy_to / print_line allot must read from them."""
    if rng.random() < 0.2:
        return [], "", ""
    lines = []
    copy_to = ""
    print_line = ""
    if rng.random() < 0.8:
        copy_to = "，".join(rng.sample(COPY_TO, rng.randint(1, 3)))
        lines.append(f"抄送：{copy_to}。")
    if rng.random() < 0.4:
        lines.append(f"联系人：{rng.choice(PEOPLE)}\t联系电话：0351-{rng.randint(1000000, 9999999)}")
    if rng.random() < 0.8:
        office = issuer + "办公室"
        print_line = f"{office} {date}印发"
        lines.append(f"{office}\t{date}印发")
    if rng.random() < 0.3:
        lines.insert(0, "（此件公开发布）")
    if not lines:
        lines.append("（此件公开发布）")
    return lines, copy_to, print_line


def notice(rng: random.Random, number: int) -> Notice:
    has_index = rng.random() < 0.4
    has_remark = rng.random() < 0.7
    words = header_words(rng, has_index, has_remark)
    cols = []
    if has_index:
        cols.append(Column("no", words[0], "index", 40.0))
    cols.append(Column("name", words[len(cols)], "name", 130.0))
    cols.append(Column("amount", words[len(cols)], "amount", 110.0))
    if has_remark:
        cols.append(Column("remark", words[len(cols)], "remark", 130.0))
    totals = rng.choice(["before", "after"])
    layout = RowLayout(totals=totals, total_label=rng.choice(["合计", "总计", "全省合计"]),
                       subtotal_label=rng.choice(["{city}小计", "{city}合计"]))
    issuer = rng.choice(["山西省乡村振兴局", "陕西省乡村振兴局", "山西省财政厅", "陕西省财政厅"])
    rows = build_rows(city_groups(rng, issuer[:3]), ["amount"], layout)
    breaks = tuple(sorted(rng.sample(range(3, len(rows) + 1), min(len(rows) - 3, rng.randint(1, 3)))))
    page_headers = {}
    for page in range(2, len(breaks) + 2):
        choice = rng.random()
        if choice < 0.3:
            page_headers[page] = None
        elif choice < 0.7:
            page_headers[page] = header_words(rng, has_index, has_remark)
    year = rng.choice([2021, 2022, 2023, 2024])
    date = f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    lines, copy_to, print_line = colophon(rng, issuer, date)
    title = f"{year}年财政衔接推进乡村振兴补助资金分配表"
    table = Table("附件", title, "单位：万元", cols, rows, forced_breaks=breaks, page_headers=page_headers)
    prefix = "晋" if issuer.startswith("山西") else "陕"
    return random_notice(
        f"property-{number:03d}", issuer, prefix, year, number, title, table, date, lines,
        addressee="各市乡村振兴局：",
        options=RenderOptions(furniture=rng.choice(["full", "header"]), padding=rng.choice(["ascii", "none"]),
                              ruled=rng.random() < 0.3, seal=False, body_font="Hei",
                              colophon_gap=rng.choice([0.9, 1.2, 2.0, 4.0]), colophon_overflow=True),
        description="random notice for the property test"), copy_to, print_line


def random_notice(name, issuer, prefix, year, number, title, table, date, lines, addressee, options, description):
    """The notice around a random attachment table: the same body for every random set."""
    return Notice(
        name=name,
        issuer_mark=issuer + "文件",
        doc_number=f"{prefix}{'乡振发' if '乡村' in issuer else '财农'}〔{year}〕{100 + number}号",
        title_lines=[f"{issuer}关于下达{year}年财政衔接推进", "乡村振兴补助资金的通知"],
        addressee=addressee,
        body=_short_body(f"{year}年财政衔接推进乡村振兴补助资金"),
        attachments=[title],
        signature=issuer,
        date=date,
        publish_note="",
        tables=[table],
        colophon=lines,
        options=options,
        description=description,
    )


def generate(out: str, count: int, seed: int) -> None:
    os.makedirs(out, exist_ok=True)
    rng = random.Random(seed)
    manifest = [["name", "copy_to", "print_line"]]
    for number in range(1, count + 1):
        n, copy_to, print_line = notice(rng, number)
        placements = render(n, os.path.join(out, n.name + ".pdf"))
        with open(os.path.join(out, n.name + ".csv"), "w", encoding="utf-8", newline="\n") as f:
            f.write(expected.long_csv(n, placements))
        assert not expected.findings(n), f"{n.name}: the generator's own sums do not reconcile"
        manifest.append([n.name, copy_to, print_line])
    with open(os.path.join(out, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(manifest)


def cli(doc: str, generate_into, out: str, seed: int) -> int:
    """The command line of a property-fixture generator: write `out`, a larger run elsewhere, or
    `--check` the committed files against a fresh run."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--out", default=out)
    ap.add_argument("--check", action="store_true", help="regenerate in a temp dir and compare")
    a = ap.parse_args()
    folder = os.path.relpath(out, ROOT)
    if a.check:
        with tempfile.TemporaryDirectory() as tmp:
            generate_into(tmp, a.count, a.seed)
            bad = [fn for fn in sorted(os.listdir(tmp))
                   if not os.path.exists(os.path.join(out, fn))
                   or not filecmp.cmp(os.path.join(out, fn), os.path.join(tmp, fn), shallow=False)]
        for fn in bad:
            print(f"DIFFERS: {folder}/{fn}")
        print(f"{os.path.basename(folder)} fixtures up to date" if not bad else f"{len(bad)} file(s) differ")
        return 1 if bad else 0
    generate_into(a.out, a.count, a.seed)
    print(f"{a.count} notices in {a.out}")
    return 0


def main() -> int:
    return cli(__doc__, generate, OUT, 14)


if __name__ == "__main__":
    sys.exit(main())
