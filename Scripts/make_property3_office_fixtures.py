#!/usr/bin/env python3
"""Office twins of the random fiscal documents (Scripts/make_property3_fixtures.py, seed 29):
the same documents as xlsx, xls, docx and OFD, from the same grids and truth.

    .venv-fixtures/bin/python Scripts/make_property3_office_fixtures.py           # Fixtures/property3
    .venv-fixtures/bin/python Scripts/make_property3_office_fixtures.py --check   # exit 1 if a file differs
    .venv-fixtures/bin/python Scripts/make_property3_office_fixtures.py --count 40 --seed 41 --out /tmp/o41

The documents are drawn exactly as make_property3_fixtures.py draws them (same seed, same order),
so NAME.truth.csv, NAME.findings.csv and NAME.relations.csv of Fixtures/property3 hold for the twins
too (the committed set: the first 16 documents; `--check` also compares the truth files written by
a fresh run with the committed ones). With `--out` elsewhere every file is written, PDF and truth
included, for exploring with `Scripts/accuracy.py --fiscal DIR`. Per document:

* NAME.xlsx (openpyxl): one sheet per table; title merged over the table, 编制部门 and 单位 lines,
  the multi-level header with merged cells, amounts as numbers with a number format (grouped or
  not, the table's decimals; a dash as text), labels indented by the cell style's indent or by
  ideographic spaces; in about two workbooks of three, SUM formulas (cached values and Excel's calcPr
  written in, as Excel does) on every sum row whose printed figures add up (the hierarchy's sums; rounded ones and
  sums over a misprinted part are typed numbers, a misprinted sum is a formula whose cached value
  is the misprint) and, on some, A+B formulas for the cross-footed columns;
* NAME.xls (xlwt, BIFF8): the same sheets, merged cells, numbers as doubles, the xlsx's formulas
  with their cached values and a RECALCID record (make_office_fixtures.xlwt_with_results), labels
  indented by ideographic spaces (freexl reports no cell style);
* NAME.docx (python-docx): title, unit line and each table (gridSpan/vMerge header, tblHeader rows),
  amounts as printed, labels indented by paragraph indentation (w:ind) or ideographic spaces, a
  page break between tables;
* NAME.ofd: written from the PDF's characters as make_office_fixtures.py writes OFD, the PDF's ruling
  lines as PathObjects (one a line, or one a piece between crossing lines as producers that draw
  every cell's border write them).
Choices (formulas, indentation) come from a generator seeded by the document's name, so the
PDF documents' own draws are untouched. Output is deterministic (fixed timestamps, sorted members).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import random
import shutil
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Dict, List, Optional, Sequence, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fiscalgen import layout  # noqa: E402
from fiscalgen.render import Grid, header_cells  # noqa: E402
from make_fiscal_fixtures import generate as generate_fixture, grids_of  # noqa: E402
from make_office_fixtures import CachedFormula, patch_cached_values, write_ofd, write_zip, xlwt_with_results  # noqa: E402
from make_property3_fixtures import document  # noqa: E402

OUT = os.path.join(ROOT, "Fixtures", "property3")
COUNT = 16
FORMATS = ("xlsx", "xls", "docx", "ofd")
TRUTH = ("truth.csv", "findings.csv", "relations.csv")
SPACE = "\u3000"


# ------------------------------------------------------------------------------------------------
# the grid as a sheet: where each line and cell goes


class Sheet:
    """One grid laid out on sheet rows (0-based): title, org/unit lines, header, body, note."""

    def __init__(self, grid: Grid):
        self.grid = grid
        self.width = len(grid.cols)
        self.depth = max(len(c.path) for c in grid.cols)
        self.lines: List[Tuple[int, str, str]] = []  # (row, text, where: title | left | right)
        row = 0
        self.lines.append((row, grid.title, "title"))
        row += 1
        if grid.org and grid.org_place in ("alone", "title"):
            self.lines.append((row, grid.org, "left"))
            row += 1
        if grid.org and grid.org_place == "unit":
            self.lines.append((row, grid.org, "left"))
        self.lines.append((row, f"单位：{grid.unit}", "right"))
        row += 1
        self.header_top = row
        self.body_top = row + self.depth
        self.note_row = self.body_top + len(grid.rows) if grid.note else None


def halves_of(grid: Grid, laids: Sequence[layout.Laid]) -> List[Tuple[layout.Laid, int]]:
    """The laid tables printed in `grid` and the grid column each starts at."""
    out = []
    offset = 0
    for l in laids:
        if any(key[:2] == (l.table.table_id, l.table.side) for r in grid.rows for key in r.keys):
            out.append((l, offset))
            offset += len(l.label_cols()) + len(l.amount_cols())
    return out


def formulas(grid: Grid, laids: Sequence[layout.Laid], top: int, horizontal: bool) -> Dict[Tuple[int, int], Tuple[str, Decimal]]:
    """(sheet row, column) → (formula without "=", cached value) for every sum row whose printed
    figures add up: SUM over its children's cells, and (`horizontal`) A+B for a cross-footed
    column whose printed parts are all numbers."""
    from openpyxl.utils import get_column_letter

    out: Dict[Tuple[int, int], Tuple[str, Decimal]] = {}
    placed = {key: index for index, r in enumerate(grid.rows) for key in r.keys}
    for l, offset in halves_of(grid, laids):
        t = l.table
        misprinted = layout.injected_cells(l)
        paths = {c.key: layout.PATH_SEP.join(c.path) for c in t.leaves}
        first_amount = offset + len(l.label_cols())
        column_of = {c.key: first_amount + i for i, c in enumerate(t.leaves)}
        by_no = {r.row_no: r for r in l.rows}
        for r in l.rows:
            row = placed.get((t.table_id, t.side, r.row_no))
            if row is None:
                continue
            for key in t.amount_keys:
                stated = r.printed.get(key)
                if stated is None:
                    continue
                letter = get_column_letter(column_of[key] + 1)
                if r.children:
                    values = [by_no[c].printed.get(key) for c in r.children]
                    present = [v for v in values if v is not None]
                    # a misprinted sum is a formula whose cached value is the misprint: the file
                    # states both numbers (a formula_mismatch as well as the sum's error)
                    stale = (r.row_no, paths[key]) in misprinted
                    if present and (sum(present, Decimal(0)) == stated or stale):
                        rows = [top + placed[(t.table_id, t.side, c)] + 1 for c in r.children]
                        contiguous = rows == list(range(rows[0], rows[-1] + 1))
                        text = (f"SUM({letter}{rows[0]}:{letter}{rows[-1]})" if contiguous
                                else "SUM(" + ",".join(f"{letter}{n}" for n in rows) + ")")
                        out[(top + row, column_of[key])] = (text, stated)
                        continue
                if horizontal:
                    for whole, parts in t.identities:
                        values = [r.printed.get(p) for p in parts]
                        if whole == key and all(v is not None for v in values) and sum(values, Decimal(0)) == stated:
                            text = "+".join(f"{get_column_letter(column_of[p] + 1)}{top + row + 1}" for p in parts)
                            out[(top + row, column_of[key])] = (text, stated)
    return out


def amount(text: str, align: str) -> Optional[Decimal]:
    """The number a right-aligned cell prints (None for a label, a blank or a dash)."""
    value = layout.canonical(text)
    if align != "right" or not value:
        return None
    try:
        return Decimal(value)
    except ArithmeticError:
        return None


def number_format(text: str) -> str:
    """The display format of a printed amount: grouped or not, its decimals."""
    places = len(text.split(".")[1]) if "." in text else 0
    return ("#,##0" if "," in text else "0") + ("." + "0" * places if places else "")


def spaced(text: str, indent: float) -> str:
    """A label indented by two ideographic spaces an em, as WPS users type it."""
    return SPACE * (2 * int(round(indent))) + text


# ------------------------------------------------------------------------------------------------
# writers


Sums = Dict[Tuple[int, int], Tuple[str, Decimal]]


def write_xlsx(grids: Sequence[Grid], laids: Sequence[layout.Laid], path: Path, rng: random.Random) -> List[Sums]:
    """The workbook; returns each sheet's formulas, for the xls twin."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    cached: Dict[Tuple[str, str], str] = {}
    written: List[Sums] = []
    with_formulas = rng.random() < 0.67
    horizontal = with_formulas and rng.random() < 0.5
    by_style = rng.random() < 0.6  # labels indented by the cell style, else by spaces
    for index, grid in enumerate(grids):
        sheet = book.create_sheet(f"表{index + 1}")
        layout_ = Sheet(grid)
        last = get_column_letter(layout_.width)
        for row, text, where in layout_.lines:
            column = layout_.width if where == "right" else 1
            cell = sheet.cell(row=row + 1, column=column, value=text)
            if where == "title":
                sheet.merge_cells(f"A{row + 1}:{last}{row + 1}")
                cell.alignment = Alignment(horizontal="center")
            elif where == "right":
                cell.alignment = Alignment(horizontal="right")
        for first, final, upper, lower, text in header_cells(grid.cols):
            sheet.cell(row=layout_.header_top + upper + 1, column=first + 1, value=text)
            if final > first or lower > upper:
                sheet.merge_cells(start_row=layout_.header_top + upper + 1, start_column=first + 1,
                                  end_row=layout_.header_top + lower + 1, end_column=final + 1)
        sums = formulas(grid, laids, layout_.body_top, horizontal) if with_formulas else {}
        written.append(sums)
        for offset, r in enumerate(grid.rows):
            row = layout_.body_top + offset
            for column, text in enumerate(r.cells):
                if not text:
                    continue
                cell = sheet.cell(row=row + 1, column=column + 1)
                value = amount(text, grid.cols[column].align)
                if value is not None:
                    formula = sums.get((row, column))
                    if formula:
                        cell.value = "=" + formula[0]
                        cached[(sheet.title, cell.coordinate)] = str(formula[1])
                    else:
                        cell.value = value
                    cell.number_format = number_format(text)
                elif column in r.indents and by_style:
                    cell.value = text
                    cell.alignment = Alignment(horizontal="left", indent=int(round(r.indents[column])))
                else:
                    cell.value = spaced(text, r.indents.get(column, 0.0))
        if layout_.note_row is not None:
            sheet.cell(row=layout_.note_row + 1, column=1, value=grid.note)
    import io

    buffer = io.BytesIO()
    book.save(buffer)
    write_zip(path, patch_cached_values(buffer.getvalue(), cached, book))
    return written


def write_xls(grids: Sequence[Grid], path: Path, sums: Sequence[Sums]) -> None:
    """The xlsx's sheets as BIFF8, with the same formulas (`sums`, a sheet's each) and cached values."""
    xlwt, Book = xlwt_with_results()
    book = Book(encoding="utf-8")
    book.recalculated = True
    formats: Dict[str, object] = {}
    for index, grid in enumerate(grids):
        sheet = book.add_sheet(f"表{index + 1}")
        layout_ = Sheet(grid)
        for row, text, where in layout_.lines:
            if where == "title":
                sheet.write_merge(row, row, 0, layout_.width - 1, text)
            else:
                sheet.write(row, layout_.width - 1 if where == "right" else 0, text)
        for first, final, upper, lower, text in header_cells(grid.cols):
            top = layout_.header_top
            if final > first or lower > upper:
                sheet.write_merge(top + upper, top + lower, first, final, text)
            else:
                sheet.write(top + upper, first, text)
        for offset, r in enumerate(grid.rows):
            row = layout_.body_top + offset
            for column, text in enumerate(r.cells):
                if not text:
                    continue
                value = amount(text, grid.cols[column].align)
                if value is not None:
                    fmt = number_format(text)
                    style = formats.setdefault(fmt, xlwt.easyxf(num_format_str=fmt))
                    formula = sums[index].get((row, column))
                    if formula:
                        sheet.write(row, column, CachedFormula(formula[0], formula[1]).formula, style)
                    else:
                        # BIFF stores doubles; the reader turns the shortest round-trip text back into Decimal
                        sheet.write(row, column, float(value), style)
                else:
                    sheet.write(row, column, spaced(text, r.indents.get(column, 0.0)))
        if layout_.note_row is not None:
            sheet.write(layout_.note_row, 0, grid.note)
    import io

    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(buffer.getvalue())


def write_docx(grids: Sequence[Grid], title: str, path: Path, rng: random.Random) -> None:
    import io

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    document = Document()
    document.core_properties.title = title
    by_paragraph = rng.random() < 0.6  # labels indented by w:ind, else by spaces
    for index, grid in enumerate(grids):
        if index:
            document.add_page_break()
        layout_ = Sheet(grid)
        for _, text, where in layout_.lines:
            p = document.add_paragraph(text)
            p.alignment = {"title": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                           "left": WD_ALIGN_PARAGRAPH.LEFT}[where]
        table = document.add_table(rows=layout_.depth + len(grid.rows), cols=layout_.width)
        table.style = "Table Grid"
        for first, final, upper, lower, text in header_cells(grid.cols):
            cell = table.cell(upper, first)
            if final > first or lower > upper:
                cell = cell.merge(table.cell(lower, final))
            cell.text = text
        for row in table.rows[:layout_.depth]:
            properties = row._tr.get_or_add_trPr()
            properties.append(OxmlElement("w:tblHeader"))
        for offset, r in enumerate(grid.rows):
            for column, text in enumerate(r.cells):
                if not text:
                    continue
                cell = table.cell(layout_.depth + offset, column)
                indent = r.indents.get(column, 0.0)
                if indent and by_paragraph:
                    cell.text = text
                    cell.paragraphs[0].paragraph_format.left_indent = Pt(10.5 * indent)
                else:
                    cell.text = spaced(text, indent)
                if grid.cols[column].align == "right":
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if grid.note:
            document.add_paragraph(grid.note)
    buffer = io.BytesIO()
    document.save(buffer)
    write_zip(path, buffer.getvalue())


# ------------------------------------------------------------------------------------------------


def drawn_rules(path: Path) -> Dict[int, List[Tuple[str, float, float, float]]]:
    """The ruling lines of NAME.rules.csv by page: (axis, position, start, end) in points."""
    import csv

    out: Dict[int, List[Tuple[str, float, float, float]]] = {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.setdefault(int(r["page"]), []).append(
                (r["axis"], float(r["position"]), float(r["start"]), float(r["end"])))
    return out


def generate(out: str, count: int, seed: int, keep_pdf: bool) -> None:
    """The first `count` documents of `seed` as office twins in `out`; with `keep_pdf`, every file
    of the PDF document too (truth, findings, relations, rules, PDF, HTML twin)."""
    os.makedirs(out, exist_ok=True)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as scratch:
        for i in range(1, count + 1):
            name = f"property3-{i:03d}"
            fx, _ = document(random.Random(rng.getrandbits(64)), name)
            generate_fixture(fx, scratch)
            grids, laids, pair = grids_of(fx)
            halves = laids + (list(pair) if pair else [])
            twins = random.Random(name)
            base = Path(out) / name
            sums = write_xlsx(grids, halves, base.with_suffix(".xlsx"), twins)
            write_xls(grids, base.with_suffix(".xls"), sums)
            write_docx(grids, grids[0].title, base.with_suffix(".docx"), twins)
            notice = SimpleNamespace(name=name, title=grids[0].title, signature=fx.org.split("：")[-1])
            write_ofd(notice, Path(scratch) / f"{name}.pdf", base.with_suffix(".ofd"), ctm=twins.random() < 0.3,
                      rules=drawn_rules(Path(scratch) / f"{name}.rules.csv"), pieces=twins.random() < 0.5)
            kept = [fn for fn in os.listdir(scratch) if fn.startswith(name + ".")] if keep_pdf else \
                [f"{name}.{suffix}" for suffix in TRUTH]
            for fn in kept:
                shutil.copyfile(os.path.join(scratch, fn), os.path.join(out, fn))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=COUNT)
    ap.add_argument("--seed", type=int, default=29)
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--check", action="store_true", help="regenerate in a temp dir and compare")
    a = ap.parse_args()
    if a.check:
        with tempfile.TemporaryDirectory() as tmp:
            generate(tmp, a.count, a.seed, keep_pdf=False)
            bad = [fn for fn in sorted(os.listdir(tmp))
                   if not filecmp.cmp(os.path.join(tmp, fn), os.path.join(OUT, fn), shallow=False)
                   if os.path.exists(os.path.join(OUT, fn))]
            bad += [fn for fn in sorted(os.listdir(tmp)) if not os.path.exists(os.path.join(OUT, fn))]
        for fn in bad:
            print(f"DIFFERS: Fixtures/property3/{fn}")
        print("property3 office twins up to date" if not bad else f"{len(bad)} file(s) differ")
        return 1 if bad else 0
    generate(a.out, a.count, a.seed, keep_pdf=os.path.abspath(a.out) != os.path.abspath(OUT))
    print(f"{a.count} documents' office twins in {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
