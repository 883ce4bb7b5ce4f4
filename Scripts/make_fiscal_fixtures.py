#!/usr/bin/env python3
"""Regenerate the fiscal table fixtures (Fixtures/fiscal/) and their truth files.

    python3 Scripts/make_fiscal_fixtures.py            # every fixture -> Fixtures/fiscal
    python3 Scripts/make_fiscal_fixtures.py --list     # names and the structures each covers
    python3 Scripts/make_fiscal_fixtures.py NAME ...   # only these
    python3 Scripts/make_fiscal_fixtures.py --check    # rebuild in a temp dir, compare bytes
    python3 Scripts/make_fiscal_fixtures.py --out DIR  # write elsewhere

For each fixture NAME it writes NAME.pdf (and NAME.html when the family has an HTML twin),
NAME.truth.csv (every cell: page, row, label, code, level, depth, parent, hierarchy signal,
column path, role, amount, unit), NAME.findings.csv (every relation that fails on the printed
values, with its severity), NAME.relations.csv (every relation instance and whether it holds)
and NAME.rules.csv (every ruling line drawn, collinear pieces joined, in points from the top-left
corner).
Before writing, every sum of the clean table is checked with Decimal and every injected misprint
must break at least one relation. Needs reportlab (Scripts/requirements-fixtures.txt) and the
fonts fonts-arphic-gbsn00lp and fonts-wqy-microhei.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import io
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fiscalgen import layout  # noqa: E402
from fiscalgen.model import PATH_SEP  # noqa: E402
from fiscalgen.relations import failing  # noqa: E402
from fiscalgen.render import merge_segments, render_html, render_pdf  # noqa: E402
from fiscalgen.specs import FIXTURES, Fixture  # noqa: E402
from fiscalgen.lattice_specs import LATTICE_FIXTURES  # noqa: E402
from fiscalgen.sides_specs import SIDES_FIXTURES  # noqa: E402

FIXTURES = {**FIXTURES, **LATTICE_FIXTURES, **SIDES_FIXTURES}

OUT = os.path.join(ROOT, "Fixtures", "fiscal")


def csv_text(header, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def grids_of(fx: Fixture):
    """(grids, laid tables, two-sided pair or None): one grid per table, the two-sided table's
    last, as every format of the fixture prints them (Scripts/make_property3_office_fixtures.py
    writes the office twins from the same grids)."""
    laids = [layout.lay(t) for t in fx.tables]
    pair = None
    places = fx.org_places or ("unit",) * len(laids)
    grids = [layout.grid(l, fx.ruling, "" if place == "none" else fx.org, fx.note, place)
             for l, place in zip(laids, places)]
    if fx.two_sided:
        left, right, title = fx.two_sided
        pair = (layout.lay(left), layout.lay(right))
        grids.append(layout.two_sided_grid(pair[0], pair[1], title, fx.ruling, fx.org))
    return grids, laids, pair


def generate(fx: Fixture, out: str) -> str:
    grids, laids, pair = grids_of(fx)
    halves = laids + (list(pair) if pair else [])

    # the clean table holds: every relation on the true values
    for l in halves:
        for rel in failing(layout.relations(l, printed=False)):
            raise SystemExit(f"{fx.name}: the true table does not hold: {rel}")
    if pair and fx.balanced and not layout.two_sided_relation(pair[0], pair[1], printed=False).holds:
        raise SystemExit(f"{fx.name}: 收入总计 ≠ 支出总计 in the true table")

    found = layout.findings(halves, pair if fx.balanced else None)
    for l in halves:
        if l.table.injections and not any(s == l.table.side and sev == "error"
                                          for s, _, sev in found):
            raise SystemExit(f"{fx.name}: the injected misprints break no relation")

    os.makedirs(out, exist_ok=True)
    pdf = os.path.join(out, fx.name + ".pdf")
    drawn = []
    pages = render_pdf(grids, pdf, fx.name, drawn)
    rules = [[p, axis, f"{pos:.2f}", f"{a:.2f}", f"{b:.2f}"] for p, axis, pos, a, b in merge_segments(drawn)]
    write(os.path.join(out, fx.name + ".rules.csv"),
          csv_text(["page", "axis", "position", "start", "end"], rules))
    if fx.html:
        write(os.path.join(out, fx.name + ".html"), render_html(grids, fx.name))

    page_of = {}
    for p in pages:
        page_of.update(p)
    truth = []
    for l in halves:
        truth += layout.truth_rows(l, page_of)
    write(os.path.join(out, fx.name + ".truth.csv"), csv_text(layout.TRUTH_HEADER, truth))

    frows = [[rel.table_id, side, rel.row_no, rel.label, rel.column, rel.relation, sev,
              "" if rel.stated is None else rel.stated, rel.computed, rel.difference]
             for side, rel, sev in found]
    write(os.path.join(out, fx.name + ".findings.csv"), csv_text(layout.FINDINGS_HEADER, frows))

    rrows = []
    for l in halves:
        for rel in layout.relations(l, printed=True):
            rrows.append([rel.table_id, l.table.side, rel.relation, rel.row_no, rel.column,
                          "yes" if rel.holds else "no"])
    if pair and fx.balanced:
        rel = layout.two_sided_relation(pair[0], pair[1], printed=True)
        rrows.append([rel.table_id, "", rel.relation, rel.row_no, rel.column,
                      "yes" if rel.holds else "no"])
    write(os.path.join(out, fx.name + ".relations.csv"), csv_text(layout.RELATIONS_HEADER, rrows))
    errors = sum(1 for _, _, s in found if s == "error")
    notes = len(found) - errors
    return (f"{pdf}: {max(page_of.values())} pages, {len(truth)} cells, {len(rrows)} relations, "
            f"{errors} expected errors, {notes} rounding notes")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    names = a.names or list(FIXTURES)
    for n in names:
        if n not in FIXTURES:
            raise SystemExit(f"unknown fixture {n}; known: {', '.join(FIXTURES)}")
    if a.list:
        for n in names:
            print(f"{n}: {'; '.join(FIXTURES[n]().families)}")
        return 0
    if a.check:
        bad = 0
        with tempfile.TemporaryDirectory() as tmp:
            for n in names:
                generate(FIXTURES[n](), tmp)
            for fn in sorted(os.listdir(tmp)):
                committed = os.path.join(OUT, fn)
                if not os.path.exists(committed) or not filecmp.cmp(
                        committed, os.path.join(tmp, fn), shallow=False):
                    print(f"DIFFERS: Fixtures/fiscal/{fn}")
                    bad += 1
        print("all fiscal fixtures up to date" if not bad else f"{bad} file(s) differ")
        return 1 if bad else 0
    for n in names:
        print(generate(FIXTURES[n](), a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
